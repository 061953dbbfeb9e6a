// The inbox views a person saved for themselves, beside the built-in ones: open, remove, and save the current filters.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { errorMessage } from '../../api/client.js';
import { Dialog, DialogActions } from '../../components/Dialog.js';
import { useApp } from '../../hooks/context.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { useResource } from '../../hooks/useResource.js';
import { inboxHref } from '../../lib/route.js';
import { filtersFromQuery, viewKey } from '../../lib/filters.js';

export interface MyView {
  id: string;
  name: string;
  query: string;
}

/** `query`: the current filters as the inbox's query string, order included; `builtIn`: the built-in tabs, shown first. */
export function MyViews({ query, isBuiltIn, builtIn }: { query: string; isBuiltIn: boolean; builtIn: ReactNode }) {
  const { api, toast } = useApp();
  const views = useResource(() => api.myViews(), []);
  const [naming, setNaming] = useState(false);
  const mine = views.data ?? [];
  // A view saved before the open queue's default order changed names no order: it is still this view.
  const keyOf = (q: string) => viewKey(filtersFromQuery(new URLSearchParams(q)));
  const current = mine.find((v) => keyOf(v.query) === keyOf(query));

  async function remove(view: MyView) {
    try {
      await api.removeMyView(view.id);
      toast(`View “${view.name}” removed.`);
      views.reload();
    } catch (e) {
      toast(errorMessage(e), 'error');
    }
  }

  return (
    <>
      <nav aria-label="Saved views" className="views">
        {builtIn}
        {mine.map((v) => (
          <span key={v.id} className="my-view">
            <a href={inboxHref(new URLSearchParams(v.query))} className="view-tab" aria-current={current?.id === v.id ? 'page' : undefined}>
              {v.name}
            </a>
            <button type="button" className="link-button small" aria-label={`Remove view ${v.name}`} onClick={() => void remove(v)}>
              ×
            </button>
          </span>
        ))}
        {!isBuiltIn && !current && (
          <button type="button" className="link-button" onClick={() => setNaming(true)}>
            Save this view…
          </button>
        )}
      </nav>
      {naming && (
        <SaveViewDialog
          query={query}
          onCancel={() => setNaming(false)}
          onSaved={() => {
            setNaming(false);
            views.reload();
          }}
        />
      )}
    </>
  );
}

function SaveViewDialog({ query, onCancel, onSaved }: { query: string; onCancel: () => void; onSaved: () => void }) {
  const { api, toast } = useApp();
  const [name, setName] = useState('');
  const { formError: error, busy, run } = useFormSubmit();
  return (
    <Dialog open title="Save this view" onClose={onCancel}>
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          await run(async () => {
            await api.saveMyView({ name: name.trim(), query });
            toast(`View “${name.trim()}” saved.`);
            onSaved();
          });
        }}
      >
        <label htmlFor="view-name">Name, as the tab will show it</label>
        <input id="view-name" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} aria-describedby={error ? 'view-name-error' : undefined} autoFocus />
        {error && (
          <p id="view-name-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <DialogActions submit="Save view" disabled={busy || !name.trim()} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
