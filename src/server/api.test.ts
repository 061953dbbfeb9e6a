// The API's guarantees end to end over HTTP: sign-in and CSRF, roles and site scope on every route, audit of reads,
// bad input that is refused with the field named and nothing stored, idempotent batches, reports and settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, demoHarness, runQueuedJobs, signIn, type ApiHarness, type SessionHeaders } from '../../test/support/api-runtime.js';
import { buildServer } from './app.js';

const VIEWER = 'linda.fairbanks@example.org';
const SCOPED = 'ruth.okafor@example.org'; // patient experience, Northside only

async function counts(api: ApiHarness) {
  const r = await api.test.db.query<{ posts: number; cases: number; jobs: number }>(
    `SELECT (SELECT count(*)::int FROM posts) AS posts, (SELECT count(*)::int FROM cases) AS cases,
            (SELECT count(*)::int FROM pgboss.job WHERE name = 'post.process') AS jobs`,
  );
  return r.rows[0];
}

const post = (over: object = {}) => ({
  platform: 'google',
  externalId: `api-${Math.random().toString(36).slice(2)}`,
  author: { id: 'api-author', displayName: 'Lee Park' },
  text: 'The billing office charged me twice and nobody calls back.',
  rating: 1,
  createdAt: '2026-11-20T10:00:00Z',
  ...over,
});

