// Admin settings over HTTP: every refusal names its field and stores nothing, changes apply to the next case at
// once, disabling a user or changing their role ends their sessions, and destination secrets never come back.
// (Sites and routing rules: src/server/api.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, ingestAndProcess, signInNewUser, type ApiHarness, type SessionHeaders } from '../../../test/support/api-runtime.js';
import { DEMO_PASSWORD, hashPassword } from '../../app/passwords.js';

const HOUR = 3_600_000;

describe('settings routes', () => {
  let h: ApiHarness;
  let viewer: SessionHeaders;

  beforeAll(async () => {
    h = await apiHarness();
    viewer = (await signInNewUser(h, { email: 'viewer@example.org', role: 'viewer' })).headers;
  });
  afterAll(() => h?.close());

  const settingsAudit = async (section: string) => (await call(h, h.headers, 'GET', `/api/v1/audit?action=settings.update&entity=${section}`)).json().items as { details: { fields: string[] } }[];

  it('changes the organization profile, names a bad field, audits field names only, and is for admins', async () => {
    const org = (await call(h, h.headers, 'GET', '/api/v1/settings/organization')).json();
    const changed = { ...org, publicPhones: ['+1 312 555 0100'] };
    expect((await call(h, h.headers, 'PUT', '/api/v1/settings/organization', changed)).statusCode).toBe(200);
    expect((await call(h, h.headers, 'GET', '/api/v1/settings/organization')).json()).toMatchObject({ publicPhones: ['+1 312 555 0100'] });
    const bad = await call(h, h.headers, 'PUT', '/api/v1/settings/organization', { ...changed, publicEmails: ['not-an-email'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].path).toBe('publicEmails[0]');
    expect((await call(h, h.headers, 'GET', '/api/v1/settings/organization')).json().publicEmails).toEqual(org.publicEmails);
    const [entry] = await settingsAudit('organization');
    expect(entry.details.fields).toContain('publicPhones');
    expect(JSON.stringify(entry)).not.toContain('555 0100');
    expect((await call(h, viewer, 'PUT', '/api/v1/settings/organization', changed)).statusCode).toBe(403);
    expect((await call(h, viewer, 'GET', '/api/v1/settings/organization')).statusCode).toBe(403);
  });

  describe('users', () => {
    it('adds a user who can sign in with the one-time password, and refuses a duplicate email or an unknown site', async () => {
      const added = await call(h, h.headers, 'POST', '/api/v1/users', { email: 'New.Person@Example.org', name: 'New Person', role: 'risk_manager', sites: [] });
      expect(added.statusCode).toBe(201);
      const login = await call(h, null, 'POST', '/api/v1/auth/login', { email: 'new.person@example.org', password: added.json().oneTimePassword });
      expect(login.statusCode).toBe(200);
      expect(login.json().user).toMatchObject({ email: 'new.person@example.org', role: 'risk_manager' });
      const dup = await call(h, h.headers, 'POST', '/api/v1/users', { email: 'new.person@example.org', name: 'Again', role: 'viewer', sites: [] });
      expect(dup.statusCode).toBe(400);
      expect(dup.json().details).toEqual([{ path: 'email', message: 'a user with this email exists' }]);
      const site = await call(h, h.headers, 'POST', '/api/v1/users', { email: 'elsewhere@example.org', name: 'Elsewhere', role: 'viewer', sites: ['atlantis'] });
      expect(site.statusCode).toBe(400);
      expect(site.json().details).toEqual([{ path: 'sites[0]', message: 'no site "atlantis"' }]);
      expect((await h.rt.db.query(`SELECT 1 FROM users WHERE email = 'elsewhere@example.org'`)).rows).toEqual([]);
    });

    it("resets a user's password to a new one-time password, ending their sessions, and only for admins", async () => {
      const added = (await call(h, h.headers, 'POST', '/api/v1/users', { email: 'forgot@example.org', name: 'Forgot', role: 'viewer', sites: [] })).json();
      const session = await call(h, null, 'POST', '/api/v1/auth/login', { email: 'forgot@example.org', password: added.oneTimePassword });
      const cookie = { cookie: String(session.headers['set-cookie']).split(';')[0] };
      expect((await h.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: cookie })).statusCode).toBe(200);
      const reset = await call(h, h.headers, 'POST', `/api/v1/users/${added.id}/password`);
      expect(reset.statusCode).toBe(200);
      expect((await h.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: cookie })).statusCode, 'the old session ended').toBe(401);
      expect((await call(h, null, 'POST', '/api/v1/auth/login', { email: 'forgot@example.org', password: added.oneTimePassword })).statusCode).toBe(401);
      expect((await call(h, null, 'POST', '/api/v1/auth/login', { email: 'forgot@example.org', password: reset.json().oneTimePassword })).statusCode).toBe(200);
      expect((await call(h, viewer, 'POST', `/api/v1/users/${added.id}/password`)).statusCode).toBe(403);
      expect((await call(h, h.headers, 'POST', '/api/v1/users/00000000-0000-4000-8000-000000000009/password')).statusCode).toBe(404);
    });

    it('refuses a password typed by the admin instead of ignoring it, and never answers one back', async () => {
      const typed = 'typed-by-the-admin-2024';
      const res = await call(h, h.headers, 'POST', '/api/v1/users', { email: 'typed@example.org', name: 'Typed', role: 'viewer', sites: [], password: typed });
      expect(res.statusCode).toBe(400);
      expect(res.json().details).toEqual([{ path: 'password', message: expect.any(String) }]);
      expect(res.body).not.toContain(typed);
      expect((await h.rt.db.query(`SELECT 1 FROM users WHERE email = 'typed@example.org'`)).rows).toEqual([]);

      const added = await call(h, h.headers, 'POST', '/api/v1/users', { email: 'Generated@Example.org', name: 'Generated', role: 'viewer', sites: ['juniper-main'] });
      expect(added.statusCode).toBe(201);
      const { oneTimePassword, oneTimePasswordExpiresAt, ...user } = added.json();
      expect(Date.parse(oneTimePasswordExpiresAt)).toBeGreaterThan(Date.now());
      expect(user).toEqual({ id: expect.any(String), email: 'generated@example.org', name: 'Generated', role: 'viewer', sites: ['juniper-main'] });
      expect(oneTimePassword).toMatch(/^\S{16,}$/);
      expect((await call(h, null, 'POST', '/api/v1/auth/login', { email: 'generated@example.org', password: oneTimePassword })).statusCode).toBe(200);
      const [entry] = await settingsAudit('user');
      expect(JSON.stringify(entry)).not.toContain(oneTimePassword);
      expect((await call(h, viewer, 'POST', '/api/v1/users', { email: 'sneaky@example.org', name: 'Sneaky', role: 'admin', sites: [] })).statusCode).toBe(403);
    });

    it('changes name, role and sites in one edit, and disables and enables a user again', async () => {
      const u = await signInNewUser(h, { email: 'edited@example.org', role: 'social_agent' });
      const edited = await call(h, h.headers, 'PATCH', `/api/v1/users/${u.id}`, { name: 'Edited Person', role: 'patient_experience', sites: ['juniper-main'] });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ name: 'Edited Person', role: 'patient_experience', sites: ['juniper-main'], disabledAt: null });
      const [entry] = await settingsAudit('user');
      expect(entry.details.fields).toEqual(['name', 'role', 'sites']);

      expect((await call(h, h.headers, 'PATCH', `/api/v1/users/${u.id}`, { disabled: true })).json().disabledAt).not.toBeNull();
      const again = await call(h, h.headers, 'PATCH', `/api/v1/users/${u.id}`, { disabled: false });
      expect(again.json().disabledAt).toBeNull();
      const password = 'a-new-password-for-edited';
      await h.rt.db.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [u.id, await hashPassword(password)]);
      expect((await call(h, null, 'POST', '/api/v1/auth/login', { email: 'edited@example.org', password })).statusCode).toBe(200);
    });

    it('keeps a session whose role and sites an edit leaves as they were', async () => {
      const u = await signInNewUser(h, { email: 'renamed@example.org', role: 'social_agent' });
      expect((await call(h, h.headers, 'PATCH', `/api/v1/users/${u.id}`, { name: 'Renamed', role: 'social_agent', sites: [] })).statusCode).toBe(200);
      expect((await call(h, u.headers, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    });

    it('names each field an edit cannot change, and refuses an empty edit', async () => {
      const u = await signInNewUser(h, { email: 'strict@example.org', role: 'social_agent' });
      const res = await call(h, h.headers, 'PATCH', `/api/v1/users/${u.id}`, { email: 'other@example.org', active: true, role: 'viewer' });
      expect(res.statusCode).toBe(400);
      expect(res.json().details.map((d: { path: string }) => d.path).sort()).toEqual(['active', 'email']);
      expect((await call(h, h.headers, 'PATCH', `/api/v1/users/${u.id}`, {})).statusCode).toBe(400);
      expect((await call(h, h.headers, 'PATCH', `/api/v1/users/${u.id}`, { sites: ['atlantis'] })).json().details).toEqual([{ path: 'sites[0]', message: 'no site "atlantis"' }]);
      const [row] = (await h.rt.db.query<{ role: string }>(`SELECT role FROM users WHERE id = $1`, [u.id])).rows;
      expect(row.role).toBe('social_agent');
    });

    it('never demotes or disables the last active admin', async () => {
      const adminId = (await call(h, h.headers, 'GET', '/api/v1/auth/me')).json().user.id as string;
      const demote = await call(h, h.headers, 'PATCH', `/api/v1/users/${adminId}`, { role: 'viewer' });
      expect(demote.statusCode).toBe(409);
      expect(demote.json().details).toEqual([{ path: 'role', message: expect.stringMatching(/last active admin/) }]);
      const disable = await call(h, h.headers, 'PATCH', `/api/v1/users/${adminId}`, { disabled: true });
      expect(disable.statusCode).toBe(409);
      expect(disable.json().details).toEqual([{ path: 'disabled', message: expect.stringMatching(/last active admin/) }]);
      expect((await call(h, h.headers, 'GET', '/api/v1/auth/me')).json().user.role).toBe('admin');

      const deputy = await signInNewUser(h, { email: 'deputy@example.org', role: 'admin' });
      expect((await call(h, deputy.headers, 'PATCH', `/api/v1/users/${deputy.id}`, { role: 'viewer' })).statusCode).toBe(200);
      const [a, b] = [await signInNewUser(h, { email: 'admin-a@example.org', role: 'admin' }), await signInNewUser(h, { email: 'admin-b@example.org', role: 'admin' })];
      expect((await call(h, h.headers, 'PATCH', `/api/v1/users/${a.id}`, { disabled: true })).statusCode).toBe(200);
      expect((await call(h, h.headers, 'PATCH', `/api/v1/users/${b.id}`, { role: 'risk_manager' })).statusCode).toBe(200);
      expect((await call(h, h.headers, 'PATCH', `/api/v1/users/${adminId}`, { disabled: true })).statusCode).toBe(409);
    });

    it('ends the sessions of a user who is disabled or whose role changes, at once', async () => {
      const a = await signInNewUser(h, { email: 'leaving@example.org', role: 'social_agent' });
      const b = await signInNewUser(h, { email: 'demoted@example.org', role: 'social_agent' });
      expect((await call(h, a.headers, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
      expect((await call(h, h.headers, 'PATCH', `/api/v1/users/${a.id}`, { disabled: true })).json().disabledAt).not.toBeNull();
      expect((await call(h, a.headers, 'GET', '/api/v1/cases')).statusCode).toBe(401);
      expect((await call(h, h.headers, 'PATCH', `/api/v1/users/${b.id}`, { role: 'viewer' })).json().role).toBe('viewer');
      expect((await call(h, b.headers, 'GET', '/api/v1/cases')).statusCode).toBe(401);
      expect((await call(h, h.headers, 'PATCH', '/api/v1/users/00000000-0000-4000-8000-000000000000', { name: 'Nobody' })).statusCode).toBe(404);
      expect((await call(h, viewer, 'PATCH', `/api/v1/users/${b.id}`, { role: 'admin' })).statusCode).toBe(403);
      expect((await call(h, null, 'POST', '/api/v1/auth/login', { email: 'admin@example.org', password: DEMO_PASSWORD })).statusCode).toBe(200);
    });
  });

  describe('notification destinations', () => {
    it('refuses loopback, private and plain-http addresses, naming the url', async () => {
      for (const url of ['https://127.0.0.1/hook', 'https://10.1.2.3/hook', 'http://93.184.215.14/hook']) {
        const res = await call(h, h.headers, 'POST', '/api/v1/destinations', { id: 'hook', kind: 'webhook', name: 'Hook', url });
        expect(res.statusCode, url).toBe(400);
        expect(res.json().details[0].path, url).toBe('url');
      }
      const short = await call(h, h.headers, 'POST', '/api/v1/destinations', { id: 'hook', kind: 'webhook', name: 'Hook', url: 'https://93.184.215.14/hook', secret: 'short' });
      expect(short.statusCode).toBe(400);
      expect(short.json().details[0].path).toBe('secret');
      expect((await call(h, h.headers, 'GET', '/api/v1/destinations')).json()).toEqual([]);
    });

    it('stores a destination but never answers its secret, nor writes it to the audit log', async () => {
      const secret = 'whsec-0123456789abcdef';
      const res = await call(h, h.headers, 'POST', '/api/v1/destinations', { id: 'pager', kind: 'webhook', name: 'Pager', url: 'https://93.184.215.14/hook', secret });
      expect(res.statusCode).toBe(200);
      const listed = await call(h, h.headers, 'GET', '/api/v1/destinations');
      expect(listed.json()).toEqual([expect.objectContaining({ id: 'pager', hasSecret: true, includeContent: false })]);
      expect(res.body + listed.body).not.toContain(secret);
      const [entry] = await settingsAudit('destination');
      expect(entry.details.fields).not.toContain('secret');
      expect(JSON.stringify(entry)).not.toContain(secret);
    });
  });

  it('puts posts that arrive through a channel account on its site, and refuses an unknown site', async () => {
    const bad = await call(h, h.headers, 'POST', '/api/v1/channel-accounts', { id: 'gbp-main', platform: 'google', name: 'Google profile', siteId: 'atlantis' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([{ path: 'siteId', message: 'no site "atlantis"' }]);
    expect((await call(h, h.headers, 'POST', '/api/v1/channel-accounts', { id: 'gbp-main', platform: 'google', name: 'Google profile', siteId: 'juniper-main' })).statusCode).toBe(200);
    const [caseId] = await ingestAndProcess(h, [
      { platform: 'google', externalId: 'via-account', author: { id: 'via-account' }, text: 'Rude staff and nobody called me back. Very disappointed.', rating: 1, createdAt: new Date().toISOString(), channelAccount: 'gbp-main' },
    ]);
    expect((await call(h, h.headers, 'GET', `/api/v1/cases/${caseId}`)).json().siteId).toBe('juniper-main');
  });

  it('refuses to add a site or a channel account under an id already taken, and leaves the first one as it was', async () => {
    const site = { id: 'taken-clinic', name: 'Taken Clinic', kind: 'clinic', timeZone: 'America/Chicago' };
    expect((await call(h, h.headers, 'POST', '/api/v1/sites', site)).statusCode).toBe(200);
    const again = await call(h, h.headers, 'POST', '/api/v1/sites', { ...site, name: 'Somewhere Else' });
    expect(again.statusCode).toBe(400);
    expect(again.json().details).toEqual([{ path: 'id', message: 'a site with the id "taken-clinic" exists' }]);
    const sites = (await call(h, h.headers, 'GET', '/api/v1/sites')).json() as { id: string; name: string }[];
    expect(sites.find((s) => s.id === site.id)?.name).toBe('Taken Clinic');

    const account = { id: 'taken-page', platform: 'facebook', name: 'Taken page', siteId: 'taken-clinic' };
    expect((await call(h, h.headers, 'POST', '/api/v1/channel-accounts', account)).statusCode).toBe(200);
    const twice = await call(h, h.headers, 'POST', '/api/v1/channel-accounts', { ...account, platform: 'google', name: 'Other' });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().details).toEqual([{ path: 'id', message: 'a channel account with the id "taken-page" exists' }]);
    const accounts = (await call(h, h.headers, 'GET', '/api/v1/channel-accounts')).json() as { id: string; platform: string; name: string }[];
    expect(accounts.find((a) => a.id === account.id)).toMatchObject({ platform: 'facebook', name: 'Taken page' });
    // Changing is PUT's: it keeps working on the same id.
    expect((await call(h, h.headers, 'PUT', `/api/v1/sites/${site.id}`, { ...site, name: 'Taken Clinic North' })).statusCode).toBe(200);
  });

  it('applies a changed clock policy to the next case, and names a bad calendar time zone', async () => {
    const policies = (await call(h, h.headers, 'GET', '/api/v1/settings/clock-policies')).json() as { id: string; duration: object }[];
    const slower = policies.map((p) => (p.id === 'public_ack' ? { ...p, duration: { hours: 2 } } : p));
    expect((await call(h, h.headers, 'PUT', '/api/v1/settings/clock-policies', slower)).statusCode).toBe(200);
    const rules = [{ id: 'clocks', name: 'Complaints: clocks', when: { complaint: true }, then: [{ startClocks: ['public_ack'] }] }];
    expect((await call(h, h.headers, 'PUT', '/api/v1/settings/routing-rules', rules)).statusCode).toBe(200);
    const [caseId] = await ingestAndProcess(h, [
      { platform: 'google', externalId: 'slow-clock', author: { id: 'slow-clock' }, text: 'Rude staff and nobody called me back. Very disappointed.', rating: 1, createdAt: new Date().toISOString(), listing: 'juniper-main' },
    ]);
    const clock = (await call(h, h.headers, 'GET', `/api/v1/cases/${caseId}`)).json().clocks.find((k: { name: string }) => k.name === 'public_ack');
    expect(Date.parse(clock.dueAt) - Date.parse(clock.startedAt)).toBe(2 * HOUR);

    const empty = await call(h, h.headers, 'PUT', '/api/v1/settings/clock-policies', []);
    expect(empty.statusCode).toBe(400);
    const calendars = [{ id: 'office', timeZone: 'Mars/Olympus', hours: { mon: ['08:00-17:00'] }, holidays: [] }];
    const cal = await call(h, h.headers, 'PUT', '/api/v1/settings/calendars', calendars);
    expect(cal.statusCode).toBe(400);
    expect(cal.json().details).toContainEqual({ path: '[0].timeZone', message: 'unknown time zone "Mars/Olympus"' });
    expect((await call(h, h.headers, 'GET', '/api/v1/settings/calendars')).json()).toEqual([]);
  });

  it('saves the organization’s own reply templates, offers them on cases, and refuses wording the guard blocks', async () => {
    const library = (await call(h, h.headers, 'GET', '/api/v1/settings/templates')).json() as { id: string; scenario: string; language: string; short: boolean; body: string; version: number }[];
    const ours = 'We are sorry for the frustration you describe, and we want to make it right. Please call our team at {{pxPhone}}. — {{agentFirstName}}';
    const apology = library.filter((t) => t.scenario === 'apology_offline' && t.language === 'en' && !t.short).map((t) => t.id);
    const changed = library.map((t) => (apology.includes(t.id) ? { ...t, body: ours } : t));
    const saved = await call(h, h.headers, 'PUT', '/api/v1/settings/templates', changed);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().find((t: { id: string }) => t.id === apology[0])).toMatchObject({ body: ours, version: library.find((t) => t.id === apology[0])!.version + 1 });

    const [caseId] = await ingestAndProcess(h, [
      { platform: 'google', externalId: 'own-templates', author: { id: 'own-templates' }, text: 'Rude staff and nobody called me back. Very disappointed.', rating: 1, createdAt: new Date().toISOString(), listing: 'juniper-main' },
    ]);
    const offered = (await call(h, h.headers, 'GET', `/api/v1/cases/${caseId}/templates`)).json() as { scenario: string; text: string }[];
    expect(offered.find((t) => t.scenario === 'apology_offline')?.text).toMatch(/^We are sorry for the frustration you describe/);

    const leaking = library.map((t) => (t.id === apology[0] ? { ...t, body: "We're sorry your stay was hard. Call {{pxPhone}}." } : t));
    const refused = await call(h, h.headers, 'PUT', '/api/v1/settings/templates', leaking);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details).toEqual([{ path: `[${library.findIndex((t) => t.id === apology[0])}].body`, message: expect.stringContaining('the reply guard blocks it') }]);
    expect((await call(h, h.headers, 'GET', '/api/v1/settings/templates')).json().find((t: { id: string }) => t.id === apology[0]).body).toBe(ours);
    expect((await settingsAudit('templates'))[0].details.fields).toEqual(['templates']);
    expect((await call(h, viewer, 'PUT', '/api/v1/settings/templates', changed)).statusCode).toBe(403);
  });

  it('checks every saved template against the guard in force, finding wording saved before the guard learned to block it', async () => {
    const library = (await call(h, h.headers, 'GET', '/api/v1/settings/templates')).json() as { id: string; body: string }[];
    const clean = (await call(h, h.headers, 'GET', '/api/v1/settings/templates/check')).json();
    expect(clean).toEqual({ policyVersion: expect.stringMatching(/^reply-guard@/), checked: library.length, problems: [] });
    // As if saved under an older guard: written straight to the store, since a save would refuse it today.
    const stale = library.map((t, i) => (i === 0 ? { ...t, body: 'So glad the new knee is holding up! Call {{pxPhone}}.' } : t));
    await h.rt.db.query(`UPDATE settings SET value = $1 WHERE key = 'templates'`, [JSON.stringify(stale)]);
    h.rt.org.invalidate();
    const found = (await call(h, h.headers, 'GET', '/api/v1/settings/templates/check')).json();
    expect(found.problems).toEqual([{ path: '[0].body', message: expect.stringContaining('the reply guard blocks it') }]);
    expect((await call(h, viewer, 'GET', '/api/v1/settings/templates/check')).statusCode).toBe(403);
  });

  // Last in the file: the teams added here must not change how the cases of the tests above are routed.
  describe('teams', () => {
    const rotation = { timeZone: 'UTC', handoff: 'weekly', handoffTime: '08:00', handoffDay: 'mon', startDate: '2026-01-05', overrides: [] };
    const teams = async () => (await call(h, h.headers, 'GET', '/api/v1/teams')).json() as { id: string; name: string; members: { email: string }[]; rotation?: { members: string[] } }[];

    it('adds a team under a new id only, never replacing one that has the id', async () => {
      const night = { id: 'night-desk', name: 'Night Desk', function: 'recognition', sites: ['juniper-main'], members: ['admin@example.org'] };
      const badId = await call(h, h.headers, 'POST', '/api/v1/teams', { ...night, id: 'Night Desk' });
      expect(badId.statusCode).toBe(400);
      expect(badId.json().details).toEqual([{ path: 'id', message: 'must be lowercase letters, digits, - and _' }]);
      expect((await call(h, h.headers, 'POST', '/api/v1/teams', night)).statusCode).toBe(200);
      const again = await call(h, h.headers, 'POST', '/api/v1/teams', { ...night, name: 'Impostor', members: [] });
      expect(again.statusCode).toBe(400);
      expect(again.json().details).toEqual([{ path: 'id', message: 'a team with the id "night-desk" exists' }]);
      expect((await teams()).find((t) => t.id === 'night-desk')).toMatchObject({ name: 'Night Desk', members: [{ email: 'admin@example.org' }] });
      expect((await call(h, viewer, 'POST', '/api/v1/teams', { ...night, id: 'viewers' })).statusCode).toBe(403);
      expect((await call(h, viewer, 'PUT', '/api/v1/teams/night-desk', night)).statusCode).toBe(403);
    });

    it('keeps a disabled member on the team, but refuses them in the rotation or as manager, and names unknown people by field', async () => {
      const away = await signInNewUser(h, { email: 'away@example.org', role: 'social_agent', name: 'Away Person' });
      await signInNewUser(h, { email: 'here@example.org', role: 'social_agent', name: 'Here Person' });
      const team = { name: 'Late Desk', function: 'recognition', sites: [], members: ['here@example.org', 'away@example.org'], rotation: { ...rotation, members: ['here@example.org', 'away@example.org'] } };
      // A team is added with POST; a PUT to an id nobody added is a 404, never a quiet addition.
      expect((await call(h, h.headers, 'PUT', '/api/v1/teams/late-desk', team)).statusCode).toBe(404);
      expect((await call(h, h.headers, 'POST', '/api/v1/teams', { id: 'late-desk', ...team })).statusCode).toBe(200);
      expect((await call(h, h.headers, 'PATCH', `/api/v1/users/${away.id}`, { disabled: true })).statusCode).toBe(200);

      const paged = await call(h, h.headers, 'PUT', '/api/v1/teams/late-desk', { ...team, manager: 'away@example.org' });
      expect(paged.statusCode).toBe(400);
      expect(paged.json().details).toEqual([
        { path: 'rotation.members[1]', message: 'away@example.org is disabled and cannot be paged: take them out of the rotation' },
        { path: 'manager', message: 'away@example.org is disabled: choose another manager' },
      ]);
      const unknown = await call(h, h.headers, 'PUT', '/api/v1/teams/late-desk', { ...team, members: [...team.members, 'ghost@example.org'], rotation: { ...rotation, members: ['ghost@example.org'] } });
      expect(unknown.json().details).toEqual([
        { path: 'members[2]', message: 'no user "ghost@example.org"' },
        { path: 'rotation.members[0]', message: 'no user "ghost@example.org"' },
      ]);

      const kept = await call(h, h.headers, 'PUT', '/api/v1/teams/late-desk', { ...team, name: 'Late Desk (renamed)', rotation: { ...rotation, members: ['here@example.org'] } });
      expect(kept.statusCode).toBe(200);
      const saved = (await teams()).find((t) => t.id === 'late-desk')!;
      expect(saved.name).toBe('Late Desk (renamed)');
      expect(saved.members.map((m) => m.email).sort()).toEqual(['away@example.org', 'here@example.org']);
      expect(saved.rotation?.members).toEqual(['here@example.org']);
    });
  });
});
