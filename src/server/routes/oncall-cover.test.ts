// Covering an on-call shift without YAML: the person covering is on call for the window at once, someone outside
// the team or a window already over is refused by field, and only admins may do it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, signInNewUser, type ApiHarness, type SessionHeaders } from '../../../test/support/api-runtime.js';

describe('covering an on-call shift', () => {
  let h: ApiHarness;
  let cover: { id: string; headers: SessionHeaders };
  let outsider: { id: string; headers: SessionHeaders };
  const HOUR = 3_600_000;

  beforeAll(async () => {
    h = await apiHarness();
    cover = await signInNewUser(h, { email: 'dee.cover@example.org', name: 'Dee Cover', role: 'social_agent' });
    outsider = await signInNewUser(h, { email: 'eve.outside@example.org', name: 'Eve Outside', role: 'social_agent' });
    const team = {
      name: 'Social Desk',
      function: 'social_media',
      sites: [],
      members: ['admin@example.org', 'dee.cover@example.org'],
      rotation: { timeZone: 'UTC', handoff: 'daily', handoffTime: '08:00', startDate: '2026-01-01', members: ['admin@example.org'], overrides: [] },
    };
    expect((await call(h, h.headers, 'PUT', '/api/v1/teams/desk', team)).statusCode).toBe(200);
  });
  afterAll(() => h?.close());

  const onCallNow = async () => ((await call(h, h.headers, 'GET', '/api/v1/oncall')).json() as { teamId: string; user: { email: string } | null; override: boolean }[]).find((o) => o.teamId === 'desk');

  it('puts a team member on call for the window at once, and audits it', async () => {
    expect((await onCallNow())?.user?.email).toBe('admin@example.org');
    const now = Date.now();
    const res = await call(h, h.headers, 'POST', '/api/v1/teams/desk/oncall-cover', { userId: cover.id, from: new Date(now - HOUR).toISOString(), to: new Date(now + 8 * HOUR).toISOString(), reason: 'Admin is sick' });
    expect(res.statusCode).toBe(201);
    expect(await onCallNow()).toMatchObject({ user: { email: 'dee.cover@example.org' }, override: true });
    const audited = (await call(h, h.headers, 'GET', '/api/v1/audit?action=settings.update&entity=team')).json().items;
    expect(audited[0]).toMatchObject({ entityId: 'desk', details: { fields: ['rotation.overrides'] } });
  });

  it('refuses someone outside the team or a window already over, naming the field, and changes nothing', async () => {
    const before = await onCallNow();
    const now = Date.now();
    const outside = await call(h, h.headers, 'POST', '/api/v1/teams/desk/oncall-cover', { userId: outsider.id, from: new Date(now).toISOString(), to: new Date(now + HOUR).toISOString() });
    expect([outside.statusCode, outside.json().details]).toEqual([400, [{ path: 'userId', message: 'is not a member of this team' }]]);
    const past = await call(h, h.headers, 'POST', '/api/v1/teams/desk/oncall-cover', { userId: cover.id, from: new Date(now - 3 * HOUR).toISOString(), to: new Date(now - 2 * HOUR).toISOString() });
    expect(past.json().details).toEqual([{ path: 'to', message: 'is already past' }]);
    expect((await call(h, h.headers, 'POST', '/api/v1/teams/nope/oncall-cover', { userId: cover.id, from: new Date(now).toISOString(), to: new Date(now + HOUR).toISOString() })).statusCode).toBe(404);
    expect(await onCallNow()).toEqual(before);
  });

  it('is for admins only', async () => {
    const now = Date.now();
    const res = await call(h, cover.headers, 'POST', '/api/v1/teams/desk/oncall-cover', { userId: cover.id, from: new Date(now).toISOString(), to: new Date(now + HOUR).toISOString() });
    expect(res.statusCode).toBe(403);
  });
});
