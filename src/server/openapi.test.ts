// The OpenAPI document at /api/docs against what the routes really answer: every route of the core files names its
// responses with schemas (errors referencing the shared Error schema), writes by cookie session are documented as
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

/** The routes of the core files, with the statuses each documents: what an integrator can rely on. */
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
];

/**
 * Routes of files this work could not edit (cases, replies, reports, settings) that still answer without documented
 * schemas or error responses. They may stay so for now; every other route must be documented. Remove a line when its
 * route gets its schemas.
 */
const PENDING = new Set([
  'GET /api/v1/cases',
  'GET /api/v1/cases/by-number/{number}',
  'GET /api/v1/cases/{id}',
  'PATCH /api/v1/cases/{id}',
  'POST /api/v1/cases/{id}/notes',
  'POST /api/v1/cases/bulk',
  'POST /api/v1/cases/{id}/merge',
  'POST /api/v1/sites',
  'POST /api/v1/teams',
  'POST /api/v1/users',
  'POST /api/v1/replies/check',
  'GET /api/v1/cases/{id}/templates',
  'POST /api/v1/cases/{id}/replies',
  'POST /api/v1/replies/{id}/approve',
  'POST /api/v1/replies/{id}/reject',
  'POST /api/v1/replies/{id}/mark-posted',
  'GET /api/v1/reply-policy',
  'GET /api/v1/replies/export.csv',
  'GET /api/v1/replies/export.pdf',
  'GET /api/v1/reports/summary',
  'GET /api/v1/reports/summary.csv',
  'GET /api/v1/settings/organization',
  'PUT /api/v1/settings/organization',
  'PUT /api/v1/sites/{id}',
  'PUT /api/v1/teams/{id}',
  'POST /api/v1/users/{id}/password',
  'PATCH /api/v1/users/{id}',
  'GET /api/v1/settings/routing-rules',
  'PUT /api/v1/settings/routing-rules',
  'GET /api/v1/settings/clock-policies',
  'PUT /api/v1/settings/clock-policies',
  'GET /api/v1/settings/calendars',
  'PUT /api/v1/settings/calendars',
  'GET /api/v1/settings/templates',
  'PUT /api/v1/settings/templates',
  'GET /api/v1/settings/templates/check',
  'GET /api/v1/channel-accounts',
  'POST /api/v1/channel-accounts',
  'POST /api/v1/channel-accounts/{id}/poll',
  'PUT /api/v1/channel-accounts/{id}',
  'GET /api/v1/destinations',
  'POST /api/v1/destinations',
  'PUT /api/v1/destinations/{id}',
]);

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
  function conforms(method: string, path: string, res: LightMyRequestResponse): unknown {
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
    it('names the responses of every core route with a schema, errors by the shared Error schema', () => {
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

    it('leaves no route undocumented but the pending ones', () => {
      const undocumented: string[] = [];
      for (const [path, ops] of Object.entries(spec.paths))
        for (const [method, op] of Object.entries(ops)) {
          const statuses = Object.entries(op.responses);
          const success = statuses.some(([s, r]) => (s === '204' && !r.content) || (/^2\d\d$/.test(s) && r.content));
          const refusals = statuses.some(([s]) => /^4\d\d$/.test(s));
          if (!(success && refusals) && !PENDING.has(`${method.toUpperCase()} ${path}`)) undocumented.push(`${method.toUpperCase()} ${path}`);
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
      conforms('get', '/api/v1/sites', await call(api, null, 'GET', '/api/v1/sites')); // 401
      conforms('get', '/api/v1/users', await call(api, admin, 'GET', '/api/v1/users?assignableFor=nowhere')); // 400
    });

    it('tokens and saved views', async () => {
      const issued = await call(api, admin, 'POST', '/api/v1/tokens', { name: 'OpenAPI check', role: 'viewer' });
      expect(issued.statusCode).toBe(201);
      conforms('post', '/api/v1/tokens', issued);
      conforms('get', '/api/v1/tokens', await call(api, admin, 'GET', '/api/v1/tokens'));
      conforms('post', '/api/v1/tokens', await call(api, admin, 'POST', '/api/v1/tokens', { name: 'x', role: 'viewer', sites: ['nowhere'] })); // 400
      const saved = await call(api, admin, 'POST', '/api/v1/me/views', { name: 'OpenAPI check', query: 'status=new' });
      expect(saved.statusCode).toBe(201);
      conforms('post', '/api/v1/me/views', saved);
      conforms('get', '/api/v1/me/views', await call(api, admin, 'GET', '/api/v1/me/views'));
      const gone = await call(api, admin, 'DELETE', '/api/v1/me/views/00000000-0000-4000-8000-000000000000');
      expect(gone.statusCode).toBe(404);
      conforms('delete', '/api/v1/me/views/{id}', gone);
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
