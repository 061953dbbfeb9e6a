// Notification destinations: where pages go besides the bell in Redress. A notice says when pages reach only the
// bell (no destination can send, or email is used without a mail server); each destination says whether it can
// send and why not; a form adds or changes one and sends a test. The YAML stays folded below for bulk edits.
import { useCallback, useState } from 'react';
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { ErrorState, Loading } from '../../components/States.js';
import { DESTINATIONS_PATH, KIND_LABELS, REACH_PATH, sourceOf, type ApiDestination, type Reach } from '../../lib/destinations.js';
import { DestinationForm } from './DestinationForm.js';
import { ReachNotice } from './ReachNotice.js';
import { SourceEditor } from './SourceEditor.js';

const NEW_SOURCE = { id: '', kind: 'slack', name: '', url: 'https://hooks.slack.com/services/…', includeContent: false, enabled: true };

// The list keeps the first words ("Cannot send", "Turned off"); the form shows the whole reason.
const detailOf = (d: ApiDestination) => [KIND_LABELS[d.kind] ?? d.kind, d.problem ? d.problem.split(':')[0] : d.includeContent ? 'Sends case content' : 'Can send'].join(' · ');

export function DestinationSettings() {
  const { api, toast } = useApp();
  const list = useResource(() => api.getSetting<ApiDestination[]>(DESTINATIONS_PATH), []);
  const reach = useResource(() => api.getSetting<Reach>(REACH_PATH).catch(() => null), []);
  const [selected, setSelected] = useState<string | 'new' | null>(null);
  const [picked, setPicked] = useState(false);
  const [dirty, setDirty] = useState(false);
  const onDirty = useCallback((d: boolean) => setDirty(d), []);

  if (list.state === 'loading' && !list.data) return <Loading label="Loading notification destinations…" />;
  if (list.state === 'error') return <ErrorState error={list.error} what="notification destinations" onRetry={list.reload} />;
  const items = Array.isArray(list.data) ? list.data : [];
  const current = selected === 'new' ? null : (items.find((d) => d.id === selected) ?? items[0] ?? null);
  const adding = !current;
  const refresh = () => {
    list.reload();
    reach.reload();
  };

  const choose = (id: string | 'new') => {
    if (dirty && !window.confirm('Leave this destination without saving your changes?')) return;
    setDirty(false);
    setPicked(true);
    setSelected(id);
  };

  return (
    <section aria-labelledby="destinations-title">
      <h2 id="destinations-title">Notification destinations</h2>
      <p className="muted small">Where pages, escalations and breach warnings go besides the bell in Redress: a mailbox, a Slack or Teams channel, a pager or your own system.</p>
      <ReachNotice notices={reach.data?.notices ?? []} />
      <div className="master-detail">
        <ul className="item-list" aria-label="Notification destinations">
          {items.map((d) => (
            <li key={d.id}>
              <button type="button" aria-current={!adding && current?.id === d.id ? 'true' : undefined} onClick={() => choose(d.id)}>
                {d.name}
                <span className="item-detail muted small">{detailOf(d)}</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="add" aria-current={adding ? 'true' : undefined} onClick={() => choose('new')}>
              + Add a destination
            </button>
          </li>
        </ul>
        <div className="item-editor">
          <DestinationForm
            key={adding ? 'new' : current.id}
            destination={current}
            focusOnOpen={picked}
            onDirty={onDirty}
            onSaved={(saved) => {
              setDirty(false);
              // Shown at once, before the list comes back.
              list.set(items.some((d) => d.id === saved.id) ? items.map((d) => (d.id === saved.id ? saved : d)) : [...items, saved]);
              setSelected(saved.id);
              refresh();
            }}
          />
          <details className="source-details">
            <summary>{adding ? 'Add a destination as YAML' : `Edit ${current.name} as YAML`}</summary>
            <SourceEditor
              key={adding ? 'new' : JSON.stringify(current)}
              id="destination-source"
              label={adding ? 'New destination (YAML or JSON)' : `${current.name} (YAML or JSON)`}
              initial={adding ? NEW_SOURCE : sourceOf(current)}
              saveLabel={adding ? 'Add destination' : 'Save'}
              onSave={async (value) => {
                const saved = adding ? await api.createItem<ApiDestination>(DESTINATIONS_PATH, value) : await api.updateItem<ApiDestination>(DESTINATIONS_PATH, current.id, value);
                toast(`${saved?.name ?? 'Destination'} saved.`);
                setDirty(false);
                if (saved?.id) setSelected(saved.id);
                refresh();
              }}
            />
          </details>
        </div>
      </div>
    </section>
  );
}
