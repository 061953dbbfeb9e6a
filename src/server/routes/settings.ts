// Settings for admins: the organization, sites, teams (members, on-call rotation), users, routing rules, clock
// policies, calendars, channel accounts and notification destinations. Each change is validated with every problem
// named by its path (so the form shows it next to the field), written in one transaction, audited by field names
// (never secret values), and applied at once in this process (other processes pick it up within seconds).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type TSchema } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import type { Queryable } from '../../store/db.js';
import { claimRecordId } from './record-ids.js';
import { require } from '../auth.js';
import { audit } from '../audit.js';
import { badRequest, conflict, HttpError, notFound } from '../errors.js';
import { check, pointerToPath, type Problem } from '../../config/problems.js';
import { ChannelAccountSchema, OrganizationSchema, SiteSchema, UserSchema } from '../../config/file-schema.js';
import { isValidTimeZone } from '../../config/load-file.js';
import { RoutingRuleSchema, TeamSchema, validateRuleReferences, validateRules } from '../../domain/routing/index.js';
import { ClockPolicySchema } from '../../domain/clocks/index.js';
import { CalendarSchema } from '../../domain/calendar/index.js';
import { templateRefusedNow, validateTemplateLibrary, type ReplyTemplate } from '../../domain/templates/index.js';
import { GUARD_POLICY_VERSION } from '../../domain/reply-guard/policy.js';
import { registerDestinationRoutes } from './destinations.js';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../app/passwords.js';
import type { RoutingSettings } from '../../app/org-state.js';
import type { Platform } from '../../domain/platform.js';
import type { AccountPoll } from '../../app/poll-sources.js';
import { sourceOf } from '../../channels/sources.js';
import { answer, errors } from '../openapi.js';
import { SiteAnswer, UserAnswer } from './reference.js';
import {
  AccountPollAnswer,
  ListedChannelAccount,
  NewUserAnswer,
  PasswordResetAnswer,
  ReplyTemplateSchema,
  TemplateCheck,
} from './settings-schemas.js';

function valid<T extends TSchema>(schema: T, value: unknown) {
  const r = check(schema, value);
  if (!r.ok) throw badRequest(`Invalid settings: ${r.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, r.problems);
  return r.value;
}

function refuse(problems: Problem[]): void {
  if (problems.length) throw badRequest(`Invalid settings: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, problems);
}

const unknownSites = (org: { sites: Map<string, unknown> }, sites: readonly string[]): Problem[] =>
  sites.flatMap((s, i) => (org.sites.has(s) ? [] : [{ path: `sites[${i}]`, message: `no site "${s}"` }]));

interface UserPatch {
  name?: string;
  role?: string;
  sites?: string[];
  disabled?: boolean;
}
interface UserBefore {
  role: string;
  sites: string[];
  disabled: boolean;
}

const removesAdmin = (patch: UserPatch) => patch.disabled === true || (patch.role !== undefined && patch.role !== 'admin');

const sameSites = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s) => b.includes(s));

function endsSessions(before: UserBefore, patch: UserPatch): boolean {
  if (patch.disabled === true && !before.disabled) return true;
  if (patch.role !== undefined && patch.role !== before.role) return true;
  return patch.sites !== undefined && !sameSites(patch.sites, before.sites);
}

async function userForUpdate(tx: Queryable, id: string): Promise<UserBefore> {
  const r = await tx.query<UserBefore>(`SELECT role, sites, disabled_at IS NOT NULL AS disabled FROM users WHERE id = $1 FOR UPDATE`, [id]);
  if (!r.rows[0]) throw notFound('No such user.');
  return r.rows[0];
}

/** Refuses to demote or disable the only active admin: nobody could manage users or settings after it. */
async function keepAnotherAdmin(tx: Queryable, id: string, patch: UserPatch): Promise<void> {
  const others = await tx.query(`SELECT 1 FROM users WHERE role = 'admin' AND disabled_at IS NULL AND id <> $1 LIMIT 1`, [id]);
  if (others.rows.length > 0) return;
  const path = patch.disabled === true ? 'disabled' : 'role';
  const message = patch.disabled === true ? 'the last active admin cannot be disabled; make another user an admin first' : 'the last active admin must stay an admin; make another user an admin first';
  throw new HttpError(409, 'conflict', `Refused: ${message}.`, [{ path, message }]);
}

