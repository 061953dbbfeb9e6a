// The inbox query: filters, site scope and keyset pagination built into one SQL statement that the case indexes
// serve (status/created_at, site/created_at, next_due_at, GIN on categories, risks and the search vector), and the
// capped count of the same filters ("50 of 141"), which reads at most TOTAL_CAP + 1 rows however many match.
import { Type, type Static } from '@sinclair/typebox';
import { NOT_RECORDED } from '../domain/cases/outcomes.js';
import type { Principal } from './auth.js';
import { badRequest } from './errors.js';
import { confidentialFilter } from './confidential.js';
import { CLOCK_OUTCOMES, clockOutcomeSql, isClockOutcome } from './clock-outcomes.js';

export const CaseListQuery = Type.Object(
  {
    status: Type.Optional(Type.String({ description: 'statuses separated by commas; all (or none given) for every status' })),
    site: Type.Optional(Type.String()),
    team: Type.Optional(Type.String()),
    assignee: Type.Optional(
      Type.String({ description: 'user id, "me" or "none"; "me" also takes in the cases a clock escalated to the reader while that clock is still open' }),
    ),
    platform: Type.Optional(Type.String()),
    category: Type.Optional(Type.String()),
    risk: Type.Optional(Type.String()),
    timing: Type.Optional(Type.String()),
    clockState: Type.Optional(
      Type.String({
        description: 'running, warning or breached (the next clock); with clock: met, met_late, breached or running (that clock, as the compliance report counts it). Several separated by commas match any',
      }),
    ),
    clock: Type.Optional(Type.String({ description: 'clock name, with clockState for drill-downs' })),
    outcome: Type.Optional(Type.String({ description: 'how ended cases ended (resolved_with_patient, …); not_recorded for an ended case without one; several separated by commas' })),
    day: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'cases opened on this day, in the same time zone as from' })),
    from: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: "cases opened on or after this day, as the reports count them: in the site's time zone when one site is filtered, else the organization's (UTC when it has none)" })),
    to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'cases opened on or before this day, in the same time zone as from' })),
    author: Type.Optional(Type.String()),
    awaiting: Type.Optional(
      Type.Union([Type.Literal('approval'), Type.Literal('posting')], {
        description: 'approval: a public reply waits for an approver; posting: a reply waits to be posted by hand',
      }),
    ),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    sort: Type.Optional(
      Type.Union([Type.Literal('newest'), Type.Literal('oldest'), Type.Literal('due'), Type.Literal('priority')], {
        description: 'newest (the default), oldest, priority, or due: breached first (the longest overdue first), then the soonest due, then the most urgent',
      }),
    ),
    limit: Type.Optional(Type.String({ pattern: '^\\d+$' })),
    cursor: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type CaseListQuery = Static<typeof CaseListQuery>;

const list = (v?: string) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);

export const SUMMARY_COLUMNS = `c.id, c.number, c.status, c.priority, c.site_id AS "siteId", s.name AS "siteName", c.team_id AS "teamId", t.name AS "teamName",
  c.assignee_id AS "assigneeId", u.name AS "assigneeName", c.confidential, c.grievance, c.tags, c.categories, c.risks, c.severity, c.timing,
  c.platform, a.display_name AS "authorName", a.handle AS "authorHandle", c.excerpt, c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  c.version, c.next_clock AS "nextClock", c.approval_required AS "approvalRequired", c.author_id AS "authorId", c.merged_into AS "mergedInto", c.outcome`;

export const SUMMARY_JOINS = `LEFT JOIN sites s ON s.id = c.site_id LEFT JOIN teams t ON t.id = c.team_id
  LEFT JOIN users u ON u.id = c.assignee_id LEFT JOIN authors a ON a.id = c.author_id`;

const PRIORITY_RANK = `(CASE c.priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END)`;
// The "due" order's second key, negated so the whole order runs one way (a row comparison and one index serve it);
// migration 014 indexes this very expression.
const DUE_TIE = `(-${PRIORITY_RANK})`;
const DUE_KEY = `COALESCE(c.next_due_at, 'infinity'::timestamptz)`;

/** "50 of 1,000+": counting stops here, so a count costs no more than reading this many rows. */
export const TOTAL_CAP = 1000;

