// The inbox query: filters, site scope and keyset pagination built into one SQL statement that the case indexes
// serve (status/created_at, site/created_at, next_due_at, GIN on categories, risks and the search vector).
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
    assignee: Type.Optional(Type.String({ description: 'user id, "me" or "none"' })),
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
    day: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    from: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'cases opened on or after this UTC day, as the reports count them' })),
    to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'cases opened on or before this UTC day' })),
    author: Type.Optional(Type.String()),
    awaiting: Type.Optional(
      Type.Union([Type.Literal('approval'), Type.Literal('posting')], {
        description: 'approval: a public reply waits for an approver; posting: a reply waits to be posted by hand',
      }),
    ),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    sort: Type.Optional(Type.Union([Type.Literal('newest'), Type.Literal('oldest'), Type.Literal('due'), Type.Literal('priority')])),
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

// The case's next due clock, as the inbox shows it.
const CLOCK_STATE_SQL: Record<string, (now: string) => string> = {
  breached: (n) => `c.next_due_at <= ${n}`,
  warning: (n) => `(c.next_due_at > ${n} AND (c.next_clock->>'warningAt')::timestamptz <= ${n})`,
  running: (n) => `c.next_due_at > ${n}`,
};

interface Cursor {
  k: string | number | null;
  t: string;
  id: string;
}

export function buildCaseList(q: CaseListQuery, who: Principal, now: Date): { sql: string; params: unknown[]; limit: number; sort: string } {
  const params: unknown[] = [];
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
  else if (q.assignee === 'me') where.push(`c.assignee_id = ${p(who.userId)}`);
  else if (q.assignee) where.push(`c.assignee_id::text = ANY(${p(list(q.assignee))}::text[])`);
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
  if (q.awaiting) where.push(`EXISTS (SELECT 1 FROM replies r WHERE r.case_id = c.id AND r.status = ${p(q.awaiting === 'approval' ? 'pending_approval' : 'manual')})`);
  // A UTC day, as the volume report counts it; a bare date would follow the session's TimeZone setting.
  if (q.day) {
    const day = p(q.day);
    where.push(`c.created_at >= (${day}::date::timestamp AT TIME ZONE 'UTC') AND c.created_at < ((${day}::date + 1)::timestamp AT TIME ZONE 'UTC')`);
  }
  where.push(...openedWithin(q, p));
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
    // Several states are any of them: "breaching soon" is warning or breached.
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

  const limit = Math.min(Math.max(Number(q.limit ?? 50), 1), 200);
  const sort = q.sort ?? 'newest';
  const key =
    sort === 'due' ? `COALESCE(c.next_due_at, 'infinity'::timestamptz)` : sort === 'priority' ? PRIORITY_RANK : null;
  const dir = sort === 'oldest' || sort === 'due' ? 'ASC' : 'DESC';
  const cmp = dir === 'ASC' ? '>' : '<';
  if (q.cursor) {
    const c = parseCursor(q.cursor);
    if (key) where.push(`(${key}, c.created_at, c.id) ${cmp} (${p(c.k)}, ${p(c.t)}::timestamptz, ${p(c.id)}::uuid)`);
    else where.push(`(c.created_at, c.id) ${cmp} (${p(c.t)}::timestamptz, ${p(c.id)}::uuid)`);
  }
  const order = key ? `${key} ${dir}, c.created_at ${dir}, c.id ${dir}` : `c.created_at ${dir}, c.id ${dir}`;
  const sql = `SELECT ${SUMMARY_COLUMNS}, ${cursorTime('c.created_at')}${key ? `, ${key} AS "_k"` : ''} FROM cases c ${SUMMARY_JOINS}
    WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limit + 1}`;
  return { sql, params, limit, sort };
}

/** 2025-02-30 matches the pattern but is no day; PostgreSQL would refuse it with a 500. */
export function isCalendarDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
}

/** UTC days, both ends included, as the dashboard's period: its drill-downs list the cases it counted. */
function openedWithin(q: CaseListQuery, p: (v: unknown) => string): string[] {
  for (const field of ['from', 'to'] as const) {
    const day = q[field];
    if (day && !isCalendarDay(day)) throw badRequest('Invalid query', [{ path: field, message: 'is not a calendar day (YYYY-MM-DD)' }]);
  }
  if (q.from && q.to && q.from > q.to) throw badRequest('Invalid query', [{ path: 'to', message: 'must be on or after from' }]);
  return [
    ...(q.from ? [`c.created_at >= (${p(q.from)}::date::timestamp AT TIME ZONE 'UTC')`] : []),
    ...(q.to ? [`c.created_at < ((${p(q.to)}::date + 1)::timestamp AT TIME ZONE 'UTC')`] : []),
  ];
}

/**
 * The row's time for the cursor, to the microsecond: PostgreSQL keeps microseconds (a case opened at now(), a post
 * sent with them) and a JavaScript Date would cut them, so the next page would skip or repeat rows.
 */
export const cursorTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "_t"`;

/** A row without the keys the cursor needed. */
export const withoutCursorKeys = ({ _k, _t, ...row }: Record<string, unknown>) => (void _k, void _t, row);

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
  const k = raw instanceof Date ? (Number.isNaN(raw.getTime()) ? 'infinity' : raw.toISOString()) : ((raw as string | number | undefined) ?? null);
  const cursor: Cursor = { k, t: last._t as string, id: last.id as string };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}
