// Inbox filters live in the URL so views can be bookmarked, shared and reached from dashboard drill-downs.

export const OPEN_STATUSES = ['new', 'triaged', 'acknowledged', 'in_recovery'] as const;

/** Filters with several values; each becomes one comma-separated query parameter. */
export const LIST_FILTERS = [
  'status',
  'site',
  'team',
  'assignee',
  'platform',
  'category',
  'risk',
  'timing',
  'clockState',
  'outcome',
] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/** Filters with one value: free text, sort order and the dashboard drill-down keys. */
export const SINGLE_FILTERS = ['q', 'sort', 'day', 'clock', 'from', 'to', 'awaiting'] as const;
export type SingleFilter = (typeof SINGLE_FILTERS)[number];

export type InboxFilters = Partial<Record<ListFilter, string[]>> & Partial<Record<SingleFilter, string>>;

/** `status=all` in the URL means "every status"; no status means the open queue. */
export const ALL_STATUSES = 'all';

export function filtersFromQuery(query: URLSearchParams): InboxFilters {
  const filters: InboxFilters = {};
  for (const key of LIST_FILTERS) {
    const raw = query.get(key);
    if (raw === null) continue;
    const values = raw.split(',').map((v) => v.trim()).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  for (const key of SINGLE_FILTERS) {
    const raw = query.get(key)?.trim();
    if (raw) filters[key] = raw;
  }
  return filters;
}

/** Stable order (filter list order) so equal filters give equal URLs. */
export function filtersToQuery(filters: InboxFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of LIST_FILTERS) {
    const values = filters[key];
    if (values && values.length > 0) query.set(key, values.join(','));
  }
  for (const key of SINGLE_FILTERS) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  return query;
}

/**
 * The order a view lists in when it names none: what is due first (breached, then the soonest due, then priority)
 * while it shows open cases only, since that is the work waiting; newest first once it shows ended cases too,
 * which owe nothing.
 */
export function defaultSort(filters: InboxFilters): string {
  const status = filters.status;
  const openOnly = !status || status.every((s) => (OPEN_STATUSES as readonly string[]).includes(s));
  return openOnly ? 'due' : 'newest';
}

/** The filters with the order they list in spelled out, so a view saved today keeps its order if the default moves. */
export const withSort = (filters: InboxFilters): InboxFilters => ({ ...filters, sort: filters.sort ?? defaultSort(filters) });

/** The query sent to GET /cases: the open statuses unless the view asks otherwise, in the view's order. */
export function casesApiQuery(filters: InboxFilters, cursor: string | null, limit = 50): URLSearchParams {
  const query = filterQuery(withSort(filters));
  query.set('limit', String(limit));
  if (cursor) query.set('cursor', cursor);
  return query;
}

/** The filters as GET /cases takes them, open statuses filled in. */
function filterQuery(filters: InboxFilters): URLSearchParams {
  const { status, ...rest } = filters;
  const query = filtersToQuery(rest);
  if (!status) query.set('status', OPEN_STATUSES.join(','));
  else if (!status.includes(ALL_STATUSES)) query.set('status', status.join(','));
  return query;
}

/** GET /cases/counts for these views: one `view` parameter each, its id and its filters (the order counts for nothing). */
export function viewCountsQuery(views: readonly SavedView[]): URLSearchParams {
  const query = new URLSearchParams();
  for (const v of views) {
    const { sort: _sort, ...filters } = v.filters;
    query.append('view', `${v.id}:${filterQuery(filters)}`);
  }
  return query;
}

/** "141", or "1,000+" when the server stopped counting. */
export function countLabel(total: number, capped: boolean): string {
  return `${total.toLocaleString('en-US')}${capped ? '+' : ''}`;
}

/** Under the list: "50 of 141", "50 of 1,000+", "All 12 shown"; `more`: another page can be loaded. */
export function shownLabel(shown: number, total: { count: number; capped: boolean } | null, more: boolean): string {
  if (!total) return `${shown} shown`;
  // Live updates may have added rows since the count was taken: never say fewer match than are on screen.
  const count = Math.max(total.count, shown);
  if (!more && !total.capped && count === shown) return shown === 1 ? '1 case' : `All ${shown} shown`;
  return `${shown} of ${countLabel(count, total.capped)}`;
}

export function withFilter(filters: InboxFilters, key: ListFilter, values: string[]): InboxFilters {
  const next = { ...filters };
  if (values.length === 0) delete next[key];
  else next[key] = values;
  return next;
}

export function activeFilterCount(filters: InboxFilters): number {
  return Object.keys(filters).filter((k) => k !== 'sort').length;
}

export interface SavedView {
  id: string;
  name: string;
  filters: InboxFilters;
}

export const SAVED_VIEWS: readonly SavedView[] = [
  { id: 'all-open', name: 'All open', filters: {} },
  // Assigned to me, or escalated to me by a clock still owed (the server's "me").
  { id: 'mine', name: 'My cases', filters: { assignee: ['me'] } },
  { id: 'risk', name: 'Risk', filters: { risk: ['harm', 'legal', 'crisis', 'privacy'], sort: 'priority' } },
  { id: 'now', name: 'In the building now', filters: { timing: ['now'], sort: 'due' } },
  // Breached as well as about to: the name says both, so nobody reads a list of long-overdue cases as "soon".
  { id: 'breaching', name: 'Overdue or due soon', filters: { clockState: ['warning', 'breached'], sort: 'due' } },
  { id: 'approval', name: 'Awaiting approval', filters: { awaiting: 'approval', sort: 'oldest' } },
  { id: 'posting', name: 'To post by hand', filters: { awaiting: 'posting', sort: 'oldest' } },
];

/** The saved view the current filters are exactly, if any, so its tab shows as current. */
export function matchingView(filters: InboxFilters): SavedView | undefined {
  const key = viewKey(filters);
  return SAVED_VIEWS.find((v) => viewKey(v.filters) === key);
}

/** Equal for two views that list the same cases in the same order, whether or not one spells out the default order. */
export const viewKey = (filters: InboxFilters): string => filtersToQuery(withSort(filters)).toString();