// The case's next due clock, as the inbox shows it. Its warning time has an indexed column of its own (migration 014,
// computed from next_clock), so "warning or breached" is two index ranges, not a read of every open case's clock.
const CLOCK_STATE_SQL: Record<string, (now: string) => string> = {
  breached: (n) => `c.next_due_at <= ${n}`,
  warning: (n) => `(c.next_due_at > ${n} AND c.next_warning_at <= ${n})`,
  running: (n) => `c.next_due_at > ${n}`,
};

/**
 * The cases whose clock escalated to `me` (a user id parameter) and is still owed: neither met nor stopped with its
 * case. The sweep records each escalation step as an `escalation` notification to the person it reached, keyed
 * `clock:<case>:<clock>:escalation:<step>` (src/app/sweep-clocks.ts); a breach told to the assignee shares the kind
 * but not the key, and is not an escalation to them. Uncorrelated, so PostgreSQL runs it once per query (an
 * InitPlan) from the reader's own notifications (notifications_user), not once per case.
 */
const escalatedTo = (me: string) => `ARRAY(SELECT DISTINCT n.case_id FROM notifications n
    JOIN clocks k ON k.case_id = n.case_id AND k.name = n.payload->>'clock'
   WHERE n.user_id = ${me} AND n.kind = 'escalation' AND n.idempotency_key LIKE 'clock:%:escalation:%' AND k.state NOT IN ('met', 'stopped'))`;

interface Cursor {
  k: string | number | null;
  /** The "due" order's priority key. */
  p?: number;
  t: string;
  id: string;
}

/**
 * The conditions of a list query on the case alias `c`: the reader's sites and confidential access, then each filter.
 * Its parameters are added to `params`. A filter's bad value is a 400 naming it.
 */
export function caseListWhere(q: CaseListQuery, who: Principal, now: Date, params: unknown[], timeZone: string): string[] {
  const p = (v: unknown) => `$${params.push(v)}`;
  const where: string[] = ['c.merged_into IS NULL'];
  if (who.role !== 'admin' && who.sites.length) where.push(`c.site_id = ANY(${p(who.sites)}::text[])`);
  const hidden = confidentialFilter(who, params);
  if (hidden) where.push(hidden);
  // "all", as the web app's drill-down links say it, means every status, the same as leaving status out.
  const statuses = list(q.status).filter((v) => v !== 'all');
  if (statuses.length) where.push(`c.status = ANY(${p(statuses)}::text[])`);
  if (q.site) where.push(q.site === 'none' ? 'c.site_id IS NULL' : `c.site_id = ANY(${p(list(q.site))}::text[])`);
  if (q.team) where.push(`c.team_id = ANY(${p(list(q.team))}::text[])`);
  if (q.assignee === 'none') where.push('c.assignee_id IS NULL');
  else if (q.assignee === 'me') {
    // An API token is nobody: "me" matches no case for it rather than every unassigned one.
    const me = p(who.userId ?? null);
    where.push(`(c.assignee_id = ${me} OR c.id = ANY(${escalatedTo(`${me}::uuid`)}))`);
  } else if (q.assignee) where.push(`c.assignee_id::text = ANY(${p(list(q.assignee))}::text[])`);
  if (q.platform) where.push(`c.platform = ANY(${p(list(q.platform))}::text[])`);
  if (q.category) where.push(`c.categories && ${p(list(q.category))}::text[]`);
  if (q.outcome) {
    const wanted = list(q.outcome);
    // "not_recorded": an ended case nobody gave an outcome, as the outcomes report counts it.
    where.push(`(c.outcome = ANY(${p(wanted)}::text[])${wanted.includes(NOT_RECORDED) ? ` OR (c.outcome IS NULL AND c.status IN ('resolved', 'closed'))` : ''})`);
  }
  if (q.risk) where.push(q.risk === 'any' ? `cardinality(c.risks) > 0` : `c.risks && ${p(list(q.risk))}::text[]`);
  if (q.timing) where.push(`c.timing = ANY(${p(list(q.timing))}::text[])`);
  if (q.author) where.push(`c.author_id::text = ${p(q.author)}`);
  // Written over the replies a person must act on (migration 014 indexes exactly these), so a count of a view of them
  // starts from the few waiting replies instead of probing every open case.
  if (q.awaiting)
    where.push(`c.id IN (SELECT r.case_id FROM replies r WHERE r.status IN ('pending_approval', 'manual') AND r.status = ${p(q.awaiting === 'approval' ? 'pending_approval' : 'manual')})`);
  // A day in the period's zone (period-zone.ts), as the volume report counts it; a bare date would follow the
  // session's TimeZone setting.
  // Bound only when a day filter uses it: PostgreSQL refuses a parameter no statement mentions.
  const zone = q.day || q.from || q.to ? `${p(timeZone)}::text` : '';
  if (q.day) {
    const day = p(q.day);
    where.push(`c.created_at >= (${day}::date::timestamp AT TIME ZONE ${zone}) AND c.created_at < ((${day}::date + 1)::timestamp AT TIME ZONE ${zone})`);
  }
  where.push(...openedWithin(q, p, zone));
  if (q.clock) {
    const outcomes = list(q.clockState).map((outcome) => {
      if (!isClockOutcome(outcome)) throw badRequest('Invalid query', [{ path: 'clockState', message: `with clock, must be ${CLOCK_OUTCOMES.join(', ')}, or several of them separated by commas` }]);
      return outcome;
    });
    let n: string | undefined;
    const nowParam = () => (n ??= p(now));
    const state = outcomes.length ? ` AND (${outcomes.map((o) => clockOutcomeSql(o, 'k', nowParam)).join(' OR ')})` : '';
    where.push(`EXISTS (SELECT 1 FROM clocks k WHERE k.case_id = c.id AND k.name = ${p(q.clock)}${state})`);
  } else if (q.clockState) {
    // Several states are any of them: "overdue or due soon" is warning or breached.
    const n = p(now);
    const states = list(q.clockState).map((state) => {
      const sql = CLOCK_STATE_SQL[state];
      if (!sql) throw badRequest('Invalid query', [{ path: 'clockState', message: 'must be running, warning or breached, or several of them separated by commas' }]);
      return sql(n);
    });
    if (states.length) where.push(`(${states.join(' OR ')})`);
  }
  if (q.q) {
    // "134" or "#134" is how people quote a case to each other.
    const number = /^#?(\d{1,9})$/.exec(q.q.trim());
    // Folded as the search column is (migration 012): accents and the way a phone number is written do not matter.
    const words = `c.search @@ plainto_tsquery('simple', case_search_text(${p(q.q)}))`;
    where.push(number ? `(c.number = ${p(Number(number[1]))} OR ${words})` : words);
  }
  return where;
}

