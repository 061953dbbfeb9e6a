// Reports for the dashboards: volume, complaints by category and site, clock compliance, reply times, take-up of
// "please message us" invitations, and reviews raised after recovery, as JSON for the dashboards and as CSV for a
// spreadsheet. All aggregation happens in SQL, within the viewer's site scope.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import type { Queryable } from '../../store/db.js';
import { require, type Principal } from '../auth.js';
import { audit } from '../audit.js';
import { confidentialFilter } from '../confidential.js';
import { badRequest, HttpError } from '../errors.js';
import { isCalendarDay } from '../cases-query.js';
import { NOT_RECORDED } from '../../domain/cases/outcomes.js';
import { CLOCK_OUTCOMES, clockOutcomeSql, outcomeField, type ClockOutcomeField } from '../clock-outcomes.js';
import { toCsv } from '../csv.js';
import { addDays, formatDate, localDateOf, parseDate, zonedInstant } from '../../domain/calendar/zoned.js';
import { periodZoneFor } from '../period-zone.js';
import { answer, errors } from '../openapi.js';
import { ReportSummary } from './reports-schemas.js';

const DAY = 86_400_000;

const PeriodQuery = Type.Object(
  {
    from: Type.Optional(
      Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}', description: "first day (YYYY-MM-DD) or instant; days are the chosen site's, else the organization's time zone (UTC when it has none), as timeZone in the answer says" }),
    ),
    to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}', description: 'last day, included (YYYY-MM-DD, same zone as from), or an instant, excluded; not before from' })),
    site: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
type PeriodQuery = Static<typeof PeriodQuery>;

const refusals = errors(
  [400, 'An unknown query parameter, a day or date-time that is not one, or `to` before `from`: `details` names it.'],
  401,
  [403, 'Refused (`forbidden`): your role may not read cases, or `site` is outside your sites (`details` names `site`).'],
);

// Documents the file type in the OpenAPI reference; a string payload is sent as it is, never serialized.
const csvResponse = { 200: { description: 'The figures as CSV', content: { 'text/csv': { schema: Type.String({ format: 'binary' }) } } }, ...refusals };

export function registerReportRoutes(app: FastifyInstance, rt: Runtime): void {
  const { db } = rt;
  app.get(
    '/api/v1/reports/summary',
    {
      schema: {
        tags: ['reports'],
        summary: 'Dashboard figures for a period (default: the last 30 days)',
        querystring: PeriodQuery,
        response: { 200: answer('The figures, within your sites (confidential cases you may not open are left out)', ReportSummary), ...refusals },
      },
    },
    async (req) => {
      const who = require(req, 'case.read');
      const q = req.query as PeriodQuery;
      const summary = await reportSummary(db, who, q, rt.now(), periodZoneFor(await rt.org.get(), q.site));
      await audit(db, who, req.ip, 'report.read', 'report', 'summary', { from: summary.from, to: summary.to, site: q.site ?? null });
      return summary;
    },
  );

  app.get(
    '/api/v1/reports/summary.csv',
    { schema: { tags: ['reports'], summary: 'The dashboard figures of a period as CSV, one row per figure', querystring: PeriodQuery, response: csvResponse } },
    async (req, reply) => {
      const who = require(req, 'case.read');
      const q = req.query as PeriodQuery;
      const summary = await reportSummary(db, who, q, rt.now(), periodZoneFor(await rt.org.get(), q.site));
      // Without a site the figures cover the reader's own sites, which the file must say: "all" would claim more.
      const covers = q.site ?? (who.sites.length ? [...who.sites].sort().join('+') : null);
      const rows = summaryRows(summary, covers);
      await audit(db, who, req.ip, 'report.export', 'report', 'summary', { from: summary.from, to: summary.to, site: q.site ?? null, format: 'csv', count: rows.length });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${summaryFilename(summary, covers)}"`)
        .send(toCsv(SUMMARY_CSV_HEADER, rows));
    },
  );
}

/**
 * One end of a period: a day in `timeZone` (a `to` day is included, so it ends at the next midnight there), a
 * date-time with its offset, or a date-time without one, read as a wall clock in `timeZone` (never the server's).
 */
export function periodBound(field: 'from' | 'to', value: string, timeZone = 'UTC'): Date {
  const refuse = () => badRequest('Invalid query', [{ path: field, message: 'must be a date (YYYY-MM-DD) or a date-time' }]);
  if (value.length === 10) {
    if (!isCalendarDay(value)) throw refuse();
    const day = parseDate(value);
    return zonedInstant(field === 'to' ? addDays(day, 1) : day, 0, timeZone);
  }
  const wall = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?$/.exec(value);
  if (wall) {
    const [hour, minute, second] = [Number(wall[2]), Number(wall[3]), Number(wall[4] ?? 0)];
    if (!isCalendarDay(wall[1]) || hour > 23 || minute > 59 || second > 59) throw refuse();
    return new Date(zonedInstant(parseDate(wall[1]), hour * 60 + minute, timeZone).getTime() + second * 1000 + Math.round(Number(wall[5] ?? 0) * 1000));
  }
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw refuse();
  return new Date(t);
}

