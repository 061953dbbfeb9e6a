// "Who looked at this patient's case?" is a risk manager's question as much as an administrator's: risk managers read
// the audit trail of the cases of their sites (the case, its posts, replies and files, and the lists that showed it),
// read-only; sign-ins, settings and other sites' cases stay with administrators. Other roles are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, ingestAndProcess, signInNewUser, type ApiHarness, type SessionHeaders } from '../../test/support/api-runtime.js';

interface AuditRow {
  id: number;
  action: string;
  entityType: string;
  entityId: string | null;
  caseNumber: number | null;
}

const EAST = 'juniper-east';
const TEXT = 'The front desk was rude and nobody called me back about my appointment. Very disappointed.';

describe('who may read the audit trail, and how much of it', () => {
  let h: ApiHarness;
  let agent: { id: string; headers: SessionHeaders };
  let eastRisk: { id: string; headers: SessionHeaders };
  let allRisk: { id: string; headers: SessionHeaders };
  let main: { id: string; number: number; postId: string };
  let east: { id: string; number: number; postId: string };

  const openAt = async (listing: string, n: number) => {
    const [id] = await ingestAndProcess(h, [{ platform: 'google', externalId: `scope-${n}`, author: { id: `scope-author-${n}` }, text: TEXT, rating: 1, createdAt: new Date().toISOString(), listing }]);
    const detail = (await call(h, h.headers, 'GET', `/api/v1/cases/${id}`)).json() as { number: number; posts: { id: string }[] };
    return { id, number: detail.number, postId: detail.posts[0].id };
  };
  const auditAs = async (who: SessionHeaders, query = '') => {
    const res = await call(h, who, 'GET', `/api/v1/audit?limit=200${query ? `&${query}` : ''}`);
    expect(res.statusCode).toBe(200);
    return res.json().items as AuditRow[];
  };

  beforeAll(async () => {
    h = await apiHarness();
    expect((await call(h, h.headers, 'POST', '/api/v1/sites', { id: EAST, name: 'Juniper East Clinic', kind: 'clinic', timeZone: 'UTC' })).statusCode).toBe(200);
    agent = await signInNewUser(h, { email: 'agent.scope@example.org', role: 'social_agent' });
    eastRisk = await signInNewUser(h, { email: 'risk.east@example.org', role: 'risk_manager', sites: [EAST] });
    allRisk = await signInNewUser(h, { email: 'risk.all@example.org', role: 'risk_manager' });
    main = await openAt('juniper-main', 1);
    east = await openAt(EAST, 2);
    // The agent reads both cases, the east case's post, and a list that shows them.
    for (const path of [`/cases/${main.id}`, `/cases/${east.id}`, `/posts/${east.postId}`, '/cases?limit=50']) expect((await call(h, agent.headers, 'GET', `/api/v1${path}`)).statusCode).toBe(200);
  });
  afterAll(() => h?.close());

  it('lets a risk manager read who opened a case of their site, by its number, but not the audit of another site', async () => {
    const aboutEast = await auditAs(eastRisk.headers, `caseNumber=${east.number}`);
    expect(aboutEast.map((r) => r.action)).toEqual(expect.arrayContaining(['case.read', 'post.read', 'case.list']));
    expect(aboutEast.every((r) => r.caseNumber === east.number)).toBe(true);
    expect(await auditAs(eastRisk.headers, `caseNumber=${main.number}`)).toEqual([]);
  });

  it('shows a scoped risk manager only the rows about their sites’ cases, named by case number, with no sign-ins or settings', async () => {
    const rows = await auditAs(eastRisk.headers);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.entityType !== 'case' || r.entityId !== null).every((r) => r.caseNumber === east.number)).toBe(true);
    // The post read is named by its case's number too, not only by the post id.
    expect(rows.find((r) => r.action === 'post.read')).toMatchObject({ entityId: east.postId, caseNumber: east.number });
    expect(rows.map((r) => r.entityId)).not.toContain(main.id);
    expect(rows.some((r) => r.action.startsWith('auth.') || r.action === 'settings.update')).toBe(false);
    // A list read that showed an east case is part of its trail.
    expect(rows.some((r) => r.action === 'case.list')).toBe(true);
  });

  it('shows a risk manager without a site scope every case’s trail, and administrators everything', async () => {
    const all = await auditAs(allRisk.headers, 'action=case.read');
    expect(all.map((r) => r.entityId)).toEqual(expect.arrayContaining([main.id, east.id]));
    expect(await auditAs(allRisk.headers, 'action=auth.login')).toEqual([]);
    expect((await auditAs(h.headers, 'action=auth.login')).length).toBeGreaterThan(0);
  });

  it('exports the same scoped rows as CSV, and refuses roles without audit access', async () => {
    const csv = await call(h, eastRisk.headers, 'GET', `/api/v1/audit/export.csv?action=case.read`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(east.id);
    expect(csv.body).not.toContain(main.id);
    const refused = await call(h, agent.headers, 'GET', '/api/v1/audit');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe('Your role (Social media agent) may not read the audit log.');
  });
});
