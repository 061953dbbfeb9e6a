// Resolving or closing a case, with a second look at what is still open on it (replies not out, clocks not met)
// and how it ended: an outcome from the fixed list the reports count (asked for, since an ending nobody described
// counts for nothing), and a few words kept on the case as a note.
import { useState } from 'react';
import type { CaseDetail } from '../../api/types.js';
import { Dialog, DialogActions } from '../../components/Dialog.js';
import { clockLabel, statusLabel } from '../../lib/labels.js';
import type { CaseOutcome } from '../../../domain/cases/outcomes.js';
import { OutcomeOptions } from '../../components/OutcomeOptions.js';

export interface CaseEnding {
  outcome: CaseOutcome | null;
  note: string;
}

const NOT_OUT = ['pending_approval', 'queued', 'failed', 'manual'];

export function EndCaseDialog({ detail, to, onCancel, onConfirm }: { detail: CaseDetail; to: 'resolved' | 'closed'; onCancel: () => void; onConfirm: (ending: CaseEnding) => void }) {
  const [outcome, setOutcome] = useState<CaseOutcome | ''>((detail.outcome as CaseOutcome | null) ?? '');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const waiting = detail.replies.filter((r) => NOT_OUT.includes(r.status));
  const open = detail.clocks.filter((c) => c.whenCaseEnds === 'stopped' && c.state !== 'met' && c.state !== 'stopped');
  const verb = to === 'resolved' ? 'Resolve' : 'Close';

  return (
    <Dialog open title={`${verb} case #${detail.number}`} onClose={onCancel}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (!outcome) return setMissing(true);
          onConfirm({ outcome, note: note.trim() });
        }}
      >
        {(waiting.length > 0 || open.length > 0) && (
          <ul className="warnings" aria-label="Still open on this case">
            {waiting.length > 0 && (
              <li>
                {waiting.length === 1 ? 'A reply is' : `${waiting.length} replies are`} not out yet (waiting for approval, to post by hand, or failed).
              </li>
            )}
            {open.map((c) => (
              <li key={c.name}>“{clockLabel(c.name)}” is not met; it stops when the case is {statusLabel(to).toLowerCase()}.</li>
            ))}
          </ul>
        )}
        <label htmlFor="case-outcome-kind">How did it end?</label>
        <select
          id="case-outcome-kind"
          value={outcome}
          onChange={(e) => {
            setOutcome(e.target.value as CaseOutcome | '');
            setMissing(false);
          }}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? 'case-outcome-missing' : undefined}
          autoFocus
        >
          <OutcomeOptions prompt="Choose how it ended…" />
        </select>
        {missing && (
          <p id="case-outcome-missing" className="field-error" role="alert">
            Choose how the case ended: the reports count every ending by its outcome.
          </p>
        )}
        <label htmlFor="case-outcome">What happened, in a few words (optional, kept on the case as a note)</label>
        <textarea id="case-outcome" rows={3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} placeholder="What was done and what the patient said" />
        <DialogActions submit={`${verb} the case`} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
