// The audit log screen's filters and the API query they become (GET /audit and its CSV export take the same one),
// and its entries in words: the action, how an entry concerns a case, and the details as "key: value".

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

/**
 * Every action the server writes, in plain words, grouped as the Action filter offers them. The one place the codes
 * are worded: the table, its tooltip (the raw code) and the filter all read it.
 */
export const AUDIT_ACTION_GROUPS: { group: string; actions: Record<string, string> }[] = [
  {
    group: 'Cases',
    actions: {
      'case.read': 'Opened the case',
      'case.list': 'Listed cases',
      'case.read_denied': 'Was refused a case (outside their sites, or confidential)',
      'case.update': 'Changed the case',
      'case.note': 'Added a note',
      'case.outreach': 'Logged outreach to the patient',
      'case.merge': 'Merged cases',
      'change.refused': 'Was refused a change',
    },
  },
  {
    group: 'Posts, files and replies',
    actions: {
      'post.read': 'Opened a post',
      'post.list': 'Listed posts',
      'post.ingest': 'Added posts',
      'post.forward': 'Forwarded a private post',
      'upload.read': 'Opened a file kept with a post',
      'reply.create': 'Wrote a reply',
      'reply.override': 'Overrode the reply guard',
      'reply.approve': 'Approved a reply',
      'reply.reject': 'Rejected a reply',
      'reply.mark_posted': 'Marked a reply as posted',
      'reply.export': 'Exported the evidence of replies',
    },
  },
  {
    group: 'Reports and the audit log',
    actions: {
      'report.read': 'Read a report',
      'report.export': 'Exported a report',
      'audit.read': 'Read the audit log',
      'audit.export': 'Exported the audit log',
    },
  },
  {
    group: 'Sign-in and accounts',
    actions: {
      'auth.login': 'Signed in',
      'auth.login_failed': 'Failed to sign in',
      'auth.login_expired_password': 'Tried an expired one-time password',
      'auth.logout': 'Signed out',
      'user.password_changed': 'Changed their password',
      'user.preferences': 'Changed their notification settings',
      'user.add': 'Added a user (command line)',
      'user.passwd': 'Set a one-time password (command line)',
      'user.disable': 'Disabled a user (command line)',
      'token.create': 'Created an API token',
      'token.revoke': 'Revoked an API token',
    },
  },
  {
    group: 'Administration',
    actions: {
      'settings.update': 'Changed settings',
      'channel_account.poll': 'Read a channel account now',
      'destination.test': 'Tested a notification destination',
      'job.retry': 'Retried a failed job',
    },
  },
];

const ACTION_LABELS: Record<string, string> = Object.assign({}, ...AUDIT_ACTION_GROUPS.map((g) => g.actions));

/** The action in plain words; an action this screen does not know yet shows its code rather than nothing. */
export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export const KNOWN_AUDIT_ENTITIES = ['audit', 'case', 'channel_account', 'job', 'post', 'reply', 'report', 'upload', 'user'] as const;

/** How an entry found by case number concerns the case (the API's `via`), as read after the case number. */
const VIA_LABELS: Record<string, string> = { case: 'the case', post: 'a post of the case', reply: 'a reply on the case', upload: 'a file of the case', list: 'in a list' };

export function auditViaLabel(via: string | undefined): string | null {
  return via ? (VIA_LABELS[via] ?? via) : null;
}

const DETAIL_LABELS: Record<string, string> = {
  caseNumbers: 'Cases shown',
  caseId: 'Case id',
  count: 'Entries',
  fields: 'Fields',
  query: 'Filters',
  overrideReason: 'Override reason',
};
const LISTED_AT_MOST = 10;

/** "overrideReason" → "Override reason": a key nobody worded yet still reads as words. */
function keyLabel(key: string): string {
  if (DETAIL_LABELS[key]) return DETAIL_LABELS[key];
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_.]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function valueText(key: string, value: unknown): string {
  if (Array.isArray(value)) {
    const shown = value.slice(0, LISTED_AT_MOST).map((v) => (key === 'caseNumbers' ? `#${v}` : typeof v === 'object' ? JSON.stringify(v) : String(v)));
    const more = value.length - shown.length;
    return value.length === 0 ? 'none' : `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * An entry's details as "key: value" lines, in the order written; empty and missing values are left out, and so are
 * `hidden` keys (the case id of an entry already named by its case number).
 */
export function auditDetailLines(details: Record<string, unknown> | null | undefined, hidden: readonly string[] = []): { label: string; value: string }[] {
  return Object.entries(details ?? {})
    .filter(([k, v]) => v !== undefined && v !== null && v !== '' && !hidden.includes(k))
    .map(([k, v]) => ({ label: keyLabel(k), value: valueText(k, v) }));
}

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
