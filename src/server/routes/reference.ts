// People and places (sites, teams, users), who is on call, the user's notifications, stats, the audit trail and
// failed jobs. Directory reads are not PHI; notification and audit reads are scoped and audited.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import { require, type Principal } from '../auth.js';
import { audit, AUDIT_ROW_CASE, auditScopeFilter, CASE_AUDIT_VIA, caseAuditFilter } from '../audit.js';
import { notFound } from '../errors.js';
import { onCallAt } from '../../domain/oncall/index.js';
import { can, mayBeAssigned } from '../../domain/permissions.js';
import { ROLES, type Role } from '../../config/file-schema.js';
import { UserPrefsSchema, type UserPrefs } from '../../notify/index.js';
import { isValidTimeZone } from '../../config/load-file.js';
import { badRequest } from '../errors.js';
import { toCsv } from '../csv.js';
import { answer, DateTime, errors, fileAnswer, Nullable, Ok, StringEnum, Uuid } from '../openapi.js';
import { TEAM_FUNCTIONS } from '../../domain/routing/team.js';
import { RotationSchema } from '../../domain/oncall/index.js';

const USER_COLUMNS = `id, email, name, role, sites, disabled_at AS "disabledAt"`;

export const SiteAnswer = Type.Object({
  id: Type.String(),
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  city: Type.Optional(Type.String()),
  state: Type.Optional(Type.String()),
  kind: StringEnum(['hospital', 'clinic', 'other'] as const),
  timeZone: Type.String({ description: 'IANA time zone' }),
  publicEmail: Type.Optional(Type.String()),
  publicPhone: Type.Optional(Type.String()),
});

const TeamAnswer = Type.Object({
  id: Type.String(),
  name: Type.String(),
  function: StringEnum(TEAM_FUNCTIONS),
  sites: Type.Array(Type.String(), { description: 'the sites it serves; empty means all' }),
  members: Type.Array(Type.Object({ email: Type.String(), id: Nullable(Uuid(), { description: 'null for an address that is not an active user' }) })),
  calendar: Type.Optional(Type.String({ description: 'business calendar id' })),
  manager: Type.Optional(Type.String({ description: "the manager's email" })),
  rotation: Type.Optional(RotationSchema),
});

export const UserAnswer = Type.Object({
  id: Uuid(),
  email: Type.String(),
  name: Type.String(),
  role: StringEnum(ROLES),
  sites: Type.Array(Type.String(), { description: 'site scope; empty means all sites' }),
  disabledAt: Nullable(DateTime()),
});

const OnCallAnswer = Type.Object({
  teamId: Type.String(),
  teamName: Type.String(),
  user: Nullable(Type.Object({ id: Uuid(), name: Type.String(), email: Type.String() }), { description: 'null when nobody is on call (before the rotation starts, or a member who is not an active user)' }),
  until: Nullable(Type.String({ description: 'ISO 8601 instant the shift or cover ends' })),
  override: Type.Boolean({ description: 'a cover (override) rather than the rotation' }),
});

const NotificationAnswer = Type.Object({
  id: Uuid(),
  kind: Type.String(),
  subject: Type.String(),
  caseId: Nullable(Uuid()),
  urgent: Type.Boolean(),
  createdAt: DateTime(),
  readAt: Nullable(DateTime()),
});

const StatsAnswer = Type.Object({
  posts: Type.Integer(),
  cases: Type.Integer(),
  openCases: Type.Integer({ description: 'cases neither resolved nor closed' }),
  jobs: Type.Object({ queued: Type.Integer(), active: Type.Integer(), failed: Type.Integer() }, { description: 'background jobs of the whole system' }),
}, { description: 'Counts within your site scope (the whole system for an unscoped user); jobs are system-wide' });

const FailedJobsAnswer = Type.Object({
  jobs: Type.Array(Type.Object({ id: Uuid(), name: Type.String(), failedAt: DateTime(), error: Type.Unknown({ description: 'what the job reported when it failed' }) })),
  notifications: Type.Array(
    Type.Object({
      id: Uuid(),
      kind: Type.String(),
      subject: Type.String(),
      status: StringEnum(['failed', 'dead'] as const),
      attempts: Type.Integer(),
      lastError: Nullable(Type.String()),
      createdAt: DateTime(),
    }),
  ),
});

