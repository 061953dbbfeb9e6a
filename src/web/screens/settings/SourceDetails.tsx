// A settings document's YAML editor folded under the readable list above it, for changes the list cannot make.
import { SourceEditor } from './SourceEditor.js';

export function SourceDetails<T>({ id, summary, label, value, save }: { id: string; summary: string; label: string; value: T | undefined; save: (value: unknown) => Promise<void> }) {
  return (
    <details className="source-details">
      <summary>{summary}</summary>
      <SourceEditor key={JSON.stringify(value)} id={id} label={label} initial={value} onSave={save} />
    </details>
  );
}
