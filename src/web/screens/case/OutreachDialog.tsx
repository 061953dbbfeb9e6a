// Logging a call, an email, a visit or a letter: Google and Yelp give no private channel, so the team often reaches the
// patient by phone or answers a contact-us email from its own mail client, and that must count as outreach (it meets
// the private outreach clock when it reached them). On a formal grievance the written response is logged here too,
// which meets the grievance's clock; it is offered only on a case marked a grievance.
import { useRef, useState } from 'react';
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
  // No default: "Called Tammy, left voicemail" logged under a ticked default met the outreach clock for a call
  // that reached nobody. The person logging must say which it was.
  const [reached, setReached] = useState<boolean | null>(null);
  const [reachedMissing, setReachedMissing] = useState(false);
  const firstChoice = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  const { formError: error, busy, run } = useFormSubmit();
  const choose = (value: boolean) => {
    setReached(value);
    setReachedMissing(false);
  };

  return (
    <Dialog open title="Log outreach made outside Redress" onClose={onCancel}>
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          if (reached === null) {
            setReachedMissing(true);
            firstChoice.current?.focus();
            return;
          }
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
        <fieldset className="outreach-reached" aria-describedby={reachedMissing ? 'outreach-reached-missing' : 'outreach-reached-help'}>
          <legend>Did it reach the patient?</legend>
          <label className="radio">
            <input ref={firstChoice} type="radio" name="outreach-reached" checked={reached === true} onChange={() => choose(true)} aria-invalid={reachedMissing || undefined} />{' '}
            Yes, it reached the patient
          </label>
          <label className="radio">
            <input type="radio" name="outreach-reached" checked={reached === false} onChange={() => choose(false)} aria-invalid={reachedMissing || undefined} />{' '}
            No: a voicemail, a missed visit, a bounced email or a returned letter
          </label>
          {reachedMissing ? (
            <p id="outreach-reached-missing" className="field-error" role="alert">
              Choose whether it reached the patient: only outreach that reached them meets the private outreach clock.
            </p>
          ) : (
            <p id="outreach-reached-help" className="muted small">
              Reaching the patient meets the private outreach clock; an attempt is kept on the timeline and meets nothing.
            </p>
          )}
        </fieldset>
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