export function registerSettingsRoutes(app: FastifyInstance, rt: Runtime): void {
  const { db } = rt;
  const admin = (req: FastifyRequest) => require(req, 'settings.manage');
  const tags = ['settings'];
  const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
  const read = (description: string, schema: TSchema) => ({ 200: answer(description, schema), ...errors(401, 403) });
  // A change is checked as a whole: each problem names its field, so the form shows it beside it.
  const INVALID = 'Invalid settings: `details` names each refused field by its path (`timeZone`, `sites[1]`, `[2].then[0].notify`…).';
  const saved = (description: string, schema: TSchema, ...more: (number | [number, string])[]) => ({ 200: answer(description, schema), ...errors([400, INVALID], 401, 403, ...more) });

  /** Runs a change in a transaction, audits it, and makes automation use it at once. */
  async function change(req: FastifyRequest, section: string, entityId: string | null, fields: string[], fn: (tx: Queryable) => Promise<void>) {
    const who = admin(req);
    await db.transaction(async (tx) => {
      await fn(tx);
      await audit(tx, who, req.ip, 'settings.update', section, entityId, { fields });
    });
    rt.org.invalidate();
  }

  async function routingSettings(): Promise<RoutingSettings> {
    const r = await db.query<{ value: RoutingSettings }>(`SELECT value FROM settings WHERE key = 'routing'`);
    return r.rows[0]?.value ?? {};
  }
  async function saveRouting(tx: Queryable, patch: Partial<RoutingSettings>) {
    const current = await tx.query<{ value: RoutingSettings }>(`SELECT value FROM settings WHERE key = 'routing' FOR UPDATE`);
    const value = { ...(current.rows[0]?.value ?? {}), ...patch };
    await tx.query(
      `INSERT INTO settings (key, value) VALUES ('routing', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, version = settings.version + 1, updated_at = now()`,
      [JSON.stringify(value)],
    );
  }

  app.get('/api/v1/settings/organization', { schema: { tags, summary: 'The organization profile', response: read('The profile', OrganizationSchema) } }, async (req) => {
    admin(req);
    return (await rt.org.get()).profile.organization;
  });
  app.put('/api/v1/settings/organization', { schema: { tags, summary: 'Change the organization profile', response: saved('The profile as stored', OrganizationSchema) } }, async (req) => {
    const org = valid(OrganizationSchema, req.body);
    refuse(org.timeZone === undefined || isValidTimeZone(org.timeZone) ? [] : [{ path: 'timeZone', message: `unknown time zone "${org.timeZone}"` }]);
    await change(req, 'organization', null, Object.keys(org), (tx) =>
      tx.query(`INSERT INTO settings (key, value) VALUES ('organization', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, version = settings.version + 1, updated_at = now()`, [JSON.stringify(org)]).then(() => undefined),
    );
    return org;
  });

  const saveSite = async (req: FastifyRequest, id?: string) => {
    const site = valid(SiteSchema, { ...(req.body as object), ...(id ? { id } : {}) });
    refuse(isValidTimeZone(site.timeZone) ? [] : [{ path: 'timeZone', message: `unknown time zone "${site.timeZone}"` }]);
    await change(req, 'site', site.id, Object.keys(site), async (tx) => {
      await claimRecordId(tx, 'sites', 'site', site.id, !id);
      await tx.query(
        `INSERT INTO sites (id, name, aliases, city, state, kind, time_zone, public_email, public_phone) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, aliases = EXCLUDED.aliases, city = EXCLUDED.city, state = EXCLUDED.state, kind = EXCLUDED.kind,
           time_zone = EXCLUDED.time_zone, public_email = EXCLUDED.public_email, public_phone = EXCLUDED.public_phone`,
        [site.id, site.name, site.aliases ?? [], site.city ?? null, site.state ?? null, site.kind, site.timeZone, site.publicEmail ?? null, site.publicPhone ?? null],
      );
    });
    return site;
  };
  const savedSite = saved('The site as stored', SiteAnswer);
  app.post('/api/v1/sites', { schema: { tags, summary: 'Add a site', response: savedSite } }, (req) => saveSite(req));
  app.put('/api/v1/sites/:id', { schema: { tags, summary: 'Change a site', params: IdParams, response: { ...savedSite, ...errors([404, 'No such site (`not_found`).']) } } }, (req) =>
    saveSite(req, (req.params as { id: string }).id),
  );

  // A new team's id names it in routing rules and links, as the config file's ids do; an existing team keeps its own.
  const TEAM_ID = /^[a-z0-9][a-z0-9_-]*$/;
  const saveTeam = async (req: FastifyRequest, id?: string) => {
    admin(req);
    const team = valid(TeamSchema, { sites: [], members: [], ...(req.body as object), ...(id ? { id } : {}) });
    const org = await rt.org.get();
    const problems: Problem[] = [];
    if (!id && !TEAM_ID.test(team.id)) problems.push({ path: 'id', message: 'must be lowercase letters, digits, - and _' });
    team.sites.forEach((s, i) => org.sites.has(s) || problems.push({ path: `sites[${i}]`, message: `no site "${s}"` }));
    // Every user, disabled ones too: a disabled member stays on the team (and is back on it when enabled again),
    // but nobody disabled may carry the pager or receive the team's escalations.
    const people = [...team.members, ...(team.rotation?.members ?? []), ...(team.manager ? [team.manager] : [])].map((m) => m.toLowerCase());
    const found = await db.query<{ email: string; disabled: boolean }>(`SELECT lower(email) AS email, disabled_at IS NOT NULL AS disabled FROM users WHERE lower(email) = ANY($1::text[])`, [people]);
    const disabled = new Map(found.rows.map((u) => [u.email, u.disabled]));
    team.members.forEach((m, i) => disabled.has(m.toLowerCase()) || problems.push({ path: `members[${i}]`, message: `no user "${m}"` }));
    team.rotation?.members.forEach((m, i) => {
      const off = disabled.get(m.toLowerCase());
      if (off === undefined) problems.push({ path: `rotation.members[${i}]`, message: `no user "${m}"` });
      else if (off) problems.push({ path: `rotation.members[${i}]`, message: `${m} is disabled and cannot be paged: take them out of the rotation` });
    });
    if (team.manager && !disabled.has(team.manager.toLowerCase())) problems.push({ path: 'manager', message: `no user "${team.manager}"` });
    else if (team.manager && disabled.get(team.manager.toLowerCase())) problems.push({ path: 'manager', message: `${team.manager} is disabled: choose another manager` });
    if (team.calendar && !org.calendars.some((c) => c.id === team.calendar)) problems.push({ path: 'calendar', message: `no calendar "${team.calendar}"` });
    if (team.rotation && !isValidTimeZone(team.rotation.timeZone)) problems.push({ path: 'rotation.timeZone', message: `unknown time zone "${team.rotation.timeZone}"` });
    refuse(problems);
    await change(req, 'team', team.id, Object.keys(team), async (tx) => {
      await claimRecordId(tx, 'teams', 'team', team.id, !id);
      await tx.query(
        `INSERT INTO teams (id, name, function, sites, calendar_id, manager_id, rotation) VALUES ($1, $2, $3, $4, $5, (SELECT id FROM users WHERE email = lower($6)), $7)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, function = EXCLUDED.function, sites = EXCLUDED.sites, calendar_id = EXCLUDED.calendar_id,
           manager_id = EXCLUDED.manager_id, rotation = EXCLUDED.rotation`,
        [team.id, team.name, team.function, team.sites, team.calendar ?? null, team.manager ?? null, team.rotation ? JSON.stringify(team.rotation) : null],
      );
      await tx.query('DELETE FROM team_members WHERE team_id = $1', [team.id]);
      await tx.query(`INSERT INTO team_members (team_id, user_id) SELECT $1, id FROM users WHERE email = ANY($2::text[])`, [team.id, team.members.map((m) => m.toLowerCase())]);
    });
    return team;
  };
  // Members by email, as the team is checked and stored (GET /api/v1/teams adds their user ids).
  const savedTeam = saved('The team as stored', TeamSchema);
  app.post('/api/v1/teams', { schema: { tags, summary: 'Add a team', response: savedTeam } }, (req) => saveTeam(req));
  app.put('/api/v1/teams/:id', { schema: { tags, summary: 'Change a team, its members and on-call rotation', params: IdParams, response: { ...savedTeam, ...errors([404, 'No such team (`not_found`): add one with POST.']) } } }, (req) =>
    saveTeam(req, (req.params as { id: string }).id),
  );

  // The server makes the first password and answers it this once, as `redress user add` does: nobody types one
  // that ends up in a form, a log or an answer. So a body that carries `password` is refused, not silently dropped.
  const NewUserBody = Type.Object(UserSchema.properties, { additionalProperties: false });
  const newUser = {
    tags,
    summary: 'Add a user; answers a generated one-time password, shown only this once, that must be replaced at first sign-in and expires unused',
    response: { 201: answer('The user, with their one-time password', NewUserAnswer), ...errors([400, `${INVALID} A \`password\` is refused: the server makes it.`], 401, 403) },
  };
  app.post('/api/v1/users', { schema: newUser }, async (req, reply) => {
    admin(req);
    const user = valid(NewUserBody, req.body);
    const email = user.email.toLowerCase();
    const sites = user.sites ?? [];
    const org = await rt.org.get();
    refuse(unknownSites(org, sites));
    if (org.userIdByEmail.has(email)) refuse([{ path: 'email', message: 'a user with this email exists' }]);
    const password = randomBytes(12).toString('base64url');
    const hash = await hashPassword(password);
    let id = '';
    let until = new Date();
    await change(req, 'user', email, ['email', 'name', 'role', 'sites'], async (tx) => {
      const r = await tx.query<{ id: string; until: Date }>(
        `INSERT INTO users (email, name, role, sites, password_hash, password_one_time_until) VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6))
         RETURNING id, password_one_time_until AS until`,
        [email, user.name, user.role, sites, hash, rt.env.oneTimePasswordHours],
      );
      id = r.rows[0].id;
      until = r.rows[0].until;
    });
    return reply.status(201).send({ id, email, name: user.name, role: user.role, sites, oneTimePassword: password, oneTimePasswordExpiresAt: until.toISOString() });
  });

  // A forgotten password: a new one-time password, answered this once as on adding, and every session of theirs ends.
  app.post(
    '/api/v1/users/:id/password',
    {
      schema: {
        tags,
        summary: "Reset a user's password: answers a new one-time password, shown only this once, and ends their sessions",
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: answer('The new one-time password', PasswordResetAnswer), ...errors(400, 401, 403, [404, 'No such user (`not_found`).']) },
      },
    },
    async (req) => {
      admin(req);
      const id = (req.params as { id: string }).id;
      const password = randomBytes(12).toString('base64url');
      const hash = await hashPassword(password);
      let until = new Date();
      await change(req, 'user', id, ['password'], async (tx) => {
        await userForUpdate(tx, id);
        const r = await tx.query<{ until: Date }>(
          'UPDATE users SET password_hash = $2, password_one_time_until = now() + make_interval(hours => $3) WHERE id = $1 RETURNING password_one_time_until AS until',
          [id, hash, rt.env.oneTimePasswordHours],
        );
        until = r.rows[0].until;
        await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
      });
      return { oneTimePassword: password, oneTimePasswordExpiresAt: until.toISOString() };
    },
  );

  const UserPatchBody = Type.Object(
    {
      name: Type.Optional(Type.String({ minLength: 1, pattern: '\\S' })),
      role: Type.Optional(UserSchema.properties.role),
      sites: Type.Optional(Type.Array(Type.String())),
      disabled: Type.Optional(Type.Boolean()),
    },
    { additionalProperties: false, minProperties: 1 },
  );
  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary: 'Change a user: name, role, sites, or disable (true) and enable again (false); the last active admin stays one',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: UserPatchBody,
        response: saved('The user as changed', UserAnswer, [404, 'No such user (`not_found`).'], [409, 'Refused (`conflict`): the last active admin cannot be disabled or given another role (`details` names `disabled` or `role`).']),
      },
    },
    async (req) => {
      admin(req);
      const id = (req.params as { id: string }).id;
      const patch = req.body as UserPatch;
      refuse(unknownSites(await rt.org.get(), patch.sites ?? []));
      await change(req, 'user', id, Object.keys(patch), async (tx) => {
        // One lock for every change that can take away an admin, so two admins demoting each other at once cannot
        // both pass the check below.
        if (removesAdmin(patch)) await tx.query(`SELECT pg_advisory_xact_lock(hashtext('redress:active-admins'))`);
        const before = await userForUpdate(tx, id);
        if (removesAdmin(patch) && before.role === 'admin' && !before.disabled) await keepAnotherAdmin(tx, id, patch);
        await tx.query(
          `UPDATE users SET name = COALESCE($2, name), role = COALESCE($3, role), sites = COALESCE($4, sites),
             disabled_at = CASE WHEN $5::boolean IS NULL THEN disabled_at WHEN $5 THEN COALESCE(disabled_at, now()) ELSE NULL END WHERE id = $1`,
          [id, patch.name ?? null, patch.role ?? null, patch.sites ?? null, patch.disabled ?? null],
        );
        // The open web app offers what the role and sites it signed in with allow: when they change (or the user is
        // disabled) the session ends, so it signs in again with the new ones. An edit that leaves them keeps it.
        if (endsSessions(before, patch)) await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
      });
      const r = await db.query(`SELECT id, email, name, role, sites, disabled_at AS "disabledAt" FROM users WHERE id = $1`, [id]);
      return r.rows[0];
    },
  );

  const Rules = Type.Array(RoutingRuleSchema);
  app.get('/api/v1/settings/routing-rules', { schema: { tags, summary: 'Routing rules, in order', response: read('The rules, in the order they are tried', Rules) } }, async (req) => {
    admin(req);
    return (await rt.org.get()).rules;
  });
  app.put('/api/v1/settings/routing-rules', { schema: { tags, summary: 'Replace the routing rules', response: saved('The rules as stored', Rules) } }, async (req) => {
    const result = validateRules(req.body);
    if ('errors' in result) refuse(result.errors.map((e) => ({ path: pointerToPath(e.path), message: e.message })));
    const rules = (result as { rules: import('../../domain/routing/index.js').RoutingRule[] }).rules;
    const org = await rt.org.get();
    refuse(validateRuleReferences(rules, { teams: org.teams, clockPolicies: org.clockPolicies.map((p) => p.id) }).map((e) => ({ path: pointerToPath(e.path), message: e.message })));
    await change(req, 'routing_rules', null, ['rules'], (tx) => saveRouting(tx, { rules }));
    return rules;
  });

  const Policies = Type.Array(ClockPolicySchema);
  app.get('/api/v1/settings/clock-policies', { schema: { tags, summary: 'Clock policies', response: read('Every clock policy', Policies) } }, async (req) => {
    admin(req);
    return (await rt.org.get()).clockPolicies;
  });
  app.put('/api/v1/settings/clock-policies', { schema: { tags, summary: 'Replace the clock policies', response: saved('The policies as stored', Policies) } }, async (req) => {
    const policies = valid(Type.Array(ClockPolicySchema, { minItems: 1 }), req.body);
    await change(req, 'clock_policies', null, ['clockPolicies'], (tx) => saveRouting(tx, { clockPolicies: policies }));
    return policies;
  });

  const Calendars = Type.Array(CalendarSchema);
  app.get('/api/v1/settings/calendars', { schema: { tags, summary: 'Business-hours calendars', response: read('Every calendar; none until some are saved', Calendars) } }, async (req) => {
    admin(req);
    return (await routingSettings()).calendars ?? [];
  });
  app.put('/api/v1/settings/calendars', { schema: { tags, summary: 'Replace the calendars', response: saved('The calendars as stored', Calendars) } }, async (req) => {
    const calendars = valid(Type.Array(CalendarSchema), req.body);
    refuse(calendars.flatMap((c, i) => (isValidTimeZone(c.timeZone) ? [] : [{ path: `[${i}].timeZone`, message: `unknown time zone "${c.timeZone}"` }])));
    await change(req, 'calendars', null, ['calendars'], (tx) => saveRouting(tx, { calendars }));
    return calendars;
  });

  const Library = Type.Array(ReplyTemplateSchema);
  app.get('/api/v1/settings/templates', { schema: { tags, summary: "The reply template library: the organization's own once saved, the built-in one until then", response: read('Every template', Library) } }, async (req) => {
    admin(req);
    return (await rt.org.get()).templates;
  });
  app.get('/api/v1/settings/templates/check', { schema: { tags, summary: 'Checks every saved template against the reply guard in force, as a save checks changed ones', response: read('What the guard in force would refuse', TemplateCheck) } }, async (req) => {
    admin(req);
    const org = await rt.org.get();
    const problems: Problem[] = [];
    for (let i = 0; i < org.templates.length; i++) {
      problems.push(...templateRefusedNow(org.templates, i, org.profile));
      // Each template is filled for every site: seconds of work for a library, so other requests are served between.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { policyVersion: GUARD_POLICY_VERSION, checked: org.templates.length, problems };
  });
  const library = { tags, summary: 'Replace the reply template library (each template is filled for every site and must pass the reply guard)', response: saved('The library as stored, with versions and placeholders', Library) };
  app.put('/api/v1/settings/templates', { schema: library }, async (req) => {
    admin(req);
    const org = await rt.org.get();
    const result = validateTemplateLibrary(req.body, org.profile, org.templates);
    if ('problems' in result) refuse(result.problems);
    const { templates } = result as { templates: ReplyTemplate[] };
    await change(req, 'templates', null, ['templates'], async (tx) => {
      await tx.query(
        `INSERT INTO settings (key, value) VALUES ('templates', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, version = settings.version + 1, updated_at = now()`,
        [JSON.stringify(templates)],
      );
    });
    return templates;
  });

  const accounts = { tags, summary: 'Channel accounts, with how the last poll of each polled one went', response: read('Every channel account', Type.Array(ListedChannelAccount)) };
  app.get('/api/v1/channel-accounts', { schema: accounts }, async (req) => {
    admin(req);
    const r = await db.query<{ id: string; platform: Platform; name: string; externalId: string | null; siteId: string | null; polled_at: Date | null; posts_read: number | null; last_error: string | null; failed_at: Date | null }>(
      `SELECT a.id, a.platform, a.name, a.external_id AS "externalId", a.site_id AS "siteId", c.polled_at, c.posts_read, c.last_error, c.failed_at
         FROM channel_accounts a LEFT JOIN source_cursors c ON c.channel_account_id = a.id ORDER BY a.id`,
    );
    return r.rows.map(({ polled_at, posts_read, last_error, failed_at, ...account }) => ({
      ...account,
      // Null when Redress does not poll this account (no source for its platform, or no credentials, or no externalId).
      poll: sourceOf(rt.sources, account) ? { lastPolledAt: polled_at, postsRead: Number(posts_read ?? 0), lastError: last_error, failedAt: failed_at } : null,
    }));
  });
  app.post(
    '/api/v1/channel-accounts/:id/poll',
    {
      schema: {
        tags,
        summary: 'Read a polled channel account now, as the schedule would, and say how it went',
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
        response: {
          200: answer('How the poll went (a platform that could not be read is `failed`, not an error)', AccountPollAnswer),
          ...errors(400, 401, 403, [404, 'No such channel account (`not_found`).'], [409, 'Redress does not read this account: its platform has no credentials set, or it has no externalId (`conflict`).']),
        },
      },
    },
    async (req) => {
      const who = admin(req);
      const id = (req.params as { id: string }).id;
      const r = await db.query<{ platform: Platform; externalId: string | null }>(`SELECT platform, external_id AS "externalId" FROM channel_accounts WHERE id = $1`, [id]);
      const account = r.rows[0];
      if (!account) throw notFound('No such channel account.');
      if (!sourceOf(rt.sources, { id, ...account }))
        throw conflict('Redress does not read this account: its platform has no credentials set, or the account has no externalId.');
      const [result] = (await rt.workerContext.pollSources(id)) as AccountPoll[];
      await audit(db, who, req.ip, 'channel_account.poll', 'channel_account', id, { read: result.read, accepted: result.accepted, failed: result.failed });
      return result;
    },
  );
  const saveChannel = async (req: FastifyRequest, id?: string) => {
    const body: Record<string, unknown> = { ...(req.body as Record<string, unknown>), ...(id ? { id } : {}) };
    if (body.siteId === null) delete body.siteId;
    const ca = valid(ChannelAccountSchema, body);
    const org = await rt.org.get();
    refuse(ca.siteId && !org.sites.has(ca.siteId) ? [{ path: 'siteId', message: `no site "${ca.siteId}"` }] : []);
    await change(req, 'channel_account', ca.id, Object.keys(ca), async (tx) => {
      await claimRecordId(tx, 'channel_accounts', 'channel account', ca.id, !id);
      await tx.query(
        `INSERT INTO channel_accounts (id, platform, name, external_id, site_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET platform = EXCLUDED.platform, name = EXCLUDED.name, external_id = EXCLUDED.external_id, site_id = EXCLUDED.site_id`,
        [ca.id, ca.platform, ca.name, ca.externalId ?? null, ca.siteId ?? null],
      );
    });
    return ca;
  };
  const savedChannel = saved('The channel account as stored', ChannelAccountSchema);
  app.post('/api/v1/channel-accounts', { schema: { tags, summary: 'Add a channel account', response: savedChannel } }, (req) => saveChannel(req));
  app.put('/api/v1/channel-accounts/:id', { schema: { tags, summary: 'Change a channel account', params: IdParams, response: { ...savedChannel, ...errors([404, 'No such channel account (`not_found`): add one with POST.']) } } }, (req) =>
    saveChannel(req, (req.params as { id: string }).id),
  );

  registerDestinationRoutes(app, rt, change);
}
