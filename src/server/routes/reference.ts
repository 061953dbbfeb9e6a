// People and places (sites, teams, users), who is on call, the user's notifications, stats, the audit trail and
// failed jobs. Directory reads are not PHI; notification and audit reads are scoped and audited.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import { require } from '../auth.js';
import { audit } from '../audit.js';
import { notFound } from '../errors.js';
import { onCallAt } from '../../domain/oncall/index.js';
import { mayBeAssigned } from '../../domain/permissions.js';
import type { Role } from '../../config/file-schema.js';
import { UserPrefsSchema, type UserPrefs } from '../../notify/index.js';
import { isValidTimeZone } from '../../config/load-file.js';
import { badRequest } from '../errors.js';
import { toCsv } from '../csv.js';

const USER_COLUMNS = `id, email, name, role, sites, disabled_at AS "disabledAt"`;

const UsersQuery = Type.Object(
  {
    assignableFor: Type.Optional(
      Type.String({ minLength: 1, maxLength: 2000, description: 'comma-separated site ids, "none" for a case without a site: users who may be assigned cases of all of them' }),
    ),
  },
  { additionalProperties: false },
);

/** The sites named by `assignableFor` (null for "none"), each checked against the organization. */
function assignmentSites(org: { sites: Map<string, unknown> }, list: string): (string | null)[] {
  const ids = list.split(',').map((s) => s.trim());
  const problems = ids.flatMap((id) => (id === 'none' || org.sites.has(id) ? [] : [{ path: 'assignableFor', message: `no site "${id}"` }]));
  if (problems.length) throw badRequest(`Invalid querystring: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, problems);
  return ids.map((id) => (id === 'none' ? null : id));
}

export function registerReferenceRoutes(app: FastifyInstance, rt: Runtime): void {
  const { db } = rt;

  app.get('/api/v1/sites', { schema: { tags: ['organization'], summary: 'Sites of the organization' } }, async (req) => {
    require(req);
    const org = await rt.org.get();
    return org.profile.sites;
  });

  app.get('/api/v1/teams', { schema: { tags: ['organization'], summary: 'Teams with members' } }, async (req) => {
    require(req);
    const org = await rt.org.get();
    return org.teams.map((t) => ({ ...t, members: t.members.map((email) => ({ email, id: org.userIdByEmail.get(email.toLowerCase()) ?? null })) }));
  });

  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: ['organization'],
        summary: 'Users (a disabled one has disabledAt); with assignableFor, only the active users who may be assigned cases of those sites',
        querystring: UsersQuery,
      },
    },
    async (req) => {
      require(req);
      const { assignableFor } = req.query as { assignableFor?: string };
      if (assignableFor === undefined) return (await db.query(`SELECT ${USER_COLUMNS} FROM users ORDER BY name`)).rows;
      const sites = assignmentSites(await rt.org.get(), assignableFor);
      const r = await db.query<{ role: Role; sites: string[] }>(`SELECT ${USER_COLUMNS} FROM users WHERE disabled_at IS NULL ORDER BY name`);
      return r.rows.filter((u) => sites.every((site) => mayBeAssigned(u, site)));
    },
  );

  app.get('/api/v1/oncall', { schema: { tags: ['organization'], summary: 'Who is on call now for each team' } }, async (req) => {
    require(req);
    const org = await rt.org.get();
    const now = rt.now();
    return org.teams
      .filter((t) => t.rotation)
      .map((t) => {
        const duty = onCallAt(t.rotation!, now);
        const userId = duty ? org.userIdByEmail.get(duty.user.toLowerCase()) : undefined;
        const user = userId ? org.userById.get(userId) : undefined;
        return { teamId: t.id, teamName: t.name, user: user ? { id: user.id, name: user.name, email: user.email } : null, until: duty?.to ?? null, override: duty?.override ?? false };
      });
  });

  app.get('/api/v1/notifications', { schema: { tags: ['notifications'], summary: "The signed-in user's notifications, newest first" } }, async (req) => {
    const who = require(req);
    const r = await db.query(
      `SELECT id, kind, subject, case_id AS "caseId", urgent, created_at AS "createdAt", read_at AS "readAt" FROM notifications
        WHERE user_id = $1 ORDER BY created_at DESC LIMIT 100`,
      [who.userId],
    );
    return r.rows;
  });

  app.post('/api/v1/notifications/:id/read', { schema: { tags: ['notifications'], summary: 'Mark a notification read', params: Type.Object({ id: Type.String({ format: 'uuid' }) }) } }, async (req) => {
    const who = require(req);
    const r = await db.query(`UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`, [(req.params as { id: string }).id, who.userId]);
    if (r.rowCount === 0) throw notFound('No such notification.');
    return { ok: true };
  });

  // The signed-in user's own notifications only; like reading one, it is not audited.
  app.post('/api/v1/me/notifications/read-all', { schema: { tags: ['notifications'], summary: 'Mark all of your notifications read' } }, async (req) => {
    const who = require(req);
    const r = await db.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [who.userId]);
    return { marked: r.rowCount ?? 0 };
  });

  app.get('/api/v1/me/preferences', { schema: { tags: ['notifications'], summary: 'Your notification preferences' } }, async (req) => {
    const who = require(req);
    const r = await db.query<{ prefs: UserPrefs }>('SELECT prefs FROM users WHERE id = $1', [who.userId]);
    return r.rows[0]?.prefs?.mode ? r.rows[0].prefs : { mode: 'immediate' };
  });

  app.put(
    '/api/v1/me/preferences',
    { schema: { tags: ['notifications'], summary: 'Immediate or daily digest, and quiet hours (urgent pages still break through)', body: UserPrefsSchema } },
    async (req) => {
      const who = require(req);
      if (!who.userId) throw badRequest('Preferences belong to a signed-in user, not an API token.');
      const prefs = req.body as UserPrefs;
      for (const [path, tz] of [['timeZone', prefs.timeZone], ['quietHours.timeZone', prefs.quietHours?.timeZone]] as const)
        if (tz && !isValidTimeZone(tz)) throw badRequest('Invalid preferences', [{ path, message: `unknown time zone "${tz}"` }]);
      await db.query('UPDATE users SET prefs = $2 WHERE id = $1', [who.userId, JSON.stringify(prefs)]);
      await audit(db, who, req.ip, 'user.preferences', 'user', who.userId);
      return prefs;
    },
  );

  app.get('/api/v1/stats', { schema: { tags: ['operations'], summary: 'Counts of posts, cases, open cases and jobs' } }, async (req) => {
    const who = require(req);
    // A reader of some sites counts what those sites hold (a post by its case's site, else its listing's): the
    // system's totals would say how busy the other hospitals are.
    const scoped = who.sites.length > 0;
    const r = await db.query<{ posts: number; cases: number; open: number }>(
      scoped
        ? `SELECT (SELECT count(*)::int FROM posts p LEFT JOIN cases c ON c.id = p.case_id WHERE COALESCE(c.site_id, p.listing_site_id) = ANY($1::text[])) AS posts,
                  (SELECT count(*)::int FROM cases WHERE site_id = ANY($1::text[])) AS cases,
                  (SELECT count(*)::int FROM cases WHERE site_id = ANY($1::text[]) AND status NOT IN ('resolved', 'closed')) AS open`
        : `SELECT (SELECT count(*)::int FROM posts) AS posts, (SELECT count(*)::int FROM cases) AS cases,
                  (SELECT count(*)::int FROM cases WHERE status NOT IN ('resolved', 'closed')) AS open`,
      scoped ? [who.sites] : [],
    );
    const jobs = await rt.queue.stats();
    return { posts: r.rows[0].posts, cases: r.rows[0].cases, openCases: r.rows[0].open, jobs: { queued: jobs.queued, active: jobs.active, failed: jobs.failed } };
  });

  app.get('/api/v1/jobs/failed', { schema: { tags: ['operations'], summary: 'Failed jobs and dead-lettered notifications (admin)' } }, async (req) => {
    require(req, 'jobs.manage');
    const dead = await db.query(`SELECT id, kind, subject, status, attempts, last_error AS "lastError", created_at AS "createdAt" FROM notifications WHERE status IN ('dead', 'failed') ORDER BY created_at DESC LIMIT 100`);
    return { jobs: await rt.queue.failedJobs(), notifications: dead.rows };
  });

  app.post(
    '/api/v1/jobs/:name/:id/retry',
    { schema: { tags: ['operations'], summary: 'Retry a failed job (admin)', params: Type.Object({ name: Type.String(), id: Type.String({ format: 'uuid' }) }) } },
    async (req) => {
      const who = require(req, 'jobs.manage');
      const { name, id } = req.params as { name: string; id: string };
      if (!(await rt.queue.retry(name, id))) throw notFound('No failed job with this name and id.');
      await audit(db, who, req.ip, 'job.retry', 'job', id, { name });
      return { ok: true };
    },
  );

  const AuditQuery = Type.Object(
    {
      actor: Type.Optional(Type.String({ format: 'uuid' })),
      entity: Type.Optional(Type.String()),
      entityId: Type.Optional(Type.String()),
      action: Type.Optional(Type.String()),
      caseNumber: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,8}$', description: 'everything about case #N: the case, its posts and its replies' })),
      from: Type.Optional(Type.String({ format: 'date-time' })),
      to: Type.Optional(Type.String({ format: 'date-time' })),
      before: Type.Optional(Type.String({ pattern: '^\\d+$', description: 'cursor: the smallest id you saw' })),
      limit: Type.Optional(Type.String({ pattern: '^\\d+$' })),
    },
    { additionalProperties: false },
  );
  type AuditQuery = { actor?: string; entity?: string; entityId?: string; action?: string; caseNumber?: string; from?: string; to?: string; before?: string; limit?: string };
  const auditRows = (q: AuditQuery, max: number) => {
    const params: unknown[] = [];
    const where: string[] = [];
    if (q.actor) where.push(`actor_user_id = $${params.push(q.actor)}`);
    if (q.entity) where.push(`entity_type = $${params.push(q.entity)}`);
    if (q.entityId) where.push(`entity_id = $${params.push(q.entityId)}`);
    if (q.action) where.push(`action = $${params.push(q.action)}`);
    // "Who read case #140?": a privacy officer asks by the number, and the case's posts and replies are part of it.
    if (q.caseNumber) {
      const theCase = `(SELECT id FROM cases WHERE number = $${params.push(Number(q.caseNumber))})`;
      where.push(`((entity_type = 'case' AND entity_id = ${theCase}::text)
        OR (entity_type = 'post' AND entity_id IN (SELECT id::text FROM posts WHERE case_id = ${theCase}))
        OR (entity_type = 'reply' AND entity_id IN (SELECT id::text FROM replies WHERE case_id = ${theCase})))`);
    }
    if (q.from) where.push(`at >= $${params.push(q.from)}`);
    if (q.to) where.push(`at < $${params.push(q.to)}`);
    if (q.before) where.push(`l.id < $${params.push(Number(q.before))}`);
    const limit = Math.min(Number(q.limit ?? max), max);
    return db.query<Record<string, unknown>>(
      `SELECT l.id::int AS id, l.at, l.actor_label AS actor, l.actor_user_id AS "actorUserId", l.ip, l.action, l.entity_type AS "entityType", l.entity_id AS "entityId",
              c.number AS "caseNumber", l.details
         FROM audit_log l LEFT JOIN cases c ON c.id = (CASE WHEN l.entity_type = 'case' AND l.entity_id ~ '^[0-9a-f-]{36}$' THEN l.entity_id END)::uuid
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY l.id DESC LIMIT ${limit}`,
      params,
    );
  };

  app.get('/api/v1/audit', { schema: { tags: ['audit'], summary: 'The audit trail (admin); append-only', querystring: AuditQuery } }, async (req) => {
    const who = require(req, 'audit.read');
    const r = await auditRows(req.query as AuditQuery, 200);
    await audit(db, who, req.ip, 'audit.read', 'audit', null, { count: r.rows.length });
    return { items: r.rows, nextCursor: r.rows.length ? String(r.rows.at(-1)!.id) : null };
  });

  app.get('/api/v1/audit/export.csv', { schema: { tags: ['audit'], summary: 'The audit trail as CSV (admin)', querystring: AuditQuery } }, async (req, reply) => {
    const who = require(req, 'audit.read');
    const r = await auditRows(req.query as AuditQuery, 100_000);
    await audit(db, who, req.ip, 'audit.export', 'audit', null, { count: r.rows.length });
    const header = ['id', 'at', 'actor', 'actorUserId', 'ip', 'action', 'entityType', 'entityId', 'caseNumber', 'details'];
    const body = toCsv(header, r.rows.map((row) => header.map((h) => row[h])));
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="redress-audit.csv"').send(body);
  });
}
