// One-time passwords (made by an admin or the CLI) open nothing but the way to choose one's own, and stop working
// unused after ONE_TIME_PASSWORD_HOURS; changing one's password checks the current one and ends other sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, signIn, type ApiHarness } from '../../test/support/api-runtime.js';
import { DEMO_PASSWORD } from '../app/passwords.js';

describe('choosing one’s own password', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await apiHarness({ ONE_TIME_PASSWORD_HOURS: '48' });
  });
  afterAll(() => h?.close());

  const addUser = async (email: string) => {
    const made = await call(h, h.headers, 'POST', '/api/v1/users', { email, name: 'Pat Newcomer', role: 'patient_experience', sites: [] });
    expect(made.statusCode).toBe(201);
    return made.json() as { id: string; oneTimePassword: string; oneTimePasswordExpiresAt: string };
  };

  it('lets a one-time password do nothing but choose a password of one’s own, then the session works', async () => {
    const added = await addUser('first.day@example.org');
    const hours = (Date.parse(added.oneTimePasswordExpiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThanOrEqual(48);
    const login = await call(h, null, 'POST', '/api/v1/auth/login', { email: 'first.day@example.org', password: added.oneTimePassword });
    expect(login.json().mustChangePassword).toBe(true);
    const session = await signIn(h, 'first.day@example.org', added.oneTimePassword);

    const cases = await call(h, session, 'GET', '/api/v1/cases');
    expect(cases.statusCode).toBe(403);
    expect(cases.json().error).toBe('password_change_required');
    expect((await call(h, session, 'GET', '/api/v1/auth/me')).json().mustChangePassword).toBe(true);

    const change = (currentPassword: string, newPassword: string) => call(h, session, 'POST', '/api/v1/me/password', { currentPassword, newPassword });
    const wrong = await change('not-it-at-all', 'a long enough passphrase');
    expect([wrong.statusCode, wrong.json().details]).toEqual([400, [{ path: 'currentPassword', message: 'is not your current password' }]]);
    for (const weak of [DEMO_PASSWORD, 'short', added.oneTimePassword, 'password1234', 'first.day@example.org']) {
      const refused = await change(added.oneTimePassword, weak);
      expect([refused.statusCode, refused.json().details[0].path]).toEqual([400, 'newPassword']);
    }
    expect((await change(added.oneTimePassword, 'marigold harbour lantern')).statusCode).toBe(200);

    expect((await call(h, session, 'GET', '/api/v1/cases')).statusCode).toBe(200);
    expect((await call(h, null, 'POST', '/api/v1/auth/login', { email: 'first.day@example.org', password: added.oneTimePassword })).statusCode).toBe(401);
    const again = await call(h, null, 'POST', '/api/v1/auth/login', { email: 'first.day@example.org', password: 'marigold harbour lantern' });
    expect([again.statusCode, again.json().mustChangePassword]).toEqual([200, false]);
    const audit = (await call(h, h.headers, 'GET', `/api/v1/audit?action=user.password_changed`)).json().items as { entityId: string }[];
    expect(audit.map((a) => a.entityId)).toContain(added.id);
    expect(JSON.stringify(audit)).not.toContain('marigold');
  });

  it('refuses a one-time password left unused past its time, saying so', async () => {
    const added = await addUser('late.starter@example.org');
    await h.rt.db.query(`UPDATE users SET password_one_time_until = now() - interval '1 minute' WHERE id = $1`, [added.id]);
    const login = await call(h, null, 'POST', '/api/v1/auth/login', { email: 'late.starter@example.org', password: added.oneTimePassword });
    expect([login.statusCode, login.json().error]).toEqual([401, 'password_expired']);
    expect(login.json().message).toMatch(/ask an administrator/);
    const reset = await call(h, h.headers, 'POST', `/api/v1/users/${added.id}/password`);
    expect((await call(h, null, 'POST', '/api/v1/auth/login', { email: 'late.starter@example.org', password: reset.json().oneTimePassword })).statusCode).toBe(200);
  });

  it('ends the other sessions of someone who changes their password, keeping the one they changed it in', async () => {
    const added = await addUser('two.devices@example.org');
    const here = await signIn(h, 'two.devices@example.org', added.oneTimePassword);
    const password = 'the same for now, long';
    expect((await call(h, here, 'POST', '/api/v1/me/password', { currentPassword: added.oneTimePassword, newPassword: password })).statusCode).toBe(200);
    const there = await signIn(h, 'two.devices@example.org', password);
    expect((await call(h, here, 'POST', '/api/v1/me/password', { currentPassword: password, newPassword: 'another long passphrase' })).statusCode).toBe(200);
    expect((await call(h, here, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect((await call(h, there, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('has no password to change for an API token', async () => {
    const made = await call(h, h.headers, 'POST', '/api/v1/tokens', { name: 'sync', role: 'viewer', sites: [] });
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: { authorization: `Bearer ${made.json().token}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ currentPassword: 'x', newPassword: 'a long enough passphrase' }),
    });
    expect(res.statusCode).toBe(403);
  });
});
