// Closing cases from the queue: posts that need no recovery (spam, praise, not about us, repeats). The reports
// count how cases ended, so even a quick close says which of those it was. Before anything closes the dialog lists
// each case it will close, and each it will leave open with the reason: a case carrying a risk, marked urgent, about
// someone in the building now or confidential is closed from its own page (the server refuses it here too).
import { useState } from 'react';
import { Dialog, DialogActions } from '../../components/Dialog.js';
import type { CaseSummary } from '../../api/types.js';
import type { CaseOutcome } from '../../../domain/cases/outcomes.js';
import { bulkCloseHolds, joinReasons } from '../../../domain/cases/bulk-close.js';
import { OutcomeOptions } from '../../components/OutcomeOptions.js';

const EXCERPT = 90;
const shortExcerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1).trimEnd()}…` : flat;
};

/** Which of `cases` a bulk close may close, and which it leaves open with their reasons. */
export function splitForBulkClose(cases: CaseSummary[]) {
  const closing: CaseSummary[] = [];
  const kept: { c: CaseSummary; reasons: string[] }[] = [];
  for (const c of cases) {
    const reasons = bulkCloseHolds(c);
    if (reasons.length === 0) closing.push(c);
    else kept.push({ c, reasons });
  }
  return { closing, kept };
}

export function BulkCloseDialog({ open, cases, onClose, onConfirm }: { open: boolean; cases: CaseSummary[]; onClose: () => void; onConfirm: (outcome: CaseOutcome, ids: string[]) => void }) {
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('');
  const { closing, kept } = splitForBulkClose(cases);
  const count = closing.length;
  const title = count === 0 ? 'Close cases' : count === 1 ? 'Close 1 case' : `Close ${count} cases`;
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (outcome && count > 0) onConfirm(outcome, closing.map((c) => c.id));
        }}
      >
        <p>Use this for posts that need no recovery (spam, praise, not about us, a repeat of another case).</p>
        {kept.length > 0 && (
          <div className="bulk-close-kept" role="alert">
            <p>
              {kept.length === cases.length
                ? kept.length === 1
                  ? 'The selected case will stay open:'
                  : `All ${kept.length} selected cases will stay open:`
                : kept.length === 1
                  ? `1 of the ${cases.length} selected cases will stay open:`
                  : `${kept.length} of the ${cases.length} selected cases will stay open:`}{' '}
              close {kept.length === 1 ? 'it' : 'them'} from the case, where the open clocks are shown.
            </p>
            <ul className="bulk-close-list" aria-label="Staying open">
              {kept.map(({ c, reasons }) => (
                <li key={c.id}>
                  <strong>#{c.number}</strong>: {joinReasons(reasons)}.
                </li>
              ))}
            </ul>
          </div>
        )}
        {count > 0 && (
          <>
            <p id="bulk-close-closing">{count === 1 ? 'This case will be closed:' : `These ${count} cases will be closed:`}</p>
            <ul className="bulk-close-list" aria-labelledby="bulk-close-closing">
              {closing.map((c) => (
                <li key={c.id}>
                  <strong>#{c.number}</strong> <span className="muted">{shortExcerpt(c.excerpt ?? '')}</span>
                </li>
              ))}
            </ul>
            <label htmlFor="bulk-close-outcome">How did {count === 1 ? 'it' : 'they'} end?</label>
            <select id="bulk-close-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as CaseOutcome | '')} required autoFocus>
              <OutcomeOptions prompt="Choose how they ended…" />
            </select>
          </>
        )}
        <DialogActions submit={count <= 1 ? 'Close case' : `Close ${count} cases`} disabled={!outcome || count === 0} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