/** A day alone means that whole day in `timeZone`, so `to` includes its day; a bad or reversed period is refused by field. */
export function reportPeriod(q: PeriodQuery, now: Date, timeZone: string): { from: Date; to: Date } {
  const to = q.to ? periodBound('to', q.to, timeZone) : new Date(now.getTime() + 60_000);
  const from = q.from ? periodBound('from', q.from, timeZone) : new Date(to.getTime() - 30 * DAY);
  if (from >= to) throw badRequest('Invalid query: to must be on or after from', [{ path: 'to', message: 'must be on or after from' }]);
  return { from, to };
}

type Summary = Awaited<ReturnType<typeof reportSummary>>;

/** Every dashboard figure for the period, within the reader's site scope; days are days in `timeZone` (period-zone.ts). */
async function reportSummary(db: Queryable, who: Principal, q: PeriodQuery, now: Date, timeZone: string) {
  const { from, to } = reportPeriod(q, now, timeZone);
  const scoped = who.role !== 'admin' && who.sites.length > 0;
  // Zeros for a site the reader cannot see would read as "no complaints there"; the site list itself is no secret.
  if (scoped && q.site && !who.sites.includes(q.site)) throw new HttpError(403, 'forbidden', `Your site scope does not include "${q.site}".`, [{ path: 'site', message: 'outside your sites' }]);
  // $1 from, $2 to, $3 site filter (null = all), $4 scope (null = all), then the confidential rule's own parameter
  const params: unknown[] = [from, to, q.site ?? null, scoped ? who.sites : null];
  // Confidential cases the reader may not open are left out as the inbox leaves them out: a count must match the
  // list its drill-down opens, and must not tell a viewer how many confidential cases a site has.
  const hidden = confidentialFilter(who, params);
  const nowParam = `$${params.length + 1}`;
  // The inbox drill-down behind each count uses the same outcomes (clock-outcomes.ts), so the two agree.
  const counts = CLOCK_OUTCOMES.map((o) => `count(*) FILTER (WHERE ${clockOutcomeSql(o, 'k', () => nowParam)})::int AS "${outcomeField(o)}"`);
  const caseScope = `c.created_at >= $1 AND c.created_at < $2 AND c.merged_into IS NULL
    AND ($3::text IS NULL OR c.site_id = $3) AND ($4::text[] IS NULL OR c.site_id = ANY($4::text[]))${hidden ? ` AND ${hidden}` : ''}`;
  const [volume, categories, sites, clocks, firstPublic, firstPrivate, invitations, raised, outcomes, posts] = await Promise.all([
    // New cases, not posts: each bar opens the list of exactly the cases it counts (`day` and `platform` filters).
    db.query<{ day: string; platform: string; count: number }>(
      `SELECT to_char(c.created_at AT TIME ZONE $${params.length + 1}::text, 'YYYY-MM-DD') AS day, c.platform, count(*)::int AS count
         FROM cases c WHERE ${caseScope} GROUP BY 1, 2 ORDER BY 1, 2`,
      [...params, timeZone],
    ),
    db.query<{ category: string; count: number }>(`SELECT unnest(c.categories) AS category, count(*)::int AS count FROM cases c WHERE ${caseScope} GROUP BY 1 ORDER BY 2 DESC`, params),
    db.query<{ siteId: string | null; siteName: string; count: number }>(
      `SELECT c.site_id AS "siteId", COALESCE(s.name, 'Unknown site') AS "siteName", count(*)::int AS count
         FROM cases c LEFT JOIN sites s ON s.id = c.site_id WHERE ${caseScope} GROUP BY 1, 2 ORDER BY 3 DESC`,
      params,
    ),
    db.query<{ clock: string } & Record<ClockOutcomeField, number>>(
      `SELECT k.name AS clock, ${counts.join(', ')}
         FROM clocks k JOIN cases c ON c.id = k.case_id WHERE ${caseScope} GROUP BY 1 ORDER BY 1`,
      [...params, now],
    ),
    replyTimes(`r.kind = 'public'`),
    replyTimes(`r.kind IN ('private', 'email')`, true),
    db.query<{ sent: number; taken: number }>(
      `SELECT count(*)::int AS sent,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM posts p WHERE p.author_id = c.author_id AND p.visibility = 'private' AND p.created_at > r.sent_at))::int AS taken
         FROM replies r JOIN cases c ON c.id = r.case_id
        WHERE r.invites_contact AND r.status IN ('sent', 'posted_manually') AND ${caseScope}`,
      params,
    ),
    db.query<{ count: number }>(
      `SELECT count(DISTINCT p.id)::int AS count
         FROM post_revisions pr JOIN posts p ON p.id = pr.post_id JOIN cases c ON c.id = p.case_id
        WHERE p.rating > pr.rating AND ${caseScope}
          AND EXISTS (SELECT 1 FROM replies r WHERE r.case_id = c.id AND r.status IN ('sent', 'posted_manually') AND r.sent_at < pr.replaced_at)`,
      params,
    ),
    // How the period's cases that have ended ended; each count opens its list with `outcome=` (and not_recorded).
    db.query<{ outcome: string; count: number }>(
      `SELECT COALESCE(c.outcome, '${NOT_RECORDED}') AS outcome, count(*)::int AS count FROM cases c
        WHERE ${caseScope} AND c.status IN ('resolved', 'closed') GROUP BY 1 ORDER BY 2 DESC, 1`,
      params,
    ),
    // Every post that came in (praise, replies in a thread, posts joining an open case), beside the cases they opened.
    db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM posts p LEFT JOIN cases c ON c.id = p.case_id
        WHERE p.created_at >= $1 AND p.created_at < $2
          AND ($3::text IS NULL OR COALESCE(c.site_id, p.listing_site_id) = $3)
          AND ($4::text[] IS NULL OR COALESCE(c.site_id, p.listing_site_id) = ANY($4::text[]))${hidden ? ` AND ${hidden}` : ''}`,
      params,
    ),
  ]);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    timeZone,
    postsReceived: posts.rows[0].count,
    outcomes: outcomes.rows,
    volumeByDay: volume.rows,
    complaintsByCategory: categories.rows,
    complaintsBySite: sites.rows,
    clockCompliance: clocks.rows,
    timeToFirstPublicReply: firstPublic,
    timeToPrivateOutreach: firstPrivate,
    invitations: { sent: invitations.rows[0].sent, takenUp: invitations.rows[0].taken },
    reviewsRaisedAfterRecovery: { count: raised.rows[0].count },
  };

  /** `calls`: outreach logged outside Redress that reached the patient (a call, a visit) counts as a private reply. */
  async function replyTimes(kind: string, calls = false) {
    const r = await db.query<{ median: number | null; p90: number | null; count: number }>(
      `WITH contacts AS (
         SELECT r.case_id, r.sent_at AS at FROM replies r WHERE ${kind} AND r.status IN ('sent', 'posted_manually')
         ${calls ? `UNION ALL SELECT e.case_id, e.created_at FROM case_events e WHERE e.type = 'outreach.logged' AND (e.data->>'reached')::boolean` : ''}),
       firsts AS (
         SELECT c.id, min(k.at) AS first_at, c.created_at FROM cases c JOIN contacts k ON k.case_id = c.id
          WHERE ${caseScope} GROUP BY c.id, c.created_at)
       SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_at - created_at) / 60) AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_at - created_at) / 60) AS p90,
              count(*)::int AS count FROM firsts`,
      params,
    );
    const row = r.rows[0];
    const round = (v: number | null) => (v === null ? null : Math.round(Number(v)));
    return { medianMinutes: round(row.median), p90Minutes: round(row.p90), count: row.count };
  }
}

const SUMMARY_CSV_HEADER = ['section', 'item', 'measure', 'value'] as const;

/** One row per figure the dashboard shows, led by the period and site they cover (long format, for pivot tables). */
function summaryRows(s: Summary, site: string | null): (string | number | null)[][] {
  const times = (section: string, t: Summary['timeToFirstPublicReply']) => [
    [section, '', 'median_minutes', t.medianMinutes],
    [section, '', 'p90_minutes', t.p90Minutes],
    [section, '', 'cases', t.count],
  ];
  return [
    ['period', '', 'from', s.from],
    ['period', '', 'to', s.to],
    ['period', '', 'site', site ?? 'all'],
    ['period', '', 'time_zone', s.timeZone],
    ['posts_received', '', 'posts', s.postsReceived],
    ...s.volumeByDay.map((v) => ['new_cases_by_day', v.day, v.platform, v.count]),
    ...s.complaintsByCategory.map((c) => ['complaints_by_category', c.category, 'complaints', c.count]),
    ...s.complaintsBySite.map((c) => ['complaints_by_site', c.siteName, 'complaints', c.count]),
    ...s.clockCompliance.flatMap((c) => CLOCK_OUTCOMES.map((o) => ['clock_compliance', c.clock, o, c[outcomeField(o)]])),
    ...times('time_to_first_public_reply', s.timeToFirstPublicReply),
    ...times('time_to_private_outreach', s.timeToPrivateOutreach),
    ['invitations', '', 'sent', s.invitations.sent],
    ['invitations', '', 'taken_up', s.invitations.takenUp],
    ['reviews_raised_after_recovery', '', 'count', s.reviewsRaisedAfterRecovery.count],
    ...s.outcomes.map((o) => ['outcomes', o.outcome, 'cases', o.count]),
  ];
}

/** Names the days covered (the last one included, as days of the period's zone) and the site, so two downloads are told apart. */
function summaryFilename(s: Summary, site: string | null): string {
  const day = (instant: number) => formatDate(localDateOf(new Date(instant), s.timeZone));
  const where = site ? `-${site.replace(/[^A-Za-z0-9_-]/g, '_')}` : '';
  return `redress-dashboard-${day(Date.parse(s.from))}-to-${day(Date.parse(s.to) - 1)}${where}.csv`;
}
