// Logging a call, an email, a visit or a letter: Google and Yelp give no private channel, so the team often reaches the
// patient by phone or answers a contact-us email from its own mail client, and that must count as outreach (it meets
// the private outreach clock when it reached them). On a formal grievance the written response is logged here too,
// which meets the grievance's clock; it is offered only on a case marked a grievance.
import { useState } from 'react';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { Dialog, DialogActions } from '../../components/Dialog.js';
import { useApp } from '../../hooks/context.js';
import { OUTREACH_LABELS, outreachMeets, outreachMethodsFor, type OutreachMethod } from '../../../domain/cases/outreach.js';

/** What the toast says a logged outreach met. */
function loggedMessage(method: OutreachMethod, reached: boolean): string {
  const met = outreachMeets(method, reached);
  if (met.includes('grievance_response')) return 'Written response logged; the grievance response and private outreach clocks are met.';
  return met.length ? 'Outreach logged; the private outreach clock is met.' : 'Attempt logged.';
}

export function OutreachDialog({ caseId, grievance, onCancel, onLogged }: { caseId: string; grievance: boolean; onCancel: () => void; onLogged: () => void }) {
  const { api, toast } = useApp();
  const [method, setMethod] = useState<OutreachMethod>('phone');
  const [reached, setReached] = useState(true);
  const [note, setNote] = useState('');
  const { formError: error, busy, run } = useFormSubmit();

  return (
    <Dialog open title="Log outreach made outside Redress" onClose={onCancel}>
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          await run(async () => {
            await api.logOutreach(caseId, { method, reached, note: note.trim() || undefined });
            toast(loggedMessage(method, reached));
            onLogged();
          });
        }}
      >
        <label htmlFor="outreach-method">How</label>
        <select id="outreach-method" value={method} onChange={(e) => setMethod(e.target.value as OutreachMethod)} autoFocus>
          {outreachMethodsFor({ grievance }).map((m) => (
            <option key={m} value={m}>
              {OUTREACH_LABELS[m]}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={reached} onChange={(e) => setReached(e.target.checked)} /> It reached the patient (not a voicemail, a missed visit or a bounced email)
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
