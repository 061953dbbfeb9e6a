// Reference and operations routes: the audit trail (filters, cursor, CSV that matches the JSON), who is on call now,
// failed jobs and dead notifications with retry, a user's notification preferences, and API tokens that carry
// their role and site scope and stop working the moment they are revoked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { apiHarness, call, ingestAndProcess, signInNewUser, type ApiHarness, type SessionHeaders } from '../../../test/support/api-runtime.js';
import { hashSecret as hashToken, newSecret, TOKEN_PREFIX } from '../../app/api-tokens.js';

const EAST = 'juniper-east';
const HOUR = 3_600_000;

describe('reference and operations routes', () => {
  let h: ApiHarness;
  let agent: { id: string; headers: SessionHeaders };
  let mainCase: string;
  let eastCase: string;

  beforeAll(async () => {
    h = await apiHarness();
    expect((await call(h, h.headers, 'POST', '/api/v1/sites', { id: EAST, name: 'Juniper East Clinic', kind: 'clinic', timeZone: 'UTC' })).statusCode).toBe(200);
    agent = await signInNewUser(h, { email: 'agent@example.org', role: 'social_agent' });
    const complaint = (key: string, listing: string) => ({
      platform: 'google', externalId: `ref-${key}`, author: { id: `ref-author-${key}` }, text: 'Rude staff at the front desk and nobody called me back. Very disappointed.', rating: 1, createdAt: new Date().toISOString(), listing,
    });
    [mainCase, eastCase] = await ingestAndProcess(h, [complaint('main', 'juniper-main'), complaint('east', EAST)]);
  });
  afterAll(() => h?.close());

  describe('audit', () => {
    it('finds reads by action, entity and actor, and pages back with a cursor without repeats or gaps', async () => {
      for (let i = 0; i < 3; i++) expect((await call(h, agent.headers, 'GET', `/api/v1/cases/${mainCase}`)).statusCode).toBe(200);
      await call(h, h.headers, 'GET', `/api/v1/cases/${mainCase}`);
      const reads = (await call(h, h.headers, 'GET', `/api/v1/audit?action=case.read&entityId=${mainCase}`)).json().items as { id: number; actor: string; actorUserId: string }[];
      expect(reads.map((r) => r.actor)).toEqual(['admin@example.org', 'agent@example.org', 'agent@example.org', 'agent@example.org']);
      const byAgent = (await call(h, h.headers, 'GET', `/api/v1/audit?actor=${agent.id}&entity=case&action=case.read`)).json().items as { actorUserId: string }[];
      expect(byAgent).toHaveLength(3);
      expect(byAgent.every((r) => r.actorUserId === agent.id)).toBe(true);

      const all = (await call(h, h.headers, 'GET', '/api/v1/audit?limit=200')).json().items.map((r: { id: number }) => r.id) as number[];
      const paged: number[] = [];
      // Walked to the last page: each page read adds rows at the top, so a count of rows seen is no end condition.
      let before: string | null = null;
      do {
        const page: { items: { id: number }[]; nextCursor: string | null } = (await call(h, h.headers, 'GET', `/api/v1/audit?limit=4${before ? `&before=${before}` : ''}`)).json();
        paged.push(...page.items.map((r) => r.id));
        before = page.nextCursor;
      } while (before);
      // Each page read is audited too, so compare with the ids that existed when the walk began.
      expect(paged.filter((id) => id <= all[0])).toEqual(all);
    });

    it('answers "who read case #N?" by its number, with its posts and replies, and names the case on each row', async () => {
      const { number, posts } = (await call(h, h.headers, 'GET', `/api/v1/cases/${eastCase}`)).json() as { number: number; posts: { id: string }[] };
      await call(h, h.headers, 'GET', `/api/v1/posts/${posts[0].id}`);
      const rows = (await call(h, h.headers, 'GET', `/api/v1/audit?caseNumber=${number}`)).json().items as { action: string; entityId: string; caseNumber: number | null }[];
      expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['case.read', 'post.read']));
      expect(rows.every((r) => r.entityId === eastCase || r.entityId === posts[0].id)).toBe(true);
      expect(rows.find((r) => r.action === 'case.read')?.caseNumber).toBe(number);
      expect((await call(h, h.headers, 'GET', '/api/v1/audit?caseNumber=abc')).json().details[0].path).toBe('caseNumber');
    });

    it('exports the same rows as CSV, audits the export, and is for admins only', async () => {
      const query = `action=case.read&entityId=${mainCase}`;
      const json = (await call(h, h.headers, 'GET', `/api/v1/audit?${query}`)).json().items as { id: number; action: string; entityId: string; actor: string }[];
      const res = await call(h, h.headers, 'GET', `/api/v1/audit/export.csv?${query}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const rows = parse(res.body, { columns: true }) as Record<string, string>[];
      expect(rows.map((r) => [Number(r.id), r.action, r.entityId, r.actor])).toEqual(json.map((r) => [r.id, r.action, r.entityId, r.actor]));
      const exported = (await call(h, h.headers, 'GET', '/api/v1/audit?action=audit.export')).json().items;
      expect(exported[0]).toMatchObject({ actor: 'admin@example.org', details: { count: json.length } });
      expect((await call(h, agent.headers, 'GET', '/api/v1/audit')).statusCode).toBe(403);
      expect((await call(h, agent.headers, 'GET', '/api/v1/audit/export.csv')).statusCode).toBe(403);
    });
  });

  describe('people', () => {
    it('lists for assignment only active users who work cases and see every named site, as assigning enforces', async () => {
      const mainOnly = await signInNewUser(h, { email: 'main-only@example.org', role: 'patient_experience', sites: ['juniper-main'] });
      const eastOnly = await signInNewUser(h, { email: 'east-only@example.org', role: 'social_agent', sites: [EAST] });
      await signInNewUser(h, { email: 'reader@example.org', role: 'viewer' });
      const gone = await signInNewUser(h, { email: 'gone@example.org', role: 'social_agent' });
      expect((await call(h, h.headers, 'PATCH', `/api/v1/users/${gone.id}`, { disabled: true })).statusCode).toBe(200);
      const assignable = async (query: string) =>
        ((await call(h, agent.headers, 'GET', `/api/v1/users?assignableFor=${query}`)).json() as { email: string }[]).map((u) => u.email).sort();

      expect(await assignable('juniper-main')).toEqual(['admin@example.org', 'agent@example.org', 'main-only@example.org']);
      expect(await assignable(EAST)).toEqual(['admin@example.org', 'agent@example.org', 'east-only@example.org']);
      expect(await assignable(`juniper-main,${EAST}`)).toEqual(['admin@example.org', 'agent@example.org']);
      expect(await assignable('none')).toEqual(['admin@example.org', 'agent@example.org']);
      expect(((await call(h, agent.headers, 'GET', '/api/v1/users')).json() as unknown[]).length).toBeGreaterThan(5);

      const assign = async (assigneeId: string) => {
        const { version } = (await call(h, h.headers, 'GET', `/api/v1/cases/${mainCase}`)).json();
        return (await call(h, h.headers, 'PATCH', `/api/v1/cases/${mainCase}`, { version, assigneeId })).statusCode;
      };
      expect(await assign(mainOnly.id)).toBe(200);
      expect(await assign(eastOnly.id)).toBe(403);

      const unknown = await call(h, agent.headers, 'GET', '/api/v1/users?assignableFor=atlantis');
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().details).toEqual([{ path: 'assignableFor', message: 'no site "atlantis"' }]);
      expect((await call(h, agent.headers, 'GET', '/api/v1/users?canSee=juniper-main')).json().details).toEqual([{ path: 'canSee', message: 'unknown field' }]);
    });
  });

  describe('on call', () => {
    it('says who is on call now per team with a rotation: an override covering now wins, else the shift until the next hand-off', async () => {
      const now = Date.now();
      const override = { user: 'agent@example.org', from: new Date(now - HOUR).toISOString(), to: new Date(now + HOUR).toISOString(), reason: 'covering leave' };
      const desk = { name: 'Social Desk', function: 'social_media', members: ['admin@example.org', 'agent@example.org'], rotation: { timeZone: 'UTC', handoff: 'daily', handoffTime: '08:00', startDate: '2026-01-01', members: ['admin@example.org'], overrides: [override] } };
      expect((await call(h, h.headers, 'PUT', '/api/v1/teams/desk', desk)).statusCode).toBe(200);
      const night = { name: 'Night Desk', function: 'patient_experience', members: ['admin@example.org'], rotation: { ...desk.rotation, overrides: [] } };
      expect((await call(h, h.headers, 'POST', '/api/v1/teams', { id: 'night', ...night })).statusCode).toBe(200);
      expect((await call(h, h.headers, 'POST', '/api/v1/teams', { id: 'no-pager', name: 'No pager', function: 'recognition', members: [] })).statusCode).toBe(200);

      const res = await call(h, agent.headers, 'GET', '/api/v1/oncall');
      expect(res.statusCode).toBe(200);
      const byTeam = Object.fromEntries((res.json() as { teamId: string; until: string }[]).map((r) => [r.teamId, r]));
      expect(Object.keys(byTeam).sort()).toEqual(['desk', 'night']);
      expect(byTeam.desk).toMatchObject({ teamName: 'Social Desk', user: { id: agent.id, email: 'agent@example.org' }, until: override.to, override: true });
      const nextHandoff = new Date(now);
      nextHandoff.setUTCHours(8, 0, 0, 0);
      if (nextHandoff.getTime() <= now) nextHandoff.setUTCDate(nextHandoff.getUTCDate() + 1);
      expect(byTeam.night).toMatchObject({ user: { email: 'admin@example.org' }, override: false });
      expect(Date.parse(byTeam.night.until)).toBe(nextHandoff.getTime());
    });
  });

  describe('stats', () => {
    it('counts only the sites of a scoped reader, and everything for a reader of all sites', async () => {
      const east = await signInNewUser(h, { email: 'stats.east@example.org', role: 'viewer', sites: [EAST] });
      const all = (await call(h, h.headers, 'GET', '/api/v1/stats')).json();
      const mine = (await call(h, east.headers, 'GET', '/api/v1/stats')).json();
      const eastCases = await h.rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE site_id = $1`, [EAST]);
      expect(mine.cases).toBe(eastCases.rows[0].n);
      expect(mine.cases).toBeGreaterThan(0);
      expect(all.cases).toBeGreaterThan(mine.cases);
      expect(all.posts).toBeGreaterThan(mine.posts);
    });
  });

  describe('failed jobs', () => {
    it('lists failed jobs and dead notifications for admins, and a retry puts the job back in the queue', async () => {
      await h.rt.queue.enqueue('reply.deliver', [{ replyId: '00000000-0000-4000-8000-00000000000f' }]);
      // A job that used up its retries; pg-boss would take minutes of backoff to get here.
      const job = await h.rt.db.query<{ id: string }>(
        `UPDATE pgboss.job SET state = 'failed', completed_on = now(), output = '{"message":"platform said 500"}' WHERE name = 'reply.deliver' AND data->>'replyId' = '00000000-0000-4000-8000-00000000000f' RETURNING id`,
      );
      const note = await call(h, h.headers, 'POST', `/api/v1/cases/${mainCase}/notes`, { text: 'ping @agent@example.org' });
      expect(note.statusCode).toBe(201);
      await h.rt.db.query(`UPDATE notifications SET status = 'dead', attempts = 6, last_error = 'smtp 550' WHERE kind = 'mention'`);

      expect((await call(h, agent.headers, 'GET', '/api/v1/jobs/failed')).statusCode).toBe(403);
      const failed = (await call(h, h.headers, 'GET', '/api/v1/jobs/failed')).json();
      expect(failed.jobs).toEqual([expect.objectContaining({ id: job.rows[0].id, name: 'reply.deliver', error: { message: 'platform said 500' } })]);
      expect(failed.notifications).toEqual([expect.objectContaining({ kind: 'mention', status: 'dead', attempts: 6, lastError: 'smtp 550' })]);
      expect((await call(h, h.headers, 'GET', '/api/v1/stats')).json().jobs.failed).toBe(1);

      expect((await call(h, agent.headers, 'POST', `/api/v1/jobs/reply.deliver/${job.rows[0].id}/retry`)).statusCode).toBe(403);
      const retry = await call(h, h.headers, 'POST', `/api/v1/jobs/reply.deliver/${job.rows[0].id}/retry`);
      expect(retry.statusCode).toBe(200);
      const state = await h.rt.db.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE id = $1`, [job.rows[0].id]);
      expect(state.rows[0].state).toBe('retry');
      expect((await call(h, h.headers, 'GET', '/api/v1/jobs/failed')).json().jobs).toEqual([]);
      // Not failed (any more), or no such job: nothing to retry, and the admin is told so.
      expect((await call(h, h.headers, 'POST', `/api/v1/jobs/reply.deliver/${job.rows[0].id}/retry`)).statusCode).toBe(404);
      expect((await call(h, h.headers, 'POST', '/api/v1/jobs/reply.deliver/00000000-0000-4000-8000-000000000000/retry')).statusCode).toBe(404);
      expect((await call(h, h.headers, 'GET', `/api/v1/audit?action=job.retry&entityId=${job.rows[0].id}`)).json().items).toHaveLength(1);
    });
  });

  describe('notifications', () => {
    it("lists the user's own notifications and lets only them mark one read", async () => {
      const note = await call(h, h.headers, 'POST', `/api/v1/cases/${eastCase}/notes`, { text: 'Over to you, @agent@example.org' });
      expect(note.statusCode).toBe(201);
      const mine = (await call(h, agent.headers, 'GET', '/api/v1/notifications')).json() as { id: string; kind: string; caseId: string; readAt: string | null }[];
      const mention = mine.find((x) => x.kind === 'mention' && x.caseId === eastCase)!;
      expect(mention.readAt).toBeNull();
      expect((await call(h, h.headers, 'GET', '/api/v1/notifications')).json()).not.toContainEqual(expect.objectContaining({ id: mention.id }));
      expect((await call(h, h.headers, 'POST', `/api/v1/notifications/${mention.id}/read`)).statusCode).toBe(404);
      expect((await call(h, agent.headers, 'POST', `/api/v1/notifications/${mention.id}/read`)).statusCode).toBe(200);
      const after = (await call(h, agent.headers, 'GET', '/api/v1/notifications')).json().find((x: { id: string }) => x.id === mention.id);
      expect(after.readAt).not.toBeNull();
    });

    it("marks all of the signed-in user's notifications read, and nobody else's", async () => {
      for (const text of ['First, @agent@example.org', 'Second, @agent@example.org']) expect((await call(h, h.headers, 'POST', `/api/v1/cases/${eastCase}/notes`, { text })).statusCode).toBe(201);
      const other = await signInNewUser(h, { email: 'other.agent@example.org', role: 'social_agent' });
      expect((await call(h, h.headers, 'POST', `/api/v1/cases/${eastCase}/notes`, { text: 'And you, @other.agent@example.org' })).statusCode).toBe(201);
      const unread = async (who: SessionHeaders) => ((await call(h, who, 'GET', '/api/v1/notifications')).json() as { readAt: string | null }[]).filter((n) => !n.readAt).length;
      expect(await unread(agent.headers)).toBeGreaterThanOrEqual(2);
      const othersUnread = await unread(other.headers);
      expect(othersUnread).toBeGreaterThan(0);
      const audited = async () => (await h.rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`)).rows[0].n;
      const auditBefore = await audited();

      const res = await call(h, agent.headers, 'POST', '/api/v1/me/notifications/read-all');
      expect(res.statusCode).toBe(200);
      expect(res.json().marked).toBeGreaterThanOrEqual(2);
      expect(await audited()).toBe(auditBefore);
      expect(await unread(agent.headers)).toBe(0);
      expect(await unread(other.headers)).toBe(othersUnread);
      expect((await call(h, agent.headers, 'POST', '/api/v1/me/notifications/read-all')).json()).toEqual({ marked: 0 });
      expect((await call(h, null, 'POST', '/api/v1/me/notifications/read-all')).statusCode).toBe(401);
    });
  });

  describe('notification preferences', () => {
    it('answers immediate by default, keeps what the user saves, and names a bad field', async () => {
      expect((await call(h, agent.headers, 'GET', '/api/v1/me/preferences')).json()).toEqual({ mode: 'immediate' });
      const prefs = { mode: 'digest', digestHour: 7, quietHours: { start: '22:00', end: '07:00', timeZone: 'America/Chicago' } };
      const saved = await call(h, agent.headers, 'PUT', '/api/v1/me/preferences', prefs);
      expect(saved.statusCode).toBe(200);
      expect((await call(h, agent.headers, 'GET', '/api/v1/me/preferences')).json()).toEqual(prefs);
      expect((await call(h, h.headers, 'GET', '/api/v1/me/preferences')).json()).toEqual({ mode: 'immediate' });
      expect((await call(h, h.headers, 'GET', `/api/v1/audit?action=user.preferences&entityId=${agent.id}`)).json().items).toHaveLength(1);

      const zone = await call(h, agent.headers, 'PUT', '/api/v1/me/preferences', { ...prefs, quietHours: { ...prefs.quietHours, timeZone: 'Mars/Olympus' } });
      expect(zone.statusCode).toBe(400);
      expect(zone.json().details).toEqual([{ path: 'quietHours.timeZone', message: 'unknown time zone "Mars/Olympus"' }]);
      const hour = await call(h, agent.headers, 'PUT', '/api/v1/me/preferences', { ...prefs, digestHour: 24 });
      expect(hour.statusCode).toBe(400);
      expect(hour.json().details[0].path).toBe('digestHour');
      expect((await call(h, agent.headers, 'GET', '/api/v1/me/preferences')).json()).toEqual(prefs);
    });
  });

  describe('API tokens', () => {
    /** A token as `redress token create` makes one: shown once, only its hash stored. */
    const makeToken = async (role: string, sites: string[]) => {
      const token = TOKEN_PREFIX + newSecret();
      const r = await h.rt.db.query<{ id: string }>(`INSERT INTO api_tokens (name, token_hash, role, sites) VALUES ('integration', $1, $2, $3) RETURNING id`, [hashToken(token), role, sites]);
      return { id: r.rows[0].id, headers: { authorization: `Bearer ${token}` } };
    };

    it('acts with the role and sites of the token, without a CSRF token', async () => {
      const t = await makeToken('social_agent', [EAST]);
      const list = await call(h, t.headers, 'GET', '/api/v1/cases');
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([eastCase]);
      expect((await call(h, t.headers, 'GET', `/api/v1/cases/${mainCase}`)).statusCode).toBe(404);
      expect((await call(h, t.headers, 'GET', '/api/v1/audit')).statusCode).toBe(403);
      const note = await call(h, t.headers, 'POST', `/api/v1/cases/${eastCase}/notes`, { text: 'Logged by the integration.' });
      expect(note.statusCode).toBe(201);
      const audit = (await call(h, h.headers, 'GET', `/api/v1/audit?action=case.note&entityId=${eastCase}`)).json().items;
      expect(audit[0].actor).toBe('token:integration');
      const prefs = await call(h, t.headers, 'PUT', '/api/v1/me/preferences', { mode: 'digest' });
      expect(prefs.statusCode).toBe(400);
    });

    it('answers 401 to a revoked or unknown token', async () => {
      const t = await makeToken('viewer', []);
      expect((await call(h, t.headers, 'GET', '/api/v1/stats')).statusCode).toBe(200);
      await h.rt.db.query(`UPDATE api_tokens SET revoked_at = now() WHERE id = $1`, [t.id]);
      const revoked = await call(h, t.headers, 'GET', '/api/v1/stats');
      expect(revoked.statusCode).toBe(401);
      expect(revoked.json().error).toBe('unauthorized');
      expect((await call(h, { authorization: `Bearer ${TOKEN_PREFIX}nope` }, 'GET', '/api/v1/stats')).statusCode).toBe(401);
    });
  });
});
