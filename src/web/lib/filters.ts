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

/** The query sent to GET /cases: the open statuses unless the view asks otherwise. */
export function casesApiQuery(filters: InboxFilters, cursor: string | null, limit = 50): URLSearchParams {
  const { status, ...rest } = filters;
  const query = filtersToQuery(rest);
  if (!status) query.set('status', OPEN_STATUSES.join(','));
  else if (!status.includes(ALL_STATUSES)) query.set('status', status.join(','));
  query.set('limit', String(limit));
  if (cursor) query.set('cursor', cursor);
  return query;
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
  { id: 'mine', name: 'My cases', filters: { assignee: ['me'] } },
  { id: 'risk', name: 'Risk', filters: { risk: ['harm', 'legal', 'crisis', 'privacy'], sort: 'priority' } },
  { id: 'now', name: 'In the building now', filters: { timing: ['now'], sort: 'due' } },
  { id: 'breaching', name: 'Breaching soon', filters: { clockState: ['warning', 'breached'], sort: 'due' } },
  { id: 'approval', name: 'Awaiting approval', filters: { awaiting: 'approval', sort: 'oldest' } },
  { id: 'posting', name: 'To post by hand', filters: { awaiting: 'posting', sort: 'oldest' } },
];

/** The saved view the current filters are exactly, if any, so its tab shows as current. */
export function matchingView(filters: InboxFilters): SavedView | undefined {
  const key = filtersToQuery(filters).toString();
  return SAVED_VIEWS.find((v) => filtersToQuery(v.filters).toString() === key);
}
