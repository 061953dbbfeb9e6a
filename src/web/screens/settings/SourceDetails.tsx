// A settings document's YAML editor folded under the readable list above it, for changes the list cannot make.
import { useApp } from '../../hooks/context.js';
import { SourceEditor } from './SourceEditor.js';

export function SourceDetails<T>({ id, title, path, summary, doc }: { id: string; title: string; path: string; summary: string; doc: { data?: T; set: (value: T) => void } }) {
  const { api, toast } = useApp();
  return (
    <details className="source-details">
      <summary>{summary}</summary>
      <SourceEditor
        key={JSON.stringify(doc.data)}
        id={id}
        label={`${title} (YAML or JSON)`}
        initial={doc.data}
        onSave={async (value) => {
          doc.set(await api.putSetting<T>(path, value));
          toast(`${title} saved.`);
        }}
      />
    </details>
  );
}
