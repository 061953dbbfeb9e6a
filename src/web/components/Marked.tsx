// Text with spans marked: triage evidence on posts, guard findings in the reply preview.
import { segmentText, type Span } from '../lib/highlight.js';

export interface MarkLabel {
  /** Shown as the tooltip and read by screen readers after the marked words. */
  text: string;
  tone?: string;
}

export function Marked({ text, spans }: { text: string; spans: Span<MarkLabel>[] }) {
  const segments = segmentText(text, spans);
  return (
    <>
      {segments.map((s) =>
        s.labels.length === 0 ? (
          <span key={s.start}>{s.text}</span>
        ) : (
          <mark key={s.start} className={`mark ${s.labels.map((l) => `mark-${l.tone ?? 'evidence'}`).join(' ')}`} title={s.labels.map((l) => l.text).join('; ')}>
            {s.text}
            <span className="visually-hidden"> ({s.labels.map((l) => l.text).join('; ')})</span>
          </mark>
        ),
      )}
    </>
  );
}