describe('API', () => {
  let api: ApiHarness;
  let admin: SessionHeaders;
  beforeAll(async () => {
    api = await demoHarness();
    admin = await signIn(api, 'admin@example.org');
  });
  afterAll(() => api?.close());

  describe('sign-in and sessions', () => {
    it('refuses a wrong password and anonymous access', async () => {
      expect((await call(api, null, 'POST', '/api/v1/auth/login', { email: 'admin@example.org', password: 'nope' })).statusCode).toBe(401);
      expect((await call(api, null, 'GET', '/api/v1/cases')).statusCode).toBe(401);
    });

    it('refuses a state change without the CSRF token', async () => {
      const res = await api.app.inject({ method: 'POST', url: '/api/v1/posts', headers: { cookie: admin.cookie, 'content-type': 'application/json' }, payload: JSON.stringify({ posts: [post()] }) });
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toMatch(/CSRF/);
    });

    it('limits failed sign-ins for an email across web processes, without locking out others', async () => {
      const other = await buildServer(api.rt, { logger: false });
      try {
        const attempt = (app: typeof other, password: string) =>
          app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'marcus.bell@example.org', password } });
        for (let i = 0; i < api.rt.env.loginAttemptsPer15Min; i++) expect((await attempt(i % 2 ? other : api.app, 'wrong')).statusCode).toBe(401);
        const blocked = await attempt(other, 'redress-demo');
        expect(blocked.statusCode).toBe(429);
        expect(blocked.json().message).toMatch(/wait 15 minutes/);
        expect((await attempt(api.app, 'redress-demo')).statusCode).toBe(429);
        expect((await call(api, null, 'POST', '/api/v1/auth/login', { email: 'admin@example.org', password: 'redress-demo' })).statusCode).toBe(200);
      } finally {
        await other.close();
      }
    });

    it('sets an HttpOnly, SameSite session cookie', async () => {
      const res = await call(api, null, 'POST', '/api/v1/auth/login', { email: 'admin@example.org', password: 'redress-demo' });
      expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
      expect(String(res.headers['set-cookie'])).toMatch(/SameSite=Lax/i);
    });
  });

  describe('roles and site scope', () => {
    it('never shows a scoped user another site, in lists or by direct id', async () => {
      const ruth = await signIn(api, SCOPED);
      const list = await call(api, ruth, 'GET', '/api/v1/cases?limit=200');
      expect(list.statusCode).toBe(200);
      const sites = new Set(list.json().items.map((c: { siteId: string }) => c.siteId));
      expect([...sites]).toEqual(['northside']);
      const other = await api.test.db.query<{ id: string }>(`SELECT id FROM cases WHERE site_id <> 'northside' LIMIT 1`);
      expect((await call(api, ruth, 'GET', `/api/v1/cases/${other.rows[0].id}`)).statusCode).toBe(404);
    });

    it('lets a viewer read but not reply or change a case', async () => {
      const viewer = await signIn(api, VIEWER);
      const c = (await call(api, viewer, 'GET', '/api/v1/cases?limit=1')).json().items[0];
      expect((await call(api, viewer, 'GET', `/api/v1/cases/${c.id}`)).statusCode).toBe(200);
      const refused = await call(api, viewer, 'POST', `/api/v1/cases/${c.id}/replies`, { text: 'Thank you for your feedback.', kind: 'private' });
      // The refusal reads as words a person would say, not the internal action name.
      expect([refused.statusCode, refused.json().message]).toEqual([403, 'Your role (Viewer) may not send replies.']);
      expect((await call(api, viewer, 'PATCH', `/api/v1/cases/${c.id}`, { version: c.version, priority: 'high' })).statusCode).toBe(403);
    });

    it('audits every read of a case', async () => {
      const c = (await call(api, admin, 'GET', '/api/v1/cases?limit=1')).json().items[0];
      await call(api, admin, 'GET', `/api/v1/cases/${c.id}`);
      const audit = (await call(api, admin, 'GET', `/api/v1/audit?entityId=${c.id}&action=case.read`)).json();
      expect(audit.items[0]).toMatchObject({ action: 'case.read', entityType: 'case', entityId: c.id, actor: 'admin@example.org' });
    });

    it('rejects a stale version with 409 and an illegal transition with 400', async () => {
      const c = (await call(api, admin, 'GET', '/api/v1/cases?limit=1&status=triaged')).json().items[0];
      expect((await call(api, admin, 'PATCH', `/api/v1/cases/${c.id}`, { version: c.version, status: 'in_recovery' })).statusCode).toBe(200);
      expect((await call(api, admin, 'PATCH', `/api/v1/cases/${c.id}`, { version: c.version, priority: 'high' })).statusCode).toBe(409);
      const res = await call(api, admin, 'PATCH', `/api/v1/cases/${c.id}`, { version: c.version + 1, status: 'new' });
      expect(res.statusCode).toBe(400);
      expect(res.json().details[0].path).toBe('status');
    });
  });

  describe('bad input is refused, named, and never half-written', () => {
    it('malformed JSON, unknown and missing fields, wrong types, invalid UTF-8, oversized bodies', async () => {
      const before = await counts(api);
      const raw = (payload: string | Buffer) =>
        api.app.inject({ method: 'POST', url: '/api/v1/posts', headers: { ...admin, 'content-type': 'application/json' }, payload });
      expect((await raw('{"posts": [')).json()).toMatchObject({ error: 'bad_request', details: [{ path: '(body)' }] });
      expect((await raw(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]))).json().details[0].message).toMatch(/UTF-8/);
      const tooBig = await raw(JSON.stringify({ posts: [post({ text: 'x'.repeat(10 * 1024 * 1024) })] }));
      expect(tooBig.statusCode).toBe(413);

      const mixed = await call(api, admin, 'POST', '/api/v1/posts', {
        posts: [post({ mood: 'angry' }), post({ rating: '5' }), { ...post(), text: undefined }, post({ text: 'y'.repeat(20_001) })],
      });
      expect(mixed.statusCode).toBe(202);
      const rejected = mixed.json().rejected as { index: number; details: { path: string }[] }[];
      expect(rejected.map((r) => [r.index, r.details[0].path])).toEqual([[0, 'mood'], [1, 'rating'], [2, 'text'], [3, 'text']]);
      expect(await counts(api)).toEqual(before);
    });

    it('creates nothing new when the same batch is sent twice', async () => {
      const batch = { posts: [post({ externalId: 'twice-1' }), post({ externalId: 'twice-2', author: { id: 'other' } })] };
      const first = await call(api, admin, 'POST', '/api/v1/posts', batch);
      expect(first.json()).toMatchObject({ accepted: 2, duplicates: 0 });
      const before = await counts(api);
      const second = await call(api, admin, 'POST', '/api/v1/posts', batch);
      expect(second.json()).toMatchObject({ accepted: 0, duplicates: 2, ids: first.json().ids });
      expect(await counts(api)).toEqual(before);
    });

    it('keeps an edited review as a new revision', async () => {
      await call(api, admin, 'POST', '/api/v1/posts', { posts: [post({ externalId: 'edit-1', rating: 1 })] });
      const edited = await call(api, admin, 'POST', '/api/v1/posts', { posts: [post({ externalId: 'edit-1', rating: 4, text: 'Update: they called and fixed the bill.' })] });
      expect(edited.json()).toMatchObject({ revised: 1 });
      const r = await api.test.db.query<{ revision: number; rating: number; old: number }>(
        `SELECT p.revision, p.rating, r.rating AS old FROM posts p JOIN post_revisions r ON r.post_id = p.id WHERE p.external_id = 'edit-1'`,
      );
      expect(r.rows).toEqual([{ revision: 2, rating: 4, old: 1 }]);
    });
  });

  describe('reports and settings', () => {
    it('counts complaints by site in the viewer’s scope only', async () => {
      const all = (await call(api, admin, 'GET', '/api/v1/reports/summary')).json();
      const expected = await api.test.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE merged_into IS NULL AND created_at >= now() - interval '30 days'`);
      expect(all.complaintsBySite.reduce((s: number, r: { count: number }) => s + r.count, 0)).toBe(expected.rows[0].n);
      const ruth = await signIn(api, SCOPED);
      const scoped = (await call(api, ruth, 'GET', '/api/v1/reports/summary')).json();
      expect(scoped.complaintsBySite.map((r: { siteId: string }) => r.siteId)).toEqual(['northside']);
    });

    it('names the field of a settings error and refuses non-admins', async () => {
      const site = { id: 'east-clinic', name: 'East Clinic', timeZone: 'Mars/Olympus', kind: 'clinic' };
      const res = await call(api, admin, 'POST', '/api/v1/sites', site);
      expect(res.statusCode).toBe(400);
      expect(res.json().details).toContainEqual({ path: 'timeZone', message: 'unknown time zone "Mars/Olympus"' });
      const viewer = await signIn(api, VIEWER);
      expect((await call(api, viewer, 'POST', '/api/v1/sites', { ...site, timeZone: 'America/Chicago' })).statusCode).toBe(403);
    });

    it('applies a routing rule change to the next case', async () => {
      const rules = (await call(api, admin, 'GET', '/api/v1/settings/routing-rules')).json();
      const vip = { id: 'vip', name: 'Press mentions go to risk', when: { complaint: true }, then: [{ assignTeamByFunction: 'risk_management' }, { addTags: ['press'] }] };
      const put = await call(api, admin, 'PUT', '/api/v1/settings/routing-rules', [vip, ...rules]);
      expect(put.statusCode).toBe(200);
      const bad = await call(api, admin, 'PUT', '/api/v1/settings/routing-rules', [{ ...vip, then: [{ assignTeam: 'nobody' }] }]);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().details[0].path).toMatch(/^\[0\]\.then\[0\]/);
      const sent = await call(api, admin, 'POST', '/api/v1/posts', { posts: [post({ externalId: 'after-rule', author: { id: 'fresh-author' } })] });
      await runQueuedJobs(api, 'post.process');
      const c = await api.test.db.query<{ team_id: string; tags: string[] }>(`SELECT c.team_id, c.tags FROM cases c JOIN posts p ON p.case_id = c.id WHERE p.id = $1`, [sent.json().ids[0]]);
      expect(c.rows[0].tags).toContain('press');
    });
  });
});
