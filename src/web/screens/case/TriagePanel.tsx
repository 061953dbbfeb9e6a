// What triage read in the case's first post, in the team's words; how it read it (engine, the words that told the
// language, the sentiment score) is folded under Details, for whoever checks the engine.
import type { CaseDetail, Triage } from '../../api/types.js';
import { languageName, timingLabel } from '../../lib/labels.js';
import { sentimentWord } from '../../lib/evidence.js';

/** The words language detection relied on, a few of them. */
function languageWords(triage: Triage): string[] {
  return [...new Set((triage.evidence ?? []).filter((e) => e.field === 'language').map((e) => e.text.toLowerCase()))].slice(0, 4);
}

export function TriagePanel({ triage, caseTiming }: { triage: Triage; caseTiming: CaseDetail['timing'] }) {
  const words = languageWords(triage);
  return (
    <section className="panel triage" aria-labelledby="triage-title">
      <h2 id="triage-title">Triage</h2>
      <dl className="facts inline">
        <dt>Complaint</dt>
        <dd>{triage.complaint ? 'Yes' : 'No'}</dd>
        <dt>Sentiment</dt>
        <dd>{sentimentWord(triage.sentiment)}</dd>
        <dt>Timing</dt>
        <dd>
          {timingLabel(triage.timing)}
          {/* The on-site mark lapses 12 hours after the post; the reading of the post stays as it was. */}
          {triage.timing === 'now' && caseTiming !== 'now' && <span className="muted small"> (when written; no longer treated as in the building)</span>}
          {/* The case carries the mark of any of its posts while it is fresh; this panel reads the first post only. */}
          {triage.timing !== 'now' && caseTiming === 'now' && <span className="muted small"> (first post; another post of this case says they are in the building now)</span>}
        </dd>
        <dt>Language</dt>
        <dd>{languageName(triage.language)}</dd>
        {triage.needsHuman && (
          <>
            <dt>Review</dt>
            <dd>Needs a person to check</dd>
          </>
        )}
      </dl>
      <p className="muted small">Marked words in the post show the evidence; hover or read them for the decision they support.</p>
      <details className="triage-details small">
        <summary>Details</summary>
        <dl className="facts inline">
          <dt>Sentiment score</dt>
          <dd>
            {triage.sentiment.toFixed(2)} <span className="muted">(from −1, most negative, to 1, most positive)</span>
          </dd>
          <dt>Language code</dt>
          <dd>
            {triage.language}
            {words.length > 0 && <span className="muted"> (from “{words.join('”, “')}”)</span>}
          </dd>
          <dt>Engine</dt>
          <dd>{triage.engine}</dd>
        </dl>
      </details>
    </section>
  );
}
