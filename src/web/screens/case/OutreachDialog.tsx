// Logging a call, a visit or a letter: Google and Yelp give no private channel, so the team often reaches the patient
// by phone, and that must count as outreach (it meets the private outreach clock when it reached them).
import { useState } from 'react';
import { errorMessage } from '../../api/client.js';
import { Dialog, DialogActions } from '../../components/Dialog.js';
import { useApp } from '../../hooks/context.js';
import { OUTREACH_LABELS, OUTREACH_METHODS, type OutreachMethod } from '../../../domain/cases/outreach.js';

export function OutreachDialog({ caseId, onCancel, onLogged }: { caseId: string; onCancel: () => void; onLogged: () => void }) {
  const { api, toast } = useApp();
  const [method, setMethod] = useState<OutreachMethod>('phone');
  const [reached, setReached] = useState(true);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  return (
    <Dialog open title="Log outreach made outside Redress" onClose={onCancel}>
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            await api.logOutreach(caseId, { method, reached, note: note.trim() || undefined });
            toast(reached ? 'Outreach logged; the private outreach clock is met.' : 'Attempt logged.');
            onLogged();
          } catch (err) {
            setError(errorMessage(err));
          } finally {
            setBusy(false);
          }
        }}
      >
        <label htmlFor="outreach-method">How</label>
        <select id="outreach-method" value={method} onChange={(e) => setMethod(e.target.value as OutreachMethod)} autoFocus>
          {OUTREACH_METHODS.map((m) => (
            <option key={m} value={m}>
              {OUTREACH_LABELS[m]}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={reached} onChange={(e) => setReached(e.target.checked)} /> It reached the patient (not a voicemail or a missed visit)
        </label>
        <label htmlFor="outreach-note">What was said or agreed (optional, kept on the timeline)</label>
        <textarea id="outreach-note" rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <DialogActions submit={busy ? 'Logging…' : 'Log outreach'} disabled={busy} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