const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: DateTime(),
  actor: Type.String({ description: "the user's email, `token:<name>` or `anonymous`" }),
  actorUserId: Nullable(Uuid()),
  ip: Nullable(Type.String()),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Nullable(Type.String()),
  caseNumber: Nullable(Type.Integer(), { description: 'for an entry about a case or one of its posts, replies or files; with the caseNumber filter, that case on every entry' }),
  via: Type.Optional(
    StringEnum(CASE_AUDIT_VIA, { description: 'with the caseNumber filter: how the entry concerns the case (itself, one of its posts, replies or files, or `list`: a list read that showed it)' }),
  ),
  details: Type.Record(Type.String(), Type.Unknown(), { description: 'ids and field names, never post text or patient names' }),
});

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

  app.get('/api/v1/sites', { schema: { tags: ['organization'], summary: 'Sites of the organization', response: { 200: answer('Every site', Type.Array(SiteAnswer)), ...errors(401, 403) } } }, async (req) => {
    require(req);
    const org = await rt.org.get();
    return org.profile.sites;
  });

  app.get('/api/v1/teams', { schema: { tags: ['organization'], summary: 'Teams with members', response: { 200: answer('Every team', Type.Array(TeamAnswer)), ...errors(401, 403) } } }, async (req) => {
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
        response: {
          200: answer('Users, by name', Type.Array(UserAnswer)),
          ...errors([400, 'An unknown query parameter, or `assignableFor` naming a site that does not exist.'], 401, 403),
        },
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

  app.get('/api/v1/oncall', { schema: { tags: ['organization'], summary: 'Who is on call now for each team', response: { 200: answer('One entry per team with a rotation', Type.Array(OnCallAnswer)), ...errors(401, 403) } } }, async (req) => {
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

  app.get(
    '/api/v1/notifications',
    { schema: { tags: ['notifications'], summary: "The signed-in user's notifications, newest first", response: { 200: answer('The newest 100; none for an API token', Type.Array(NotificationAnswer)), ...errors(401, 403) } } },
    async (req) => {
      const who = require(req);
      const r = await db.query(
        `SELECT id, kind, subject, case_id AS "caseId", urgent, created_at AS "createdAt", read_at AS "readAt" FROM notifications
          WHERE user_id = $1 ORDER BY created_at DESC LIMIT 100`,
        [who.userId],
      );
      return r.rows;
    },
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark a notification read',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: answer('Read (also when it already was)', Ok), ...errors(400, 401, 403, [404, 'No such notification of yours (`not_found`).']) },
      },
    },
    async (req) => {
      const who = require(req);
      const r = await db.query(`UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`, [(req.params as { id: string }).id, who.userId]);
      if (r.rowCount === 0) throw notFound('No such notification.');
      return { ok: true };
    },
  );

  // The signed-in user's own notifications only; like reading one, it is not audited.
  app.post(
    '/api/v1/me/notifications/read-all',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark all of your notifications read',
        response: { 200: answer('How many were unread', Type.Object({ marked: Type.Integer() })), ...errors(401, 403) },
      },
    },
    async (req) => {
      const who = require(req);
      const r = await db.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [who.userId]);
      return { marked: r.rowCount ?? 0 };
    },
  );

  app.get(
    '/api/v1/me/preferences',
    { schema: { tags: ['notifications'], summary: 'Your notification preferences', response: { 200: answer('Your preferences; `{ mode: immediate }` until you set any', UserPrefsSchema), ...errors(401, 403) } } },
    async (req) => {
      const who = require(req);
      const r = await db.query<{ prefs: UserPrefs }>('SELECT prefs FROM users WHERE id = $1', [who.userId]);
      return r.rows[0]?.prefs?.mode ? r.rows[0].prefs : { mode: 'immediate' };
    },
  );

  app.put(
    '/api/v1/me/preferences',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Immediate or daily digest, and quiet hours (urgent pages still break through)',
        body: UserPrefsSchema,
        response: {
          200: answer('The preferences as stored', UserPrefsSchema),
          ...errors([400, 'Invalid preferences (an unknown time zone names its field), or an API token, which has no preferences.'], 401, 403),
        },
      },
    },
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

  app.get('/api/v1/stats', { schema: { tags: ['operations'], summary: 'Counts of posts, cases, open cases and jobs', response: { 200: answer('The counts', StatsAnswer), ...errors(401, 403) } } }, async (req) => {
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

  app.get(
    '/api/v1/jobs/failed',
    { schema: { tags: ['operations'], summary: 'Failed jobs and dead-lettered notifications (admin)', response: { 200: answer('The newest 100 of each', FailedJobsAnswer), ...errors(401, 403) } } },
    async (req) => {
      require(req, 'jobs.manage');
      const dead = await db.query(`SELECT id, kind, subject, status, attempts, last_error AS "lastError", created_at AS "createdAt" FROM notifications WHERE status IN ('dead', 'failed') ORDER BY created_at DESC LIMIT 100`);
      return { jobs: await rt.queue.failedJobs(), notifications: dead.rows };
    },
  );

  app.post(
    '/api/v1/jobs/:name/:id/retry',
    {
      schema: {
        tags: ['operations'],
        summary: 'Retry a failed job (admin)',
        params: Type.Object({ name: Type.String(), id: Type.String({ format: 'uuid' }) }),
        response: { 200: answer('Queued again', Ok), ...errors(400, 401, 403, [404, 'No failed job with this name and id (`not_found`).']) },
      },
    },
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
      caseNumber: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,8}$', description: 'everything about case #N: the case, its posts and its replies, and the list reads that showed it' })),
      from: Type.Optional(Type.String({ format: 'date-time' })),
      to: Type.Optional(Type.String({ format: 'date-time' })),
      before: Type.Optional(Type.String({ pattern: '^\\d+$', description: 'cursor: the smallest id you saw' })),
      limit: Type.Optional(Type.String({ pattern: '^\\d+$' })),
    },
    { additionalProperties: false },
  );
  type AuditQuery = { actor?: string; entity?: string; entityId?: string; action?: string; caseNumber?: string; from?: string; to?: string; before?: string; limit?: string };
  const auditRows = (who: Principal, q: AuditQuery, max: number) => {
    const params: unknown[] = [];
    const where: string[] = [];
    // Administrators read the whole trail; a risk manager the trail of the cases of their sites (audit.ts).
    if (!can(who.role, 'settings.manage')) where.push(auditScopeFilter(who.sites, params, q.caseNumber ? Number(q.caseNumber) : undefined));
    if (q.actor) where.push(`actor_user_id = $${params.push(q.actor)}`);
    if (q.entity) where.push(`entity_type = $${params.push(q.entity)}`);
    if (q.entityId) where.push(`entity_id = $${params.push(q.entityId)}`);
    if (q.action) where.push(`action = $${params.push(q.action)}`);
    // "Who read case #140?": a privacy officer asks by the number; the case's posts and replies are part of it, and
    // so are the list reads that showed it (audit.ts).
    const about = q.caseNumber ? caseAuditFilter(Number(q.caseNumber), params) : null;
    if (about) where.push(about.where);
    if (q.from) where.push(`at >= $${params.push(q.from)}`);
    if (q.to) where.push(`at < $${params.push(q.to)}`);
    if (q.before) where.push(`l.id < $${params.push(Number(q.before))}`);
    const limit = Math.min(Number(q.limit ?? max), max);
    return db.query<Record<string, unknown>>(
      `SELECT l.id::int AS id, l.at, l.actor_label AS actor, l.actor_user_id AS "actorUserId", l.ip, l.action, l.entity_type AS "entityType", l.entity_id AS "entityId",
              ${about ? about.columns : 'c.number AS "caseNumber"'}, l.details
         FROM audit_log l LEFT JOIN LATERAL (SELECT id, number, site_id FROM cases WHERE id = ${AUDIT_ROW_CASE}) c ON true
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY l.id DESC LIMIT ${limit}`,
      params,
    );
  };

  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit trail (admin; risk managers: the cases of their sites); append-only',
        querystring: AuditQuery,
        response: {
          200: answer('Newest first, at most 200', Type.Object({ items: Type.Array(AuditEntry), nextCursor: Nullable(Type.String(), { description: 'pass as `before` for older entries; null when this page is empty' }) })),
          ...errors(400, 401, 403),
        },
      },
    },
    async (req) => {
      const who = require(req, 'audit.read');
      const r = await auditRows(who, req.query as AuditQuery, 200);
      await audit(db, who, req.ip, 'audit.read', 'audit', null, { count: r.rows.length });
      return { items: r.rows, nextCursor: r.rows.length ? String(r.rows.at(-1)!.id) : null };
    },
  );

  app.get(
    '/api/v1/audit/export.csv',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit trail as CSV (admin; risk managers: the cases of their sites)',
        querystring: AuditQuery,
        response: { 200: fileAnswer('id, at, actor, actorUserId, ip, action, entityType, entityId, caseNumber, details (JSON); newest first', ['text/csv']), ...errors(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const who = require(req, 'audit.read');
      const r = await auditRows(who, req.query as AuditQuery, 100_000);
      await audit(db, who, req.ip, 'audit.export', 'audit', null, { count: r.rows.length });
      const header = ['id', 'at', 'actor', 'actorUserId', 'ip', 'action', 'entityType', 'entityId', 'caseNumber', 'details'];
      const body = toCsv(header, r.rows.map((row) => header.map((h) => row[h])));
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="redress-audit.csv"').send(body);
    },
  );
}
