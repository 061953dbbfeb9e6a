// The OpenAPI document at /api/docs against what the routes really answer: every route names its responses with
// schemas (errors referencing the shared Error schema), writes by cookie session are documented as
// needing X-CSRF-Token, real answers validate against the schema the document publishes for their status (with no
// property the document leaves out), and response schemas never change a body: they only document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Type } from '@sinclair/typebox';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';
import { call, demoHarness, signIn, type ApiHarness, type SessionHeaders } from '../../test/support/api-runtime.js';
import { buildServer } from './app.js';

type Json = Record<string, unknown>;
interface Operation {
  security?: Record<string, string[]>[];
  responses: Record<string, { description: string; content?: Record<string, { schema: Json }> }>;
}
interface OpenApi {
  info: { description: string };
  components: { schemas: Record<string, Json>; securitySchemes: Record<string, Json> };
  paths: Record<string, Record<string, Operation>>;
}

/** Routes with the statuses each documents: what an integrator can rely on. */
const DOCUMENTED: [method: string, path: string, statuses: number[]][] = [
  ['post', '/api/v1/auth/login', [200, 400, 401, 403, 429]],
  ['get', '/api/v1/auth/me', [200, 401]],
  ['post', '/api/v1/auth/logout', [200, 401, 403]],
  ['post', '/api/v1/me/password', [200, 400, 401, 403, 429]],
  ['post', '/api/v1/posts', [202, 400, 401, 403, 413]],
  ['get', '/api/v1/posts', [200, 400, 401, 403]],
  ['get', '/api/v1/posts/{id}', [200, 400, 401, 403, 404]],
  ['post', '/api/v1/posts/forwarded', [201, 400, 401, 403, 413]],
  ['get', '/api/v1/uploads/{id}', [200, 400, 401, 403, 404]],
  ['get', '/api/v1/sites', [200, 401, 403]],
  ['get', '/api/v1/teams', [200, 401, 403]],
  ['get', '/api/v1/users', [200, 400, 401, 403]],
  ['get', '/api/v1/oncall', [200, 401, 403]],
  ['get', '/api/v1/notifications', [200, 401, 403]],
  ['post', '/api/v1/notifications/{id}/read', [200, 400, 401, 403, 404]],
  ['post', '/api/v1/me/notifications/read-all', [200, 401, 403]],
  ['get', '/api/v1/me/preferences', [200, 401, 403]],
  ['put', '/api/v1/me/preferences', [200, 400, 401, 403]],
  ['get', '/api/v1/stats', [200, 401, 403]],
  ['get', '/api/v1/jobs/failed', [200, 401, 403]],
  ['post', '/api/v1/jobs/{name}/{id}/retry', [200, 400, 401, 403, 404]],
  ['get', '/api/v1/audit', [200, 400, 401, 403]],
  ['get', '/api/v1/audit/export.csv', [200, 400, 401, 403]],
  ['get', '/api/v1/tokens', [200, 401, 403]],
  ['post', '/api/v1/tokens', [201, 400, 401, 403]],
  ['delete', '/api/v1/tokens/{id}', [204, 400, 401, 403, 404]],
  ['get', '/api/v1/me/views', [200, 400, 401, 403]],
  ['post', '/api/v1/me/views', [201, 400, 401, 403]],
  ['delete', '/api/v1/me/views/{id}', [204, 400, 401, 403, 404]],
  ['post', '/api/v1/cases/{id}/outreach', [201, 400, 401, 403, 404]],
  ['post', '/api/v1/teams/{id}/oncall-cover', [201, 400, 401, 403, 404]],
  ['get', '/api/v1/webhooks/facebook', [200, 400, 403, 404]],
  ['post', '/api/v1/webhooks/facebook', [200, 400, 401, 404, 413]],
  ['get', '/api/v1/stream', [200, 401, 403]],
  ['get', '/api/v1/cases', [200, 400, 401, 403]],
  ['get', '/api/v1/cases/counts', [200, 400, 401, 403]],
  ['get', '/api/v1/cases/by-number/{number}', [200, 400, 401, 403, 404]],
  ['get', '/api/v1/cases/{id}', [200, 400, 401, 403, 404]],
  ['patch', '/api/v1/cases/{id}', [200, 400, 401, 403, 404, 409, 422]],
  ['post', '/api/v1/cases/{id}/notes', [201, 400, 401, 403, 404]],
  ['post', '/api/v1/cases/bulk', [200, 400, 401, 403]],
  ['post', '/api/v1/cases/{id}/merge', [200, 400, 401, 403, 404, 409]],
  ['post', '/api/v1/replies/check', [200, 400, 401, 403, 404]],
  ['get', '/api/v1/cases/{id}/templates', [200, 400, 401, 403, 404]],
  ['post', '/api/v1/cases/{id}/replies', [201, 400, 401, 403, 404, 409, 422]],
  ['post', '/api/v1/replies/{id}/approve', [200, 400, 401, 403, 404, 409]],
  ['post', '/api/v1/replies/{id}/reject', [200, 400, 401, 403, 404, 409]],
  ['post', '/api/v1/replies/{id}/mark-posted', [200, 400, 401, 403, 404, 409]],
  ['get', '/api/v1/reply-policy', [200, 401, 403]],
  ['get', '/api/v1/replies/export.csv', [200, 400, 401, 403]],
  ['get', '/api/v1/replies/export.pdf', [200, 400, 401, 403]],
  ['get', '/api/v1/reports/summary', [200, 400, 401, 403]],
  ['get', '/api/v1/reports/summary.csv', [200, 400, 401, 403]],
  ['get', '/api/v1/settings/organization', [200, 401, 403]],
  ['put', '/api/v1/settings/organization', [200, 400, 401, 403]],
  ['post', '/api/v1/sites', [200, 400, 401, 403]],
  ['put', '/api/v1/sites/{id}', [200, 400, 401, 403, 404]],
  ['post', '/api/v1/teams', [200, 400, 401, 403]],
  ['put', '/api/v1/teams/{id}', [200, 400, 401, 403, 404]],
  ['post', '/api/v1/users', [201, 400, 401, 403]],
  ['post', '/api/v1/users/{id}/password', [200, 400, 401, 403, 404]],
  ['patch', '/api/v1/users/{id}', [200, 400, 401, 403, 404, 409]],
  ['get', '/api/v1/settings/routing-rules', [200, 401, 403]],
  ['put', '/api/v1/settings/routing-rules', [200, 400, 401, 403]],
  ['get', '/api/v1/settings/clock-policies', [200, 401, 403]],
  ['put', '/api/v1/settings/clock-policies', [200, 400, 401, 403]],
  ['get', '/api/v1/settings/calendars', [200, 401, 403]],
  ['put', '/api/v1/settings/calendars', [200, 400, 401, 403]],
  ['get', '/api/v1/settings/templates', [200, 401, 403]],
  ['put', '/api/v1/settings/templates', [200, 400, 401, 403]],
  ['get', '/api/v1/settings/templates/check', [200, 401, 403]],
  ['get', '/api/v1/channel-accounts', [200, 401, 403]],
  ['post', '/api/v1/channel-accounts', [200, 400, 401, 403]],
  ['put', '/api/v1/channel-accounts/{id}', [200, 400, 401, 403, 404]],
  ['post', '/api/v1/channel-accounts/{id}/poll', [200, 400, 401, 403, 404, 409]],
  ['get', '/api/v1/destinations', [200, 401, 403]],
  ['post', '/api/v1/destinations', [200, 400, 401, 403]],
  ['put', '/api/v1/destinations/{id}', [200, 400, 401, 403, 404]],
  ['post', '/api/v1/destinations/{id}/test', [200, 400, 401, 403, 404]],
  ['get', '/api/v1/notification-reach', [200, 401, 403]],
];


