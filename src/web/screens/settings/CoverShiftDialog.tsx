// A sick call or a swap: who covers the team's pager, from when until when. The rotation itself stays in Teams.
import { useState, type FormEvent } from 'react';
import type { OnCall, User } from '../../api/types.js';
import { useApp } from '../../hooks/context.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { Dialog, DialogActions } from '../../components/Dialog.js';
import { formatDateTime, toLocalInput } from '../../lib/time.js';

export function CoverShiftDialog({ duty, members, onClose, onCovered }: { duty: OnCall; members: User[]; onClose: () => void; onCovered: () => void }) {
  const { api, toast } = useApp();
  const others = members.filter((m) => m.id !== duty.user?.id);
  const [userId, setUserId] = useState(others[0]?.id ?? '');
  const [from, setFrom] = useState(toLocalInput(new Date()));
  // Until the shift being covered ends, which is what a sick call usually means.
  const [to, setTo] = useState(duty.until ? toLocalInput(new Date(duty.until)) : '');
  const [reason, setReason] = useState('');
  const { errors, formError, busy, run } = useFormSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const done = await api.coverOnCall(duty.teamId, { userId, from: new Date(from).toISOString(), to: new Date(to).toISOString(), ...(reason.trim() ? { reason: reason.trim() } : {}) });
      toast(`${done.user.name} is on call for ${duty.teamName} until ${formatDateTime(done.to)}.`);
      onCovered();
    });
  }

  const error = (key: string) =>
    errors.has(key) && (
      <p className="field-error" id={`cover-${key}-error`}>
        {errors.get(key)!.join('; ')}
      </p>
    );
  return (
    <Dialog open title={`Cover on-call for ${duty.teamName}`} onClose={onClose}>
      <form className="stack form" onSubmit={submit} noValidate>
        <p className="muted small">{duty.user ? `${duty.user.name} is on call now.` : 'Nobody is on call now.'} The person covering gets the pages for this window; the rotation carries on after it.</p>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <label htmlFor="cover-user">Who covers</label>
        <select id="cover-user" value={userId} onChange={(e) => setUserId(e.target.value)} autoFocus aria-describedby={errors.has('userId') ? 'cover-userId-error' : undefined}>
          {others.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        {error('userId')}
        <label htmlFor="cover-from">From</label>
        <input id="cover-from" type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} required />
        {error('from')}
        <label htmlFor="cover-to">Until</label>
        <input id="cover-to" type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} required aria-describedby={errors.has('to') ? 'cover-to-error' : undefined} />
        {error('to')}
        <label htmlFor="cover-reason">Reason (optional)</label>
        <input id="cover-reason" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} placeholder="Sick call, swap…" />
        <DialogActions submit={busy ? 'Saving…' : 'Cover'} disabled={busy || !userId || !from || !to} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
