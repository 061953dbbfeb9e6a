// Closing cases from the queue: posts that need no recovery (spam, praise, not about us, repeats). The reports
// count how cases ended, so even a quick close says which of those it was.
import { useState } from 'react';
import { Dialog, DialogActions } from '../../components/Dialog.js';
import type { CaseOutcome } from '../../../domain/cases/outcomes.js';
import { OutcomeOptions } from '../../components/OutcomeOptions.js';

/** `risky`: how many of the selected cases carry a risk; the server leaves those open, to be closed from the case. */
export function BulkCloseDialog({ open, count, risky, onClose, onConfirm }: { open: boolean; count: number; risky: number; onClose: () => void; onConfirm: (outcome: CaseOutcome) => void }) {
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('');
  const noun = count === 1 ? 'case' : 'cases';
  return (
    <Dialog open={open} title={count === 1 ? 'Close case' : `Close ${count} cases`} onClose={onClose}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (outcome) onConfirm(outcome);
        }}
      >
        <p>Use this for posts that need no recovery (spam, praise, not about us, a repeat of another case).</p>
        {risky > 0 && (
          <p className="warnings" role="alert">
            {risky === 1 ? 'One of them carries' : `${risky} of them carry`} a risk (crisis, harm, legal or privacy) and will stay open: close{' '}
            {risky === 1 ? 'it' : 'them'} from the case, where the open clocks are shown.
          </p>
        )}
        <label htmlFor="bulk-close-outcome">How did {count === 1 ? 'it' : 'they'} end?</label>
        <select id="bulk-close-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as CaseOutcome | '')} required autoFocus>
          <OutcomeOptions prompt="Choose how they ended…" />
        </select>
        <DialogActions submit={`Close ${count === 1 ? 'case' : `${count} ${noun}`}`} disabled={!outcome} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
