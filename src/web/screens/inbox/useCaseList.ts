// The inbox's data: first page for the current filters with how many cases match, "Load more" by cursor, and live
// updates from the stream (new cases counted for the user to pull in; changed rows refreshed in place). In an order
// other than newest first a new case may belong below the first page: it is found newest first, and shown on top
// when the reader asks for the new cases.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseDetail, CasePage, CaseSummary } from '../../api/types.js';
import { useApp } from '../../hooks/context.js';
import { casesApiQuery, withSort, type InboxFilters } from '../../lib/filters.js';

export interface CaseList {
  items: CaseSummary[];
  nextCursor: string | null;
  /** How many cases the filters match, as the first page said (capped: more than `count`); null until known. */
  total: { count: number; capped: boolean } | null;
  /** Goes up whenever cases may have changed (a reload, a live update), for what else counts them. */
  changes: number;
  state: 'loading' | 'ready' | 'error' | 'loading_more';
  error: unknown;
  newCount: number;
  streamOpen: boolean;
  reload: () => void;
  /** Reads the list again with the new cases it announced on top. */
  showNew: () => void;
  loadMore: () => void;
  replace: (items: CaseSummary[]) => void;
}

const PAGE = 50;

export function useCaseList(filters: InboxFilters, filterKey: string): CaseList {
  const { api, announce } = useApp();
  const [items, setItems] = useState<CaseSummary[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [state, setState] = useState<CaseList['state']>('loading');
  const [error, setError] = useState<unknown>(null);
  // New cases announced and not yet shown.
  const [arrived, setArrived] = useState<CaseSummary[]>([]);
  const arrivedRef = useRef(arrived);
  arrivedRef.current = arrived;
  const pinned = useRef<CaseSummary[]>([]);
  const [streamOpen, setStreamOpen] = useState(false);
  const [tick, setTick] = useState(0);
  const [total, setTotal] = useState<CaseList['total']>(null);
  const totalRef = useRef(total);
  totalRef.current = total;
  const [changes, setChanges] = useState(0);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const filtersRef = useRef(filters);
  filtersRef.current = filters;

  useEffect(() => {
    const controller = new AbortController();
    setState('loading');
    setArrived([]);
    setChanges((n) => n + 1);
    const onTop = pinned.current;
    pinned.current = [];
    api.listCases(casesApiQuery(filtersRef.current, null, PAGE), controller.signal).then(
      (page) => {
        const listed = new Set(page.items.map((c) => c.id));
        setItems([...onTop.filter((c) => !listed.has(c.id)), ...page.items]);
        setNextCursor(page.nextCursor);
        setTotal(totalOf(page));
        setState('ready');
      },
      (e) => {
        if (controller.signal.aborted) return;
        // The rows on screen belong to the previous filters: left under the error they would pass for its results.
        setItems([]);
        setNextCursor(null);
        setTotal(null);
        setError(e);
        setState('error');
      },
    );
    return () => controller.abort();
  }, [api, filterKey, tick]);

  const loadMore = useCallback(() => {
    if (!nextCursor) return;
    setState('loading_more');
    api.listCases(casesApiQuery(filtersRef.current, nextCursor, PAGE)).then(
      (page) => {
        setItems((current) => {
          const seen = new Set(current.map((c) => c.id));
          return [...current, ...page.items.filter((c) => !seen.has(c.id))];
        });
        setNextCursor(page.nextCursor);
        setState('ready');
        announce(`${page.items.length} more cases loaded`);
      },
      (e) => {
        setError(e);
        setState('error');
      },
    );
  }, [api, nextCursor, announce]);

  // Updated rows are refreshed in batches so a burst of events costs one render, not fifty.
  useEffect(() => {
    const pending = new Set<string>();
    // Changed cases this view does not hold: a change may bring one into it (a reply now awaits approval).
    const joining = new Set<string>();
    let checkFirstPage = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    // New cases the stream named, and whether a gap in it was reported since the last flush.
    const created = new Set<string>();
    let resynced = false;
    const flush = async () => {
      timer = null;
      // The stream names every new case in the organization; the count is of those this view would show
      // (the user's sites, the current filters), read from the view's own first page. The same page refreshes
      // the rows it holds, which is also how rows catch up after a gap in the stream.
      if (checkFirstPage) {
        checkFirstPage = false;
        const shown = new Set(itemsRef.current.map((c) => c.id));
        const newest = itemsRef.current.reduce((max, c) => (c.createdAt > max ? c.createdAt : max), '');
        const before = totalRef.current;
        const page = await api.listCases(casesApiQuery(filtersRef.current, null, PAGE)).catch(() => null);
        const after = page ? totalOf(page) : null;
        if (after) setTotal(after);
        const fresh = (page?.items ?? []).filter((c) => !shown.has(c.id) && (c.createdAt > newest || joining.has(c.id) || created.has(c.id)));
        // In another order a new case may belong further down: it is looked for newest first. Exactly the cases the
        // stream named; after a gap, as many of the newest as the count grew by.
        if (withSort(filtersRef.current).sort !== 'newest' && (created.size > 0 || resynced)) {
          const latest = await api.listCases(casesApiQuery({ ...filtersRef.current, sort: 'newest' }, null, PAGE)).catch(() => null);
          const unseen = (latest?.items ?? []).filter((c) => !shown.has(c.id));
          const grew = resynced && before && after && !before.capped && !after.capped ? Math.max(0, after.count - before.count) : 0;
          fresh.push(...unseen.filter((c) => created.has(c.id)), ...unseen.slice(0, grew));
        }
        joining.clear();
        created.clear();
        resynced = false;
        const told = new Set(arrivedRef.current.map((c) => c.id));
        const added = [...new Map(fresh.filter((c) => !told.has(c.id)).map((c) => [c.id, c])).values()];
        if (added.length > 0) {
          const count = told.size + added.length;
          setArrived((current) => [...current, ...added]);
          announce(count === 1 ? '1 new case' : `${count} new cases`);
        }
        const listed = new Map((page?.items ?? []).filter((c) => shown.has(c.id)).map((c) => [c.id, c]));
        if (listed.size > 0) setItems((current) => current.map((c) => listed.get(c.id) ?? c));
        for (const id of listed.keys()) pending.delete(id);
      }
      const ids = [...pending].filter((id) => itemsRef.current.some((c) => c.id === id));
      pending.clear();
      const fresh = await Promise.all(ids.map((id) => api.getCase(id).catch(() => null)));
      const byId = new Map(fresh.filter((c): c is NonNullable<typeof c> => c !== null).map((c) => [c.id, c]));
      if (byId.size > 0) setItems((current) => current.map((c) => (byId.has(c.id) ? { ...c, ...summaryOf(byId.get(c.id)!) } : c)));
    };
    const soon = () => {
      if (!timer) timer = setTimeout(flush, 1000);
    };
    const close = api.stream(
      (event) => {
        setChanges((n) => n + 1);
        if (event.kind === 'created') {
          created.add(event.caseId);
          checkFirstPage = true;
        }
        else if (itemsRef.current.some((c) => c.id === event.caseId)) pending.add(event.caseId);
        else {
          joining.add(event.caseId);
          checkFirstPage = true;
        }
        soon();
      },
      {
        onStatus: setStreamOpen,
        onResync: () => {
          setChanges((n) => n + 1);
          resynced = true;
          checkFirstPage = true;
          soon();
        },
      },
    );
    return () => {
      close();
      if (timer) clearTimeout(timer);
    };
  }, [api, announce]);

  return {
    items,
    nextCursor,
    total,
    changes,
    state,
    error,
    newCount: arrived.length,
    streamOpen,
    reload: useCallback(() => setTick((t) => t + 1), []),
    showNew: useCallback(() => {
      pinned.current = arrivedRef.current;
      setTick((t) => t + 1);
    }, []),
    loadMore,
    replace: useCallback((updated: CaseSummary[]) => {
      const byId = new Map(updated.map((c) => [c.id, c]));
      setItems((current) => current.map((c) => byId.get(c.id) ?? c));
    }, []),
  };
}

const totalOf = (page: CasePage): CaseList['total'] => (typeof page.total === 'number' ? { count: page.total, capped: Boolean(page.totalCapped) } : null);

/** A case detail carries posts and timeline too; the list keeps only the summary fields. */
function summaryOf(detail: CaseDetail): CaseSummary {
  const { posts: _p, clocks: _c, timeline: _t, replies: _r, author: _a, allowedTransitions: _x, ...summary } = detail;
  return summary;
}
