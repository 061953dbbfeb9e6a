// API tokens issued by an admin: shown once, scoped like a user, refused once revoked, and audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, demoHarness, signIn, type ApiHarness, type SessionHeaders } from '../../../test/support/api-runtime.js';

describe('API tokens', () => {
  let api: ApiHarness;
  let admin: SessionHeaders;
  beforeAll(async () => {
    api = await demoHarness();
    admin = await signIn(api, 'admin@example.org');
  });
  afterAll(() => api?.close());

  const withToken = (token: string, url: string) => api.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  it('issues a scoped token that sees only its sites, and refuses it once revoked', async () => {
    const created = await call(api, admin, 'POST', '/api/v1/tokens', { name: 'Northside survey sync', role: 'patient_experience', sites: ['northside'] });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json() as { id: string; token: string };
    expect(token).toMatch(/^rdr_/);

    const cases = await withToken(token, '/api/v1/cases?limit=200');
    expect(cases.statusCode).toBe(200);
    const sites = new Set((cases.json().items as { siteId: string | null }[]).map((c) => c.siteId));
    expect([...sites]).toEqual(['northside']);

    const listed = await call(api, admin, 'GET', '/api/v1/tokens');
    expect(listed.body).not.toContain(token);
    expect(listed.json()).toContainEqual(expect.objectContaining({ id, name: 'Northside survey sync', sites: ['northside'], revokedAt: null }));

    expect((await call(api, admin, 'DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(204);
    expect((await withToken(token, '/api/v1/cases')).statusCode).toBe(401);
    expect((await call(api, admin, 'DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(404);

    const audited = await api.test.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_type = 'api_token' AND entity_id = $1 ORDER BY id`, [id]);
    expect(audited.rows.map((r) => r.action)).toEqual(['token.create', 'token.revoke']);
  });

  it('names the field of a bad request and stores nothing', async () => {
    const badRole = await call(api, admin, 'POST', '/api/v1/tokens', { name: 'x', role: 'owner' });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().details[0].path).toMatch(/role/);
    const badSite = await call(api, admin, 'POST', '/api/v1/tokens', { name: 'x', role: 'viewer', sites: ['atlantis'] });
    expect(badSite.statusCode).toBe(400);
    expect(badSite.json().details).toEqual([{ path: 'sites[0]', message: 'no site "atlantis"' }]);
    const rows = await api.test.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM api_tokens WHERE name = 'x'`);
    expect(rows.rows[0].n).toBe(0);
  });

  it('is for admins only', async () => {
    const viewer = await signIn(api, 'linda.fairbanks@example.org');
    expect((await call(api, viewer, 'GET', '/api/v1/tokens')).statusCode).toBe(403);
    expect((await call(api, viewer, 'POST', '/api/v1/tokens', { name: 'mine', role: 'admin' })).statusCode).toBe(403);
  });
});
