// Settings that are lists of items (sites, channel accounts, destinations): pick one, edit, or add. Teams have a form
// of their own (TeamSettings).
import { useState, type ReactNode } from 'react';
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import { SourceEditor } from './SourceEditor.js';

type Item = Record<string, unknown> & { id?: string };

interface Props {
  id: string;
  title: string;
  path: string;
  template: Item;
  help: string;
  /** Fields the server reports but does not take back (a channel account's poll status): shown, not edited. */
  readOnly?: string[];
  /** What the server reports about an item, shown above its editor; `reload` refreshes the list after an action. */
  status?: (item: Item, reload: () => void) => ReactNode;
  /** A second line under an item's name, for lists where names repeat (one listing on several platforms). */
  detail?: (item: Item) => string;
}

export function CollectionSettings({ id, title, path, template, help, readOnly = [], status, detail }: Props) {
  const { api, toast } = useApp();
  const list = useResource(() => api.getSetting<Item[]>(path), [path]);
  const [selected, setSelected] = useState<string | 'new' | null>(null);

  if (list.state === 'loading' && !list.data) return <Loading label={`Loading ${title.toLowerCase()}…`} />;
  if (list.state === 'error') return <ErrorState error={list.error} what={title.toLowerCase()} onRetry={list.reload} />;
  const items = Array.isArray(list.data) ? list.data : [];
  const found = selected === 'new' ? template : items.find((i) => i.id === selected);
  const current = found && Object.fromEntries(Object.entries(found).filter(([k]) => !readOnly.includes(k)));
  const nameOf = (i: Item) => String(i.name ?? i.displayName ?? i.label ?? i.id ?? 'Unnamed');

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted small">{help}</p>
      <div className="master-detail">
        <ul className="item-list" aria-label={title}>
          {items.map((i) => (
            <li key={String(i.id)}>
              <button type="button" aria-current={selected === i.id ? 'true' : undefined} onClick={() => setSelected(String(i.id))}>
                {nameOf(i)}
                {detail && <span className="item-detail muted small">{detail(i)}</span>}
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="add" aria-current={selected === 'new' ? 'true' : undefined} onClick={() => setSelected('new')}>
              + Add
            </button>
          </li>
        </ul>
        <div className="item-editor">
          {!current && (items.length === 0 ? <Empty title={`No ${title.toLowerCase()} yet.`} /> : <p className="muted">Choose one to edit, or add a new one.</p>)}
          {found && selected !== 'new' && status?.(found, list.reload)}
          {current && (
            <SourceEditor
              key={`${selected}-${list.state}`}
              id={`${id}-item`}
              label={selected === 'new' ? `New ${title.toLowerCase().replace(/s$/, '')} (YAML)` : `${nameOf(current)} (YAML)`}
              initial={current}
              saveLabel={selected === 'new' ? 'Create' : 'Save'}
              onSave={async (value) => {
                const result = (selected === 'new' ? await api.createItem<Item>(path, value) : await api.updateItem<Item>(path, String(selected), value)) ?? {};
                toast(`${title.replace(/s$/, '')} saved.`);
                if (selected === 'new' && result.id) setSelected(String(result.id));
                list.reload();
              }}
            />
          )}
        </div>
      </div>
    </section>
  );
}
