// Reports for the dashboards: volume, complaints by category and site, clock compliance, reply times, take-up of
// "please message us" invitations, and reviews raised after recovery. All aggregation happens in SQL, within the
// viewer's site scope.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import { require } from '../auth.js';
import { audit } from '../audit.js';
import { badRequest, HttpError } from '../errors.js';

const DAY = 86_400_000;

export function registerReportRoutes(app: FastifyInstance, rt: Runtime): void {
  const { db } = rt;
  app.get(
    '/api/v1/reports/summary',
    {
      schema: {
        tags: ['reports'],
        summary: 'Dashboard figures for a period (default: the last 30 days)',
        querystring: Type.Object(
          {
            from: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}' })),
            to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}' })),
            site: Type.Optional(Type.String({ maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => {
      const who = require(req, 'case.read');
      const q = req.query as { from?: string; to?: string; site?: string };
      const to = q.to ? new Date(Date.parse(q.to) + (q.to.length === 10 ? DAY : 0)) : new Date(rt.now().getTime() + 60_000);
      const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY);
      if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw badRequest('Invalid query', [{ path: 'from', message: 'dates must be YYYY-MM-DD' }]);
      const scoped = who.role !== 'admin' && who.sites.length > 0;
      // Zeros for a site the reader cannot see would read as "no complaints there"; the site list itself is no secret.
      if (scoped && q.site && !who.sites.includes(q.site)) throw new HttpError(403, 'forbidden', `Your site scope does not include "${q.site}".`, [{ path: 'site', message: 'outside your sites' }]);
      // $1 from, $2 to, $3 site filter (null = all), $4 scope (null = all)
      const params = [from, to, q.site ?? null, scoped ? who.sites : null];
      const caseScope = `c.created_at >= $1 AND c.created_at < $2 AND c.merged_into IS NULL
        AND ($3::text IS NULL OR c.site_id = $3) AND ($4::text[] IS NULL OR c.site_id = ANY($4::text[]))`;
      const [volume, categories, sites, clocks, firstPublic, firstPrivate, invitations, raised] = await Promise.all([
        db.query(
          `SELECT to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, p.platform, count(*)::int AS count
             FROM posts p LEFT JOIN cases c ON c.id = p.case_id
            WHERE p.created_at >= $1 AND p.created_at < $2
              AND ($3::text IS NULL OR COALESCE(c.site_id, p.listing_site_id) = $3)
              AND ($4::text[] IS NULL OR COALESCE(c.site_id, p.listing_site_id) = ANY($4::text[]))
            GROUP BY 1, 2 ORDER BY 1, 2`,
          params,
        ),
        db.query(`SELECT unnest(c.categories) AS category, count(*)::int AS count FROM cases c WHERE ${caseScope} GROUP BY 1 ORDER BY 2 DESC`, params),
        db.query(
          `SELECT c.site_id AS "siteId", COALESCE(s.name, 'Unknown site') AS "siteName", count(*)::int AS count
             FROM cases c LEFT JOIN sites s ON s.id = c.site_id WHERE ${caseScope} GROUP BY 1, 2 ORDER BY 3 DESC`,
          params,
        ),
        db.query(
          `SELECT k.name AS clock,
                  count(*) FILTER (WHERE k.state = 'met' AND k.data->>'breachedAt' IS NULL)::int AS met,
                  count(*) FILTER (WHERE k.data->>'breachedAt' IS NOT NULL)::int AS breached,
                  count(*) FILTER (WHERE k.state NOT IN ('met') AND k.data->>'breachedAt' IS NULL)::int AS running
             FROM clocks k JOIN cases c ON c.id = k.case_id WHERE ${caseScope} GROUP BY 1 ORDER BY 1`,
          params,
        ),
        replyTimes(`r.kind = 'public'`),
        replyTimes(`r.kind IN ('private', 'email')`),
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
      ]);
      await audit(db, who, req.ip, 'report.read', 'report', 'summary', { from: from.toISOString(), to: to.toISOString(), site: q.site ?? null });
      return {
        from: from.toISOString(),
        to: to.toISOString(),
        volumeByDay: volume.rows,
        complaintsByCategory: categories.rows,
        complaintsBySite: sites.rows,
        clockCompliance: clocks.rows,
        timeToFirstPublicReply: firstPublic,
        timeToPrivateOutreach: firstPrivate,
        invitations: { sent: invitations.rows[0].sent, takenUp: invitations.rows[0].taken },
        reviewsRaisedAfterRecovery: { count: raised.rows[0].count },
      };

      async function replyTimes(kind: string) {
        const r = await db.query<{ median: number | null; p90: number | null; count: number }>(
          `WITH firsts AS (
             SELECT c.id, min(r.sent_at) AS first_at, c.created_at FROM cases c JOIN replies r ON r.case_id = c.id
              WHERE ${kind} AND r.status IN ('sent', 'posted_manually') AND ${caseScope} GROUP BY c.id, c.created_at)
           SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_at - created_at) / 60) AS median,
                  percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_at - created_at) / 60) AS p90,
                  count(*)::int AS count FROM firsts`,
          params,
        );
        const row = r.rows[0];
        const round = (v: number | null) => (v === null ? null : Math.round(Number(v)));
        return { medianMinutes: round(row.median), p90Minutes: round(row.p90), count: row.count };
      }
    },
  );
}
