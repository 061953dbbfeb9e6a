// The inbox's data: first page for the current filters, "Load more" by cursor, and live updates
// from the stream (new cases counted for the user to pull in; changed rows refreshed in place).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseDetail, CaseSummary } from '../../api/types.js';
import { useApp } from '../../hooks/context.js';
import { casesApiQuery, type InboxFilters } from '../../lib/filters.js';

export interface CaseList {
  items: CaseSummary[];
  nextCursor: string | null;
  state: 'loading' | 'ready' | 'error' | 'loading_more';
  error: unknown;
  newCount: number;
  streamOpen: boolean;
  reload: () => void;
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
  const [newCount, setNewCount] = useState(0);
  const [streamOpen, setStreamOpen] = useState(false);
  const [tick, setTick] = useState(0);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const filtersRef = useRef(filters);
  filtersRef.current = filters;

  useEffect(() => {
    const controller = new AbortController();
    setState('loading');
    setNewCount(0);
    api.listCases(casesApiQuery(filtersRef.current, null, PAGE), controller.signal).then(
      (page) => {
        setItems(page.items);
        setNextCursor(page.nextCursor);
        setState('ready');
      },
      (e) => {
        if (controller.signal.aborted) return;
        // The rows on screen belong to the previous filters: left under the error they would pass for its results.
        setItems([]);
        setNextCursor(null);
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
    const flush = async () => {
      timer = null;
      // The stream names every new case in the organization; the count is of those this view would show
      // (the user's sites, the current filters), read from the view's own first page. The same page refreshes
      // the rows it holds, which is also how rows catch up after a gap in the stream.
      if (checkFirstPage) {
        checkFirstPage = false;
        const shown = new Set(itemsRef.current.map((c) => c.id));
        const newest = itemsRef.current.reduce((max, c) => (c.createdAt > max ? c.createdAt : max), '');
        const page = await api.listCases(casesApiQuery(filtersRef.current, null, PAGE)).catch(() => null);
        const fresh = page?.items.filter((c) => !shown.has(c.id) && (c.createdAt > newest || joining.has(c.id))).length ?? 0;
        joining.clear();
        if (fresh > 0) {
          setNewCount(fresh);
          announce(fresh === 1 ? '1 new case' : `${fresh} new cases`);
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
        if (event.kind === 'created') checkFirstPage = true;
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
    state,
    error,
    newCount,
    streamOpen,
    reload: useCallback(() => setTick((t) => t + 1), []),
    loadMore,
    replace: useCallback((updated: CaseSummary[]) => {
      const byId = new Map(updated.map((c) => [c.id, c]));
      setItems((current) => current.map((c) => byId.get(c.id) ?? c));
    }, []),
  };
}

/** A case detail carries posts and timeline too; the list keeps only the summary fields. */
function summaryOf(detail: CaseDetail): CaseSummary {
  const { posts: _p, clocks: _c, timeline: _t, replies: _r, author: _a, allowedTransitions: _x, ...summary } = detail;
  return summary;
}
