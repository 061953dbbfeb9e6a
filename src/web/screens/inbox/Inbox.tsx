// The queue agents live in: saved views with their counts, filters, search, keyboard, bulk actions, live updates.
// The open queue lists what is due first unless the view or the reader chose another order.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useApp } from '../../hooks/context.js';
import { navigate } from '../../hooks/useHashRoute.js';
import { useNow } from '../../hooks/useNow.js';
import { useReference } from '../../hooks/useReference.js';
import { errorMessage } from '../../api/client.js';
import type { CaseSummary } from '../../api/types.js';
import {
  activeFilterCount,
  ALL_STATUSES,
  countLabel,
  defaultSort,
  filtersFromQuery,
  filtersToQuery,
  matchingView,
  SAVED_VIEWS,
  shownLabel,
  withSort,
  type InboxFilters,
} from '../../lib/filters.js';
import { initialListNav, keyToCommand, listNavReducer } from '../../lib/listNav.js';
import { canEdit, canReply } from '../../lib/permissions.js';
import { caseHref, inboxHref } from '../../lib/route.js';
import { AssignDialog } from '../../components/AssignDialog.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import { ActiveFilters, InboxFilterPanel } from './InboxFilters.js';
import { InboxRow } from './InboxRow.js';
import { HelpDialog } from './HelpDialog.js';
import { BulkCloseDialog } from './BulkCloseDialog.js';
import { MyViews } from './MyViews.js';
import { useCaseList } from './useCaseList.js';
import { useViewCounts } from './useViewCounts.js';

const LAST_CASE_KEY = 'redress.inbox.lastCase';

