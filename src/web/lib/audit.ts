// The audit log screen's filters and the API query they become (GET /audit and its CSV export take the same one).

/** What the form holds: dates are the viewer's own calendar days, both included. Empty means "any". */
export interface AuditFilters {
  actor: string;
  action: string;
  entity: string;
  /** "#140" or "140": everything about that case, its posts and replies. */
  caseNumber: string;
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { actor: '', action: '', entity: '', caseNumber: '', from: '', to: '' };

export const AUDIT_PAGE_SIZE = 50;

/** Suggestions for the free-text fields; the server accepts any value, so an action added later still works. */
export const KNOWN_AUDIT_ACTIONS = [
  'audit.export', 'audit.read', 'auth.login', 'auth.login_failed', 'auth.logout', 'case.list', 'case.merge', 'case.note', 'case.outreach', 'case.read', 'case.read_denied', 'case.update', 'change.refused',
  'channel_account.poll', 'job.retry', 'post.forward', 'post.ingest', 'post.list', 'post.read', 'reply.approve', 'reply.create', 'reply.export',
  'reply.mark_posted', 'reply.override', 'reply.reject', 'report.export', 'report.read', 'settings.update', 'upload.read', 'user.preferences',
] as const;
export const KNOWN_AUDIT_ENTITIES = ['audit', 'case', 'channel_account', 'job', 'post', 'reply', 'report', 'upload', 'user'] as const;

/** Local midnight of a YYYY-MM-DD day, `days` later, as the instant the API filters on. */
function localMidnight(day: string, days = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + days).toISOString();
}

/** Problems by field, worded for the place they are shown; empty when the filters can be sent. */
export function auditFilterProblems(f: AuditFilters): Map<keyof AuditFilters, string> {
  const problems = new Map<keyof AuditFilters, string>();
  if (f.from && f.to && f.from > f.to) problems.set('to', 'The end date must be on or after the start date.');
  if (f.caseNumber.trim() && !/^#?[1-9]\d{0,8}$/.test(f.caseNumber.trim())) problems.set('caseNumber', 'A case number, such as 140.');
  return problems;
}

/** The query for one page (`before`: the cursor of the page before it) or, without paging, for the export. */
export function auditQuery(f: AuditFilters, page?: { before: string | null; limit: number }): URLSearchParams {
  const q = new URLSearchParams();
  if (f.actor) q.set('actor', f.actor);
  if (f.action.trim()) q.set('action', f.action.trim());
  if (f.entity.trim()) q.set('entity', f.entity.trim());
  if (f.caseNumber.trim()) q.set('caseNumber', f.caseNumber.trim().replace(/^#/, ''));
  if (f.from) q.set('from', localMidnight(f.from));
  // `to` is exclusive on the server: the start of the day after the last one asked for.
  if (f.to) q.set('to', localMidnight(f.to, 1));
  if (page?.before) q.set('before', page.before);
  if (page) q.set('limit', String(page.limit));
  return q;
}