export function buildCaseList(q: CaseListQuery, who: Principal, now: Date, timeZone: string): { sql: string; params: unknown[]; limit: number; sort: string } {
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  const where = caseListWhere(q, who, now, params, timeZone);
  const limit = Math.min(Math.max(Number(q.limit ?? 50), 1), 200);
  const sort = q.sort ?? 'newest';
  const key = sort === 'due' ? DUE_KEY : sort === 'priority' ? PRIORITY_RANK : null;
  const dir = sort === 'oldest' || sort === 'due' ? 'ASC' : 'DESC';
  const cmp = dir === 'ASC' ? '>' : '<';
  if (q.cursor) {
    const c = parseCursor(q.cursor);
    if (sort === 'due') {
      if (typeof c.p !== 'number') throw badRequest('Invalid query', [{ path: 'cursor', message: 'is not a cursor of this sort order' }]);
      where.push(`(${DUE_KEY}, ${DUE_TIE}, c.created_at, c.id) > (${p(c.k)}, ${p(c.p)}::int, ${p(c.t)}::timestamptz, ${p(c.id)}::uuid)`);
    } else if (key) where.push(`(${key}, c.created_at, c.id) ${cmp} (${p(c.k)}, ${p(c.t)}::timestamptz, ${p(c.id)}::uuid)`);
    else where.push(`(c.created_at, c.id) ${cmp} (${p(c.t)}::timestamptz, ${p(c.id)}::uuid)`);
  }
  const order =
    sort === 'due' ? `${DUE_KEY} ASC, ${DUE_TIE} ASC, c.created_at ASC, c.id ASC` : key ? `${key} ${dir}, c.created_at ${dir}, c.id ${dir}` : `c.created_at ${dir}, c.id ${dir}`;
  const mine = who.userId ? `c.id = ANY(${escalatedTo(`${p(who.userId)}::uuid`)})` : 'false';
  const sql = `SELECT ${SUMMARY_COLUMNS}, ${mine} AS "escalatedToMe", ${cursorTime('c.created_at')}${key ? `, ${sort === 'due' ? `(${key})::text` : key} AS "_k"` : ''}${sort === 'due' ? `, ${DUE_TIE} AS "_p"` : ''}
    FROM cases c ${SUMMARY_JOINS} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limit + 1}`;
  return { sql, params, limit, sort };
}

