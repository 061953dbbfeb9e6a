// Merging a case into another: one the page suggests (the author's other cases, the same name on another account)
// or any case by the number people quote.
import { useState, type FormEvent } from 'react';
import type { CaseDetail } from '../../api/types.js';
import { errorMessage } from '../../api/client.js';
import { useApp } from '../../hooks/context.js';
import { navigate } from '../../hooks/useHashRoute.js';
import { Dialog, DialogActions } from '../../components/Dialog.js';
import { caseHref } from '../../lib/route.js';
import { CaseLine } from './AuthorPanel.js';

const BY_NUMBER = 'by-number';

export function MergeDialog({ open, detail, onClose }: { open: boolean; detail: CaseDetail; onClose: () => void }) {
  const { api, toast } = useApp();
  const suggestions = [...(detail.author?.otherCases ?? []).filter((c) => c.status !== 'closed'), ...(detail.author?.sameNameCases ?? [])];
  const [choice, setChoice] = useState(suggestions[0]?.id ?? BY_NUMBER);
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  const typed = number.trim().replace(/^#/, '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      let into = choice;
      if (choice === BY_NUMBER) {
        if (!/^\d+$/.test(typed)) return setError('Type the number of the case to merge into, such as 140.');
        into = (await api.caseByNumber(Number(typed))).id;
      }
      await api.merge(detail.id, into);
      toast('Cases merged.');
      onClose();
      navigate(caseHref(into));
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Dialog open={open} title={`Merge case #${detail.number}`} onClose={onClose}>
      <form onSubmit={submit} className="stack" noValidate>
        <p>The posts and history of this case move into the other case, which stays open.</p>
        <fieldset className="kind-picker stack">
          <legend>Merge into</legend>
          {suggestions.map((c) => (
            <label key={c.id} className="radio">
              <input type="radio" name="merge-into" value={c.id} checked={choice === c.id} onChange={() => setChoice(c.id)} />
              <span>
                <CaseLine c={c} showPlatform />
              </span>
            </label>
          ))}
          <label className="radio">
            <input type="radio" name="merge-into" value={BY_NUMBER} checked={choice === BY_NUMBER} onChange={() => setChoice(BY_NUMBER)} />
            <span>Another case, by number</span>
          </label>
          {choice === BY_NUMBER && (
            <>
              <label htmlFor="merge-number">Case number</label>
              <input
                id="merge-number"
                inputMode="numeric"
                placeholder="140"
                value={number}
                onChange={(e) => setNumber(e.target.value)}
                aria-describedby={error ? 'merge-error' : undefined}
                autoFocus={suggestions.length === 0}
              />
            </>
          )}
        </fieldset>
        {error && (
          <p className="field-error" id="merge-error" role="alert">
            {error}
          </p>
        )}
        <DialogActions submit="Merge" disabled={choice === BY_NUMBER && !typed} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