/**
 * The published schema made strict for the test: an object that lists its properties admits no others, so a
 * property the code answers and the document leaves out fails here (the document itself stays open to additions).
 */
function strict<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(strict) as T;
  if (!schema || typeof schema !== 'object') return schema;
  const out = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'properties' ? Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, strict(s)])) : strict(v)]));
  if ('properties' in out && !('additionalProperties' in out)) out.additionalProperties = false;
  return out as T;
}

describe('OpenAPI document', () => {
  let api: ApiHarness;
  let admin: SessionHeaders;
  let spec: OpenApi;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);

  beforeAll(async () => {
    api = await demoHarness();
    admin = await signIn(api, 'admin@example.org');
    spec = (await call(api, null, 'GET', '/api/docs/json')).json() as OpenApi;
  });
  afterAll(() => api?.close());

  const operation = (method: string, path: string): Operation => {
    const op = spec.paths[path]?.[method];
    if (!op) throw new Error(`the document has no ${method.toUpperCase()} ${path}`);
    return op;
  };

  /** The answer validates against the JSON schema the document publishes for its status; answers the body. */
  /** `status`: the answer a call is written to get, so a refusal for another reason cannot pass for it. */
  function conforms(method: string, path: string, res: LightMyRequestResponse, status?: number): unknown {
    if (status !== undefined) expect(res.statusCode, `${method.toUpperCase()} ${path}: ${res.body}`).toBe(status);
    const documented = operation(method, path).responses[String(res.statusCode)];
    expect(documented, `${method.toUpperCase()} ${path} answered ${res.statusCode}, which the document does not list: ${res.body}`).toBeDefined();
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const schema = documented.content?.['application/json']?.schema;
    expect(schema, `${method.toUpperCase()} ${path} ${res.statusCode} has no JSON schema`).toBeDefined();
    const validate = ajv.compile({ components: strict(spec.components), allOf: [strict(schema)] });
    const body = res.json() as unknown;
    const problems = () => (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`).join('; ');
    expect(validate(body), `${method.toUpperCase()} ${path} ${res.statusCode}: ${problems()}`).toBe(true);
    return body;
  }

  describe('what it documents', () => {
    it('names the responses of every listed route with a schema, errors by the shared Error schema', () => {
      const error = spec.components.schemas.Error;
      expect(error).toMatchObject({ type: 'object', required: ['error', 'message', 'details'] });
      for (const [method, path, statuses] of DOCUMENTED) {
        const { responses } = operation(method, path);
        const where = `${method.toUpperCase()} ${path}`;
        expect(Object.keys(responses).sort(), where).toEqual(statuses.map(String).sort());
        for (const status of statuses) {
          const r = responses[String(status)];
          expect(r.description, `${where} ${status}`).not.toBe('Default Response');
          if (status === 204) {
            expect(r.content, `${where} 204`).toBeUndefined();
            continue;
          }
          const media = Object.values(r.content ?? {});
          expect(media.length, `${where} ${status} has no content`).toBeGreaterThan(0);
          for (const m of media) expect(Object.keys(m.schema ?? {}).length, `${where} ${status} has an empty schema`).toBeGreaterThan(0);
          if (status >= 400) expect(r.content?.['application/json']?.schema, `${where} ${status}`).toEqual({ $ref: '#/components/schemas/Error' });
        }
      }
    });

    it('leaves no route undocumented', () => {
      const undocumented: string[] = [];
      for (const [path, ops] of Object.entries(spec.paths))
        for (const [method, op] of Object.entries(ops)) {
          const statuses = Object.entries(op.responses);
          const success = statuses.some(([s, r]) => (s === '204' && !r.content) || (/^2\d\d$/.test(s) && r.content));
          const refusals = statuses.some(([s]) => /^4\d\d$/.test(s));
          if (!(success && refusals)) undocumented.push(`${method.toUpperCase()} ${path}`);
        }
      expect(undocumented).toEqual([]);
    });

    it('documents the CSRF header cookie sessions send on writes, and where its value comes from', () => {
      expect(spec.components.securitySchemes.csrf).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' });
      expect(spec.components.securitySchemes.session.description).toMatch(/X-CSRF-Token/);
      expect(spec.info.description).toMatch(/X-CSRF-Token/);
      expect(spec.info.description).toMatch(/csrfToken/);
      expect(spec.info.description).toMatch(/POST \/api\/v1\/auth\/login/);
      const writes = [
        operation('post', '/api/v1/posts'),
        operation('put', '/api/v1/me/preferences'),
        operation('delete', '/api/v1/tokens/{id}'),
        operation('patch', '/api/v1/cases/{id}'), // a route of another file: the whole API is documented alike
      ];
      for (const op of writes) expect(op.security).toEqual([{ bearer: [] }, { session: [], csrf: [] }]);
      // Reads need no CSRF token (the document-wide security applies), and neither do sign-in and signed webhooks.
      expect(operation('get', '/api/v1/posts').security).toBeUndefined();
      expect(operation('post', '/api/v1/auth/login').security).toEqual([]);
      expect(operation('post', '/api/v1/webhooks/facebook').security).toEqual([]);
    });
  });

  describe('real answers validate against the published schemas', () => {
    it('sign-in: 200 with the CSRF token, 401 for a wrong password, 400 for a bad body', async () => {
      const ok = conforms('post', '/api/v1/auth/login', await call(api, null, 'POST', '/api/v1/auth/login', { email: 'admin@example.org', password: 'redress-demo' }));
      expect(ok).toMatchObject({ csrfToken: expect.any(String), mustChangePassword: false });
      conforms('post', '/api/v1/auth/login', await call(api, null, 'POST', '/api/v1/auth/login', { email: 'admin@example.org', password: 'wrong' }));
      conforms('post', '/api/v1/auth/login', await call(api, null, 'POST', '/api/v1/auth/login', { email: 'admin@example.org' }));
      conforms('get', '/api/v1/auth/me', await call(api, admin, 'GET', '/api/v1/auth/me'));
    });

    it('POST /posts: 202 with accepted, rejected and ids; 400 for a bad body; 403 without the CSRF token', async () => {
      const good = { platform: 'google', externalId: `openapi-${Date.now()}`, author: { id: 'openapi-author', displayName: 'Lee Park' }, text: 'Parking was a mess.', rating: 2, createdAt: '2026-11-20T10:00:00Z' };
      const res = await call(api, admin, 'POST', '/api/v1/posts', { posts: [good, { platform: 'google' }] });
      expect(res.statusCode).toBe(202);
      const body = conforms('post', '/api/v1/posts', res) as { accepted: number; rejected: unknown[]; ids: (string | null)[] };
      expect(body.accepted).toBe(1);
      expect(body.rejected).toHaveLength(1);
      expect(body.ids[1]).toBeNull();
      const bad = await call(api, admin, 'POST', '/api/v1/posts', { posts: [] });
      expect(bad.statusCode).toBe(400);
      conforms('post', '/api/v1/posts', bad);
      const noCsrf = await api.app.inject({ method: 'POST', url: '/api/v1/posts', headers: { cookie: admin.cookie, 'content-type': 'application/json' }, payload: JSON.stringify({ posts: [good] }) });
      expect(noCsrf.statusCode).toBe(403);
      conforms('post', '/api/v1/posts', noCsrf);
    });

    it('GET /posts and GET /posts/:id: posts with their triage; 400 for a bad query, 404 for an unknown post', async () => {
      const list = await call(api, admin, 'GET', '/api/v1/posts?limit=50');
      expect(list.statusCode).toBe(200);
      const { items, nextCursor } = conforms('get', '/api/v1/posts', list) as { items: { id: string; triage: unknown }[]; nextCursor: string | null };
      expect(items.some((p) => p.triage !== null)).toBe(true);
      expect(nextCursor).not.toBeNull();
      const one = await call(api, admin, 'GET', `/api/v1/posts/${items[0].id}`);
      expect(one.statusCode).toBe(200);
      conforms('get', '/api/v1/posts/{id}', one);

      const badQuery = await call(api, admin, 'GET', '/api/v1/posts?limit=many');
      expect(badQuery.statusCode).toBe(400);
      expect((conforms('get', '/api/v1/posts', badQuery) as { details: { path: string }[] }).details.map((d) => d.path)).toContain('limit');
      const missing = await call(api, admin, 'GET', '/api/v1/posts/00000000-0000-4000-8000-000000000000');
      expect(missing.statusCode).toBe(404);
      conforms('get', '/api/v1/posts/{id}', missing);
    });

    it('the organization, people, stats and operations', async () => {
      for (const path of ['/api/v1/sites', '/api/v1/teams', '/api/v1/users', '/api/v1/oncall', '/api/v1/notifications', '/api/v1/me/preferences', '/api/v1/jobs/failed', '/api/v1/audit']) {
        const res = await call(api, admin, 'GET', path);
        expect(res.statusCode, path).toBe(200);
        conforms('get', path, res);
      }
      const stats = await call(api, admin, 'GET', '/api/v1/stats');
      expect(conforms('get', '/api/v1/stats', stats)).toMatchObject({ posts: expect.any(Number), jobs: { queued: expect.any(Number), failed: expect.any(Number) } });
      conforms('get', '/api/v1/sites', await call(api, null, 'GET', '/api/v1/sites'), 401);
      conforms('get', '/api/v1/users', await call(api, admin, 'GET', '/api/v1/users?assignableFor=nowhere'), 400);
    });

    it('tokens and saved views', async () => {
      const issued = await call(api, admin, 'POST', '/api/v1/tokens', { name: 'OpenAPI check', role: 'viewer' });
      expect(issued.statusCode).toBe(201);
      conforms('post', '/api/v1/tokens', issued);
      conforms('get', '/api/v1/tokens', await call(api, admin, 'GET', '/api/v1/tokens'));
      conforms('post', '/api/v1/tokens', await call(api, admin, 'POST', '/api/v1/tokens', { name: 'x', role: 'viewer', sites: ['nowhere'] }), 400);
      const saved = await call(api, admin, 'POST', '/api/v1/me/views', { name: 'OpenAPI check', query: 'status=new' });
      expect(saved.statusCode).toBe(201);
      conforms('post', '/api/v1/me/views', saved);
      conforms('get', '/api/v1/me/views', await call(api, admin, 'GET', '/api/v1/me/views'));
      const gone = await call(api, admin, 'DELETE', '/api/v1/me/views/00000000-0000-4000-8000-000000000000');
      expect(gone.statusCode).toBe(404);
      conforms('delete', '/api/v1/me/views/{id}', gone);
    });

    it('cases: the inbox, one case, a change and a stale one, a note, bulk and merge refusals, an unknown case', async () => {
      const first = await call(api, admin, 'GET', '/api/v1/cases?limit=10');
      expect(first.statusCode).toBe(200);
      const page = conforms('get', '/api/v1/cases', first) as { items: { id: string; number: number; version: number; status: string }[]; nextCursor: string; total: number | null };
      expect(page.total).toEqual(expect.any(Number));
      const next = await call(api, admin, 'GET', `/api/v1/cases?limit=10&cursor=${page.nextCursor}`);
      expect((conforms('get', '/api/v1/cases', next) as { total: unknown }).total).toBeNull();
      expect((await call(api, admin, 'GET', '/api/v1/cases?clockState=soon')).statusCode).toBe(400);
      conforms('get', '/api/v1/cases', await call(api, admin, 'GET', '/api/v1/cases?clockState=soon'));

      // Every case of the first page (clocks, the author's other cases) and forwarded ones (confidential, who forwarded, files).
      const forwarded = (conforms('get', '/api/v1/cases', await call(api, admin, 'GET', '/api/v1/cases?platform=forwarded&limit=3')) as typeof page).items;
      expect(forwarded.length).toBeGreaterThan(0);
      for (const c of [...page.items, ...forwarded]) {
        const one = await call(api, admin, 'GET', `/api/v1/cases/${c.id}`);
        expect(one.statusCode).toBe(200);
        conforms('get', '/api/v1/cases/{id}', one);
      }
      const byNumber = await call(api, admin, 'GET', `/api/v1/cases/by-number/${page.items[0].number}`);
      expect(conforms('get', '/api/v1/cases/by-number/{number}', byNumber)).toEqual({ id: page.items[0].id, number: page.items[0].number });
      const unknown = await call(api, admin, 'GET', '/api/v1/cases/00000000-0000-4000-8000-000000000000');
      expect(unknown.statusCode).toBe(404);
      conforms('get', '/api/v1/cases/{id}', unknown);
      conforms('get', '/api/v1/cases/by-number/{number}', await call(api, admin, 'GET', '/api/v1/cases/by-number/999999999'));

      const c = page.items.find((i) => i.status !== 'resolved' && i.status !== 'closed')!;
      const changed = await call(api, admin, 'PATCH', `/api/v1/cases/${c.id}`, { version: c.version, priority: 'high', tags: ['openapi'] });
      expect(changed.statusCode).toBe(200);
      expect(conforms('patch', '/api/v1/cases/{id}', changed)).toMatchObject({ id: c.id, version: c.version + 1, priority: 'high' });
      const stale = await call(api, admin, 'PATCH', `/api/v1/cases/${c.id}`, { version: c.version, priority: 'low' });
      expect(stale.statusCode).toBe(409);
      conforms('patch', '/api/v1/cases/{id}', stale);
      const early = await call(api, admin, 'PATCH', `/api/v1/cases/${c.id}`, { version: c.version + 1, outcome: 'no_response' });
      expect(early.statusCode).toBe(422);
      conforms('patch', '/api/v1/cases/{id}', early);

      const note = await call(api, admin, 'POST', `/api/v1/cases/${c.id}/notes`, { text: 'Checked with @jordan.pike@example.org and @linda.fairbanks@example.org.' });
      expect(note.statusCode).toBe(201);
      expect(conforms('post', '/api/v1/cases/{id}/notes', note)).toMatchObject({ type: 'note.added', mentions: expect.arrayContaining([expect.objectContaining({ name: 'Jordan Pike' })]) });
      conforms('post', '/api/v1/cases/{id}/notes', await call(api, admin, 'POST', `/api/v1/cases/${c.id}/notes`, { text: '' }), 400);
      conforms('get', '/api/v1/cases/{id}', await call(api, admin, 'GET', `/api/v1/cases/${c.id}`));

      const bulk = await call(api, admin, 'POST', '/api/v1/cases/bulk', { ids: [c.id, '00000000-0000-4000-8000-000000000000'], action: 'assign', assigneeId: null });
      expect(conforms('post', '/api/v1/cases/bulk', bulk)).toMatchObject({ updated: 1, failed: [{ id: '00000000-0000-4000-8000-000000000000' }] });
      conforms('post', '/api/v1/cases/bulk', await call(api, admin, 'POST', '/api/v1/cases/bulk', { ids: [c.id], action: 'assign' }), 400);
      const self = await call(api, admin, 'POST', `/api/v1/cases/${c.id}/merge`, { intoCaseId: c.id });
      expect(self.statusCode).toBe(400);
      conforms('post', '/api/v1/cases/{id}/merge', self);
    });

    it('replies: the guard check, templates, sending, refusals, approval, marking posted and the policy', async () => {
      const { items } = (await call(api, admin, 'GET', '/api/v1/cases?limit=200&status=new,triaged')).json() as { items: { id: string; platform: string; confidential: boolean; approvalRequired: boolean }[] };
      const open = items.find((i) => !i.confidential && !i.approvalRequired && ['google', 'yelp', 'facebook'].includes(i.platform))!;
      const held = items.find((i) => !i.confidential && i.approvalRequired)!;
      expect(open && held).toBeTruthy();

      const draft = 'Sorry Dr Smith, your surgery on 3/4 went badly. Call 555-123-4567.';
      const checked = await call(api, admin, 'POST', '/api/v1/replies/check', { caseId: open.id, text: draft, kind: 'public' });
      expect(conforms('post', '/api/v1/replies/check', checked)).toMatchObject({ verdict: 'block' });
      conforms('post', '/api/v1/replies/check', await call(api, admin, 'POST', '/api/v1/replies/check', { caseId: '00000000-0000-4000-8000-000000000000', text: 'Hi', kind: 'public' }), 404);
      const templates = await call(api, admin, 'GET', `/api/v1/cases/${open.id}/templates`);
      expect((conforms('get', '/api/v1/cases/{id}/templates', templates) as unknown[]).length).toBeGreaterThan(0);

      const text = 'Thank you for telling us. Please message us so we can help.';
      const sent = await call(api, admin, 'POST', `/api/v1/cases/${open.id}/replies`, { text, kind: 'public' });
      expect(sent.statusCode).toBe(201);
      const reply = conforms('post', '/api/v1/cases/{id}/replies', sent) as { id: string; status: string };
      const again = await call(api, admin, 'POST', `/api/v1/cases/${open.id}/replies`, { text, kind: 'public' });
      expect(again.statusCode).toBe(409);
      conforms('post', '/api/v1/cases/{id}/replies', again);
      const blocked = await call(api, admin, 'POST', `/api/v1/cases/${open.id}/replies`, { text: draft, kind: 'public' });
      expect(blocked.statusCode).toBe(422);
      conforms('post', '/api/v1/cases/{id}/replies', blocked);
      conforms('post', '/api/v1/cases/{id}/replies', await call(api, admin, 'POST', `/api/v1/cases/${open.id}/replies`, { text: '', kind: 'public' }), 400);
      const overridden = await call(api, admin, 'POST', `/api/v1/cases/${open.id}/replies`, { text: draft, kind: 'private', overrideReason: 'The patient asked us to write exactly this.' });
      expect(overridden.statusCode).toBe(201);
      conforms('post', '/api/v1/cases/{id}/replies', overridden);

      if (reply.status === 'manual') {
        const posted = await call(api, admin, 'POST', `/api/v1/replies/${reply.id}/mark-posted`, { url: 'https://example.org/reply/1' });
        expect(posted.statusCode).toBe(200);
        conforms('post', '/api/v1/replies/{id}/mark-posted', posted);
      }
      const twice = await call(api, admin, 'POST', `/api/v1/replies/${reply.id}/mark-posted`, {});
      expect(twice.statusCode).toBe(409);
      conforms('post', '/api/v1/replies/{id}/mark-posted', twice);
      conforms('get', '/api/v1/cases/{id}', await call(api, admin, 'GET', `/api/v1/cases/${open.id}`)); // replies: sent, overridden

      const waiting = await call(api, admin, 'POST', `/api/v1/cases/${held.id}/replies`, { text: 'Thank you for your feedback; we would like to learn more.', kind: 'public' });
      expect((conforms('post', '/api/v1/cases/{id}/replies', waiting) as { status: string }).status).toBe('pending_approval');
      const waitingId = (waiting.json() as { id: string }).id;
      conforms('get', '/api/v1/cases/{id}', await call(api, admin, 'GET', `/api/v1/cases/${held.id}`)); // a held reply: canApprove, approvers
      const own = await call(api, admin, 'POST', `/api/v1/replies/${waitingId}/approve`, {});
      expect(own.statusCode).toBe(403);
      conforms('post', '/api/v1/replies/{id}/approve', own);
      conforms('post', '/api/v1/replies/{id}/reject', await call(api, admin, 'POST', `/api/v1/replies/${waitingId}/reject`, {}), 400); // no comment
      const risk = await signIn(api, 'gregory.albright@example.org');
      const approved = await call(api, risk, 'POST', `/api/v1/replies/${waitingId}/approve`, { comment: 'Fine to post.' });
      expect(approved.statusCode).toBe(200);
      conforms('post', '/api/v1/replies/{id}/approve', approved);
      const decided = await call(api, risk, 'POST', `/api/v1/replies/${waitingId}/reject`, { comment: 'Too late.' });
      expect(decided.statusCode).toBe(409);
      conforms('post', '/api/v1/replies/{id}/reject', decided);
      conforms('post', '/api/v1/replies/{id}/approve', await call(api, risk, 'POST', '/api/v1/replies/00000000-0000-4000-8000-000000000000/approve', {}), 404);

      expect(conforms('get', '/api/v1/reply-policy', await call(api, admin, 'GET', '/api/v1/reply-policy'))).toMatchObject({ version: expect.any(String) });
      const csv = await call(api, admin, 'GET', `/api/v1/replies/export.csv?caseId=${open.id}`);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(operation('get', '/api/v1/replies/export.csv').responses['200'].content).toHaveProperty(['text/csv']);
      conforms('get', '/api/v1/replies/export.csv', await call(api, admin, 'GET', '/api/v1/replies/export.csv?from=2026-02-30'), 400);
      conforms('get', '/api/v1/replies/export.pdf', await call(api, risk, 'GET', '/api/v1/replies/export.pdf?from=2026-12-01&to=2026-11-01'), 400);
    });

    it('reports: the dashboard summary, and the CSV documented as CSV', async () => {
      const summary = await call(api, admin, 'GET', '/api/v1/reports/summary');
      expect(summary.statusCode).toBe(200);
      expect(conforms('get', '/api/v1/reports/summary', summary)).toMatchObject({ postsReceived: expect.any(Number), timeZone: expect.any(String) });
      conforms('get', '/api/v1/reports/summary', await call(api, admin, 'GET', '/api/v1/reports/summary?site=northside'));
      conforms('get', '/api/v1/reports/summary', await call(api, admin, 'GET', '/api/v1/reports/summary?from=2026-02-30'), 400);
      const scoped = await signIn(api, 'ruth.okafor@example.org');
      const outside = await call(api, scoped, 'GET', '/api/v1/reports/summary?site=front-range');
      expect(outside.statusCode).toBe(403);
      conforms('get', '/api/v1/reports/summary', outside);
      const csv = await call(api, admin, 'GET', '/api/v1/reports/summary.csv');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(operation('get', '/api/v1/reports/summary.csv').responses['200'].content).toHaveProperty(['text/csv']);
    });

    it('settings: what each section answers read and saved back, users, channel accounts and destinations', async () => {
      for (const path of ['/api/v1/settings/organization', '/api/v1/settings/routing-rules', '/api/v1/settings/clock-policies', '/api/v1/settings/calendars', '/api/v1/settings/templates']) {
        const read = await call(api, admin, 'GET', path);
        expect(read.statusCode, path).toBe(200);
        const saved = await call(api, admin, 'PUT', path, conforms('get', path, read));
        expect(saved.statusCode, `PUT ${path}: ${saved.body}`).toBe(200);
        conforms('put', path, saved);
      }
      conforms('put', '/api/v1/settings/routing-rules', await call(api, admin, 'PUT', '/api/v1/settings/routing-rules', [{ id: 'x' }]), 400);
      conforms('get', '/api/v1/settings/templates/check', await call(api, admin, 'GET', '/api/v1/settings/templates/check'));

      const site = { id: 'openapi-site', name: 'OpenAPI Clinic', kind: 'clinic', timeZone: 'America/Chicago' };
      expect(conforms('post', '/api/v1/sites', await call(api, admin, 'POST', '/api/v1/sites', site))).toMatchObject(site);
      conforms('put', '/api/v1/sites/{id}', await call(api, admin, 'PUT', '/api/v1/sites/openapi-site', { ...site, city: 'Wichita', publicPhone: '(316) 555-0199' }));
      conforms('put', '/api/v1/sites/{id}', await call(api, admin, 'PUT', '/api/v1/sites/nowhere', site), 404);
      conforms('post', '/api/v1/sites', await call(api, admin, 'POST', '/api/v1/sites', { ...site, timeZone: 'Mars/Olympus' }), 400);
      const team = { id: 'openapi-desk', name: 'OpenAPI desk', function: 'social_media', members: ['jordan.pike@example.org'] };
      conforms('post', '/api/v1/teams', await call(api, admin, 'POST', '/api/v1/teams', team));
      conforms('put', '/api/v1/teams/{id}', await call(api, admin, 'PUT', '/api/v1/teams/openapi-desk', { ...team, sites: ['openapi-site'], manager: 'jordan.pike@example.org' }));
      conforms('put', '/api/v1/teams/{id}', await call(api, admin, 'PUT', '/api/v1/teams/nowhere', { ...team, sites: ['openapi-site'] }), 404);
      conforms('post', '/api/v1/teams', await call(api, admin, 'POST', '/api/v1/teams', team), 400); // the id is taken

      const made = await call(api, admin, 'POST', '/api/v1/users', { email: 'openapi.user@example.org', name: 'Open Api', role: 'viewer', sites: ['openapi-site'] });
      expect(made.statusCode).toBe(201);
      const user = conforms('post', '/api/v1/users', made) as { id: string };
      conforms('post', '/api/v1/users', await call(api, admin, 'POST', '/api/v1/users', { email: 'openapi.user@example.org', name: 'Again', role: 'viewer', password: 'x' }), 400);
      conforms('post', '/api/v1/users/{id}/password', await call(api, admin, 'POST', `/api/v1/users/${user.id}/password`));
      conforms('post', '/api/v1/users/{id}/password', await call(api, admin, 'POST', '/api/v1/users/00000000-0000-4000-8000-000000000000/password'), 404);
      expect(conforms('patch', '/api/v1/users/{id}', await call(api, admin, 'PATCH', `/api/v1/users/${user.id}`, { disabled: true }))).toMatchObject({ disabledAt: expect.any(String) });
      const users = (await call(api, admin, 'GET', '/api/v1/users')).json() as { id: string; email: string }[];
      const tessa = users.find((u) => u.email === 'tessa.monroe@example.org')!;
      conforms('patch', '/api/v1/users/{id}', await call(api, admin, 'PATCH', `/api/v1/users/${tessa.id}`, { role: 'risk_manager' }));
      const me = users.find((u) => u.email === 'admin@example.org')!;
      const last = await call(api, admin, 'PATCH', `/api/v1/users/${me.id}`, { role: 'viewer' });
      expect(last.statusCode).toBe(409);
      conforms('patch', '/api/v1/users/{id}', last);

      const accounts = await call(api, admin, 'GET', '/api/v1/channel-accounts');
      expect((conforms('get', '/api/v1/channel-accounts', accounts) as unknown[]).length).toBeGreaterThan(0);
      const account = { id: 'openapi-page', platform: 'facebook', name: 'OpenAPI page', externalId: '1000001' };
      conforms('post', '/api/v1/channel-accounts', await call(api, admin, 'POST', '/api/v1/channel-accounts', account));
      conforms('put', '/api/v1/channel-accounts/{id}', await call(api, admin, 'PUT', '/api/v1/channel-accounts/openapi-page', { ...account, siteId: 'openapi-site' }));
      conforms('put', '/api/v1/channel-accounts/{id}', await call(api, admin, 'PUT', '/api/v1/channel-accounts/nowhere', account), 404);
      conforms('post', '/api/v1/channel-accounts', await call(api, admin, 'POST', '/api/v1/channel-accounts', { ...account, platform: 'myspace' }), 400);
      const unread = await call(api, admin, 'POST', '/api/v1/channel-accounts/openapi-page/poll');
      expect(unread.statusCode).toBe(409); // no credentials for the platform in tests
      conforms('post', '/api/v1/channel-accounts/{id}/poll', unread);
      conforms('post', '/api/v1/channel-accounts/{id}/poll', await call(api, admin, 'POST', '/api/v1/channel-accounts/nowhere/poll'), 404);
      conforms('get', '/api/v1/channel-accounts', await call(api, admin, 'GET', '/api/v1/channel-accounts'));

      const mail = { id: 'openapi-mail', kind: 'email', name: 'Risk inbox', to: ['risk@example.org'] };
      conforms('post', '/api/v1/destinations', await call(api, admin, 'POST', '/api/v1/destinations', mail));
      conforms('put', '/api/v1/destinations/{id}', await call(api, admin, 'PUT', '/api/v1/destinations/openapi-mail', { ...mail, enabled: false }));
      conforms('put', '/api/v1/destinations/{id}', await call(api, admin, 'PUT', '/api/v1/destinations/nowhere', mail), 404);
      conforms('post', '/api/v1/destinations', await call(api, admin, 'POST', '/api/v1/destinations', { id: 'lan', kind: 'webhook', name: 'LAN', url: 'http://127.0.0.1:9/hook' }), 400);
      const listed = await call(api, admin, 'GET', '/api/v1/destinations');
      expect(conforms('get', '/api/v1/destinations', listed)).toEqual([expect.objectContaining({ id: 'openapi-mail', problem: expect.any(String) })]);
      conforms('get', '/api/v1/notification-reach', await call(api, admin, 'GET', '/api/v1/notification-reach'));
    });
  });

  describe('response schemas only document', () => {
    it('never drop or coerce what a handler answers', async () => {
      const app = await buildServer(api.rt, { logger: false });
      try {
        const Documented = Type.Object({ kept: Type.String(), count: Type.String(), nested: Type.Object({ a: Type.Integer() }) });
        app.get('/api/v1/probe', { schema: { hide: true, response: { 200: Documented } } }, async () => ({ kept: 'yes', count: 5, nested: { a: 1, b: 'undocumented' }, extra: [1, 2] }));
        const res = await app.inject({ method: 'GET', url: '/api/v1/probe', headers: { cookie: admin.cookie } });
        expect(res.statusCode).toBe(200);
        // Fastify's default serializer would answer { kept: 'yes', count: '5', nested: { a: 1 } }.
        expect(res.json()).toEqual({ kept: 'yes', count: 5, nested: { a: 1, b: 'undocumented' }, extra: [1, 2] });
      } finally {
        await app.close();
      }
    });
  });
});