export function Inbox({ query }: { query: URLSearchParams }) {
  const { api, user, toast } = useApp();
  const filterKey = query.toString();
  const filters = useMemo(() => filtersFromQuery(query), [filterKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const list = useCaseList(filters, filtersToQuery(filters).toString());
  const counts = useViewCounts(list.changes);
  const reference = useReference();
  const now = useNow(30_000);
  const [nav, dispatch] = useReducer(listNavReducer, initialListNav);
  const [dialog, setDialog] = useState<null | 'help' | 'assign' | 'close'>(null);
  const [showFilters, setShowFilters] = useState(false);
  const [search, setSearch] = useState(filters.q ?? '');
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLTableSectionElement>(null);
  const movedByKey = useRef(false);
  const editable = canEdit(user.role);

  const setFilters = useCallback((next: InboxFilters) => navigate(inboxHref(filtersToQuery(next))), []);

  useEffect(() => setSearch(filters.q ?? ''), [filters.q]);
  // Searching waits for a pause in typing, so each keystroke is not a request.
  useEffect(() => {
    if ((filters.q ?? '') === search.trim()) return;
    const timer = setTimeout(() => setFilters({ ...filters, q: search.trim() || undefined }), 350);
    return () => clearTimeout(timer);
  }, [search, filters, setFilters]);

  const ids = useMemo(() => list.items.map((c) => c.id), [list.items]);
  // Coming back from a case puts the cursor on the case just worked, not the top of the list.
  const remembered = useRef(sessionStorage.getItem(LAST_CASE_KEY));
  useEffect(() => {
    dispatch({ type: 'items', ids });
    const last = remembered.current;
    if (ids.length === 0 || !last) return;
    remembered.current = null;
    if (!ids.includes(last)) return;
    dispatch({ type: 'focus', id: last });
    requestAnimationFrame(() => document.getElementById(`row-${last}`)?.focus());
  }, [ids]);
  useEffect(() => {
    if (nav.focusedId) sessionStorage.setItem(LAST_CASE_KEY, nav.focusedId);
  }, [nav.focusedId]);

  const targets = nav.selected.length > 0 ? nav.selected : nav.focusedId ? [nav.focusedId] : [];
  const focusRow = useCallback((id: string) => dispatch({ type: 'focus', id }), []);
  const toggleRow = useCallback((id: string) => dispatch({ type: 'toggle', id }), []);

  // Keep DOM focus on the row the reducer says is current, once the user is working in the list
  // (or has just moved with j/k from elsewhere on the page).
  useEffect(() => {
    const fromKey = movedByKey.current;
    movedByKey.current = false;
    if (!nav.focusedId || (!fromKey && !tableRef.current?.contains(document.activeElement))) return;
    const row = document.getElementById(`row-${nav.focusedId}`);
    if (row && row !== document.activeElement) row.focus();
  }, [nav.focusedId]);

  // The listener reads the state of the latest render: a key pressed the moment rows appear must act on them,
  // not on the render before (the list's first focus is only set by an effect after the rows paint).
  const keyState = { dialog, focusedId: nav.focusedId ?? ids[0] ?? null, targets, editable, role: user.role };
  const latest = useRef(keyState);
  latest.current = keyState;

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const { dialog, focusedId, targets, editable, role } = latest.current;
      if (dialog || document.querySelector('dialog[open]')) return;
      const target = event.target as HTMLElement;
      const command = keyToCommand({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        targetTag: target.tagName,
        targetEditable: target.isContentEditable,
      });
      if (!command) return;
      // Enter only opens a case while focus is in the list, so Enter elsewhere keeps its meaning.
      if (command === 'open' && !tableRef.current?.contains(target)) return;
      event.preventDefault();
      switch (command) {
        case 'next':
        case 'prev':
          movedByKey.current = true;
          dispatch({ type: command });
          break;
        case 'open':
          if (focusedId) navigate(caseHref(focusedId));
          break;
        case 'select':
          if (focusedId) dispatch({ type: 'toggle', id: focusedId });
          break;
        case 'assign':
          if (editable && targets.length) setDialog('assign');
          break;
        case 'close':
          if (editable && targets.length) setDialog('close');
          break;
        case 'reply':
          if (canReply(role) && focusedId) navigate(caseHref(focusedId, true));
          break;
        case 'help':
          setDialog('help');
          break;
        case 'search':
          searchRef.current?.focus();
          break;
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // After a bulk action the bar that held focus goes with the selection: focus comes back to the list, on the first
  // case that was acted on (or the first row, when the action took it out of this view) once the list is read again.
  const refocus = useRef<string[] | null>(null);
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted || list.state === 'loading') return;
    refocus.current = null;
    const id = wanted.find((w) => ids.includes(w)) ?? ids[0];
    if (!id) return searchRef.current?.focus();
    dispatch({ type: 'focus', id });
    requestAnimationFrame(() => document.getElementById(`row-${id}`)?.focus());
  }, [list.state, ids]);

  async function bulk(change: Parameters<typeof api.bulk>[1], chosen: string[] = targets) {
    try {
      const result = await api.bulk(chosen, change);
      const verb = change.action === 'assign' ? 'Assigned' : 'Closed';
      if (result.failed.length === 0) toast(`${verb} ${result.updated} ${result.updated === 1 ? 'case' : 'cases'}.`);
      else toast(`${verb} ${result.updated}; ${result.failed.length} failed: ${result.failed[0].message}`, 'error');
      dispatch({ type: 'clearSelection' });
      refocus.current = ids.filter((id) => chosen.includes(id));
      list.reload();
    } catch (e) {
      toast(errorMessage(e), 'error');
    }
  }

  const current = matchingView(filters);
  const activeCount = activeFilterCount(filters);
  const sortDefault = defaultSort(filters);

  return (
    <div className="inbox">
      <div className="inbox-header">
        <h1>Inbox</h1>
        <MyViews
          query={filtersToQuery(withSort(filters)).toString()}
          isBuiltIn={Boolean(current)}
          builtIn={SAVED_VIEWS.map((v) => {
            const count = counts?.[v.id];
            const shown = count && countLabel(count.total, count.totalCapped);
            return (
              <a
                key={v.id}
                href={inboxHref(filtersToQuery(v.filters))}
                className="view-tab"
                aria-current={current?.id === v.id ? 'page' : undefined}
                aria-label={shown ? `${v.name}, ${shown} ${count.total === 1 && !count.totalCapped ? 'case' : 'cases'}` : undefined}
              >
                {v.name}
                {shown && (
                  <span className="view-count" aria-hidden="true">
                    {shown}
                  </span>
                )}
              </a>
            );
          })}
        />
      </div>

      <div className="toolbar" role="search">
        <label htmlFor="inbox-search" className="visually-hidden">
          Search cases
        </label>
        <input
          id="inbox-search"
          ref={searchRef}
          type="search"
          placeholder="Search cases (press /)"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <button type="button" aria-expanded={showFilters} aria-controls="inbox-filters" onClick={() => setShowFilters(!showFilters)}>
          Filters{activeCount > 0 ? ` (${activeCount})` : ''}
        </button>
        <label htmlFor="inbox-sort" className="visually-hidden">
          Sort
        </label>
        {/* The view's own order is left out of the URL, so "All open" stays the plain link it is. */}
        <select id="inbox-sort" value={filters.sort ?? sortDefault} onChange={(e) => setFilters({ ...filters, sort: e.target.value === sortDefault ? undefined : e.target.value })}>
          <option value="due">Overdue first, then due soonest</option>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="priority">Highest priority</option>
        </select>
        <button type="button" className="link-button" onClick={() => setDialog('help')}>
          Shortcuts <kbd>?</kbd>
        </button>
        <span className={`stream-status ${list.streamOpen ? 'on' : 'off'}`} title={list.streamOpen ? 'Live updates on' : 'Live updates paused'}>
          <span aria-hidden="true">●</span> {list.streamOpen ? 'Live' : 'Not live'}
        </span>
      </div>
      {showFilters && <InboxFilterPanel filters={filters} reference={reference.data} onChange={setFilters} />}
      <ActiveFilters filters={filters} reference={reference.data} onChange={setFilters} />

      {list.newCount > 0 && (
        <button type="button" className="new-cases" onClick={list.showNew}>
          {list.newCount === 1 ? '1 new case' : `${list.newCount} new cases`} · Show
        </button>
      )}

      {editable && nav.selected.length > 0 && (
        <div className="bulk-bar" role="region" aria-label="Bulk actions">
          <span>
            {nav.selected.length} selected
          </span>
          <button type="button" onClick={() => setDialog('assign')}>
            Assign…
          </button>
          <button type="button" onClick={() => setDialog('close')}>
            Close…
          </button>
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'clearSelection' })}>
            Clear selection
          </button>
        </div>
      )}

      {list.state === 'loading' && <Loading label="Loading cases…" />}
      {list.state === 'error' && <ErrorState error={list.error} what="cases" onRetry={list.reload} />}
      {list.state !== 'loading' && list.state !== 'error' && list.items.length === 0 && (
        <Empty title={activeCount > 0 ? 'No cases match these filters.' : 'Nothing waiting. The queue is clear.'}>
          {/* A search for a case that was already resolved should find it, not end at an empty queue. */}
          {filters.q && !filters.status && (
            <p>
              <a href={inboxHref(filtersToQuery({ ...filters, status: [ALL_STATUSES] }))}>Search resolved and closed cases too</a>
            </p>
          )}
          {activeCount > 0 && <a href="#/inbox">Show all open cases</a>}
        </Empty>
      )}
      {list.items.length > 0 && list.state !== 'loading' && (
        <table className="inbox-table" aria-label="Cases" aria-describedby="inbox-keys">
          <thead>
            <tr>
              <th scope="col" className="col-select">
                <input
                  type="checkbox"
                  aria-label="Select all shown cases"
                  checked={nav.selected.length > 0 && nav.selected.length === nav.ids.length}
                  onChange={() => dispatch({ type: 'toggleAll' })}
                />
              </th>
              <th scope="col">Case</th>
              <th scope="col" className="col-site">Site</th>
              <th scope="col" className="col-clock">Next clock</th>
              <th scope="col" className="col-assignee">Assignee</th>
            </tr>
          </thead>
          <tbody ref={tableRef}>
            {list.items.map((item) => (
              <InboxRow
                key={item.id}
                item={item}
                now={now}
                focused={nav.focusedId === item.id}
                selected={nav.selected.includes(item.id)}
                onFocus={focusRow}
                onToggle={toggleRow}
              />
            ))}
          </tbody>
        </table>
      )}
      <p id="inbox-keys" className="visually-hidden">
        Use j and k to move between cases, Enter to open, x to select, question mark for all shortcuts.
      </p>
      {list.items.length > 0 && list.state !== 'loading' && (list.nextCursor || list.total) && (
        <div className="load-more">
          <span className="muted small list-count">{shownLabel(list.items.length, list.total, Boolean(list.nextCursor))}</span>
          {list.nextCursor && (
            <button type="button" onClick={list.loadMore} disabled={list.state === 'loading_more'}>
              {list.state === 'loading_more' ? 'Loading…' : 'Load more'}
            </button>
          )}
        </div>
      )}

      <HelpDialog open={dialog === 'help'} onClose={() => setDialog(null)} />
      <AssignDialog
        open={dialog === 'assign'}
        count={targets.length}
        sites={targets.map((id) => list.items.find((c) => c.id === id)?.siteId ?? null)}
        teams={targets.map((id) => list.items.find((c) => c.id === id)?.teamId ?? null)}
        onClose={() => setDialog(null)}
        onAssign={(assigneeId) => bulk({ action: 'assign', assigneeId })}
      />
      <BulkCloseDialog
        open={dialog === 'close'}
        cases={targets.map((id) => list.items.find((c) => c.id === id)).filter((c): c is CaseSummary => c !== undefined)}
        onClose={() => setDialog(null)}
        onConfirm={async (outcome, chosen) => {
          setDialog(null);
          await bulk({ action: 'close', outcome }, chosen);
        }}
      />
    </div>
  );
}
