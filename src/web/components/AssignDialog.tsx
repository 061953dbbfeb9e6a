// Choosing who owns one or many cases; on-call people are marked so the usual pick is quick.
import { useEffect, useState } from 'react';
import { Dialog, DialogActions } from './Dialog.js';
import { useApp } from '../hooks/context.js';
import type { OnCall, User } from '../api/types.js';

export function AssignDialog({
  open,
  count,
  users,
  currentAssigneeId,
  onClose,
  onAssign,
}: {
  open: boolean;
  count: number;
  users: User[];
  currentAssigneeId?: string | null;
  onClose: () => void;
  onAssign: (assigneeId: string | null) => Promise<void>;
}) {
  const { api, user } = useApp();
  const [choice, setChoice] = useState<string>(currentAssigneeId ?? user.id);
  const [oncall, setOncall] = useState<OnCall[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setChoice(currentAssigneeId ?? user.id);
    api.oncall().then(setOncall, () => setOncall([]));
  }, [open, api, currentAssigneeId, user.id]);

  const onCallIds = new Set(oncall.map((o) => o.user?.id).filter(Boolean));
  const people = users.some((u) => u.id === user.id) ? users : [user, ...users];

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await onAssign(choice === '' ? null : choice);
      onClose();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} title={count === 1 ? 'Assign case' : `Assign ${count} cases`} onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <label htmlFor="assign-to">Assign to</label>
        <select id="assign-to" value={choice} onChange={(e) => setChoice(e.target.value)} autoFocus>
          <option value="">Unassigned</option>
          {people
            .filter((u) => u.role !== 'viewer' && u.active !== false && !u.disabledAt)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.id === user.id ? `${u.name} (me)` : u.name}
                {onCallIds.has(u.id) ? ' · on call' : ''}
              </option>
            ))}
        </select>
        {oncall.length > 0 && (
          <p className="muted small">
            On call now: {oncall.map((o) => `${o.teamName}: ${o.user?.name ?? 'nobody'}`).join(' · ')}
          </p>
        )}
        <DialogActions submit="Assign" disabled={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
