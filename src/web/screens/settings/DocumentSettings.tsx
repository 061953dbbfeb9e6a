// Settings that are one document edited as YAML (organization, calendars).
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { ErrorState, Loading } from '../../components/States.js';
import { SourceEditor } from './SourceEditor.js';

export function DocumentSettings({ id, title, path, help }: { id: string; title: string; path: string; help: string }) {
  const { api, toast } = useApp();
  const doc = useResource(() => api.getSetting(path), [path]);
  if (doc.state === 'loading') return <Loading label={`Loading ${title.toLowerCase()}…`} />;
  if (doc.state === 'error') return <ErrorState error={doc.error} what={title.toLowerCase()} onRetry={doc.reload} />;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted small">{help}</p>
      <SourceEditor
        key={JSON.stringify(doc.data)}
        id={`${id}-source`}
        label={`${title} (YAML or JSON)`}
        initial={doc.data}
        onSave={async (value) => {
          const saved = await api.putSetting(path, value);
          toast(`${title} saved.`);
          if (saved !== undefined) doc.set(saved);
        }}
      />
    </section>
  );
}