/**
 * How many cases the same filters match, whatever page is asked for: exact up to TOTAL_CAP, else TOTAL_CAP + 1
 * (shown "1,000+"). The LIMIT inside lets PostgreSQL stop early instead of counting every matching case.
 */
export function buildCaseCount(q: CaseListQuery, who: Principal, now: Date, timeZone: string): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const where = caseListWhere({ ...q, cursor: undefined }, who, now, params, timeZone);
  return { sql: `SELECT count(*)::int AS n FROM (SELECT 1 FROM cases c WHERE ${where.join(' AND ')} LIMIT ${TOTAL_CAP + 1}) m`, params };
}

/** The answer's `total` and `totalCapped` from a capped count. */
export const totalOf = (n: number) => ({ total: Math.min(n, TOTAL_CAP), totalCapped: n > TOTAL_CAP });

/** 2025-02-30 matches the pattern but is no day; PostgreSQL would refuse it with a 500. */
export function isCalendarDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
}

/** Days in the period's zone, both ends included, as the dashboard's period: its drill-downs list the cases it counted. */
function openedWithin(q: CaseListQuery, p: (v: unknown) => string, zone: string): string[] {
  for (const field of ['from', 'to'] as const) {
    const day = q[field];
    if (day && !isCalendarDay(day)) throw badRequest('Invalid query', [{ path: field, message: 'is not a calendar day (YYYY-MM-DD)' }]);
  }
  if (q.from && q.to && q.from > q.to) throw badRequest('Invalid query', [{ path: 'to', message: 'must be on or after from' }]);
  return [
    ...(q.from ? [`c.created_at >= (${p(q.from)}::date::timestamp AT TIME ZONE ${zone})`] : []),
    ...(q.to ? [`c.created_at < ((${p(q.to)}::date + 1)::timestamp AT TIME ZONE ${zone})`] : []),
  ];
}

/**
 * The row's time for the cursor, to the microsecond: PostgreSQL keeps microseconds (a case opened at now(), a post
 * sent with them) and a JavaScript Date would cut them, so the next page would skip or repeat rows.
 */
export const cursorTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "_t"`;

/** A row without the keys the cursor needed. */
export const withoutCursorKeys = ({ _k, _p, _t, ...row }: Record<string, unknown>) => (void _k, void _p, void _t, row);

/** Reads a cursor `nextCursor` issued; a 400 naming `cursor` otherwise. */
export function parseCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof c?.t === 'string' && typeof c.id === 'string' && !Number.isNaN(Date.parse(c.t)) && /^[0-9a-f-]{36}$/i.test(c.id)) return c;
  } catch {
    // falls through to the same answer as a well-formed cursor with the wrong fields
  }
  throw badRequest('Invalid query', [{ path: 'cursor', message: 'is not a cursor this server issued' }]);
}

export function nextCursor(rows: Record<string, unknown>[], limit: number): string | null {
  if (rows.length <= limit) return null;
  const last = rows[limit - 1];
  const raw = last._k;
  // The due key is read as PostgreSQL's own text: a driver's Date keeps milliseconds only, and a cursor cut to the
  // millisecond sorts before its own row, which the next page then repeats.
  // A case with nothing due sorts at 'infinity', which one driver reads as an invalid Date and the other as Infinity
  // (JSON would write null, a key no row compares with).
  const k = raw instanceof Date ? (Number.isNaN(raw.getTime()) ? 'infinity' : raw.toISOString()) : raw === Infinity ? 'infinity' : ((raw as string | number | undefined) ?? null);
  const cursor: Cursor = { k, ...(typeof last._p === 'number' ? { p: last._p } : {}), t: last._t as string, id: last.id as string };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}
