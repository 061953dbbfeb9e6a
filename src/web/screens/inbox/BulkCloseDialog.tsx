// Closing cases from the queue: posts that need no recovery (spam, praise, not about us, repeats). The reports
// count how cases ended, so even a quick close says which of those it was.
import { useState } from 'react';
import { Dialog, DialogActions } from '../../components/Dialog.js';
import { CASE_OUTCOMES, OUTCOME_LABELS, type CaseOutcome } from '../../../domain/cases/outcomes.js';

export function BulkCloseDialog({ open, count, onClose, onConfirm }: { open: boolean; count: number; onClose: () => void; onConfirm: (outcome: CaseOutcome) => void }) {
  const [outcome, setOutcome] = useState<CaseOutcome>('not_actionable');
  const noun = count === 1 ? 'case' : 'cases';
  return (
    <Dialog open={open} title={count === 1 ? 'Close case' : `Close ${count} cases`} onClose={onClose}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm(outcome);
        }}
      >
        <p>Use this for posts that need no recovery (spam, praise, not about us, a repeat of another case).</p>
        <label htmlFor="bulk-close-outcome">How did {count === 1 ? 'it' : 'they'} end?</label>
        <select id="bulk-close-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as CaseOutcome)} autoFocus>
          {CASE_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
        <DialogActions submit={`Close ${count === 1 ? 'case' : `${count} ${noun}`}`} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
