// Choosing a template over words the agent wrote: the template used to replace them silently. Asked first, with
// the draft kept as the safe answer (Escape, the close button and "Keep mine" all leave it as it was).
import { Dialog } from '../../components/Dialog.js';

export type DraftChoice = 'replace' | 'keep' | 'insert';

export function ReplaceDraftDialog({ templateName, onChoose }: { templateName: string; onChoose: (choice: DraftChoice) => void }) {
  return (
    <Dialog open title="Replace your draft with the template?" onClose={() => onChoose('keep')}>
      <div className="stack">
        <p>
          The reply box has words you wrote. “{templateName}” would take their place; you can instead put it where the caret was in your draft.
        </p>
        <div className="actions">
          <button type="button" className="primary" onClick={() => onChoose('replace')}>
            Replace
          </button>
          <button type="button" onClick={() => onChoose('insert')}>
            Insert at cursor
          </button>
          <button type="button" onClick={() => onChoose('keep')} autoFocus>
            Keep mine
          </button>
        </div>
      </div>
    </Dialog>
  );
}
