// The outcomes a case can end with, as the options of a select, after a prompt to choose (none is assumed).
import { CASE_OUTCOMES, OUTCOME_LABELS } from '../../domain/cases/outcomes.js';

export function OutcomeOptions({ prompt }: { prompt: string }) {
  return (
    <>
      <option value="">{prompt}</option>
      {CASE_OUTCOMES.map((o) => (
        <option key={o} value={o}>
          {OUTCOME_LABELS[o]}
        </option>
      ))}
    </>
  );
}
