// What is urgent now, and what is mine: the inbox's "due" order (breached first, then the soonest due, then the most
// urgent), the count of what matches ("50 of 141", capped), the counts on the view tabs, and "My cases" taking in
// the cases a clock escalated to me while that clock is still owed. Each scenario keeps to a site of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, ingestAndProcess, signInNewUser, type ApiHarness, type SessionHeaders } from '../../test/support/api-runtime.js';
import { bulkCases } from '../../test/support/bulk-cases.js';
import { sweepClocks } from '../app/sweep-clocks.js';
import { TOTAL_CAP } from './cases-query.js';

const MIN = 60_000;
const RUDE = 'The front desk was rude and nobody called me back about my appointment. Very disappointed.';
const OPEN = 'status=new,triaged,acknowledged,in_recovery';

interface Row {
  id: string;
  number: number;
  priority: string;
  assigneeId: string | null;
  escalatedToMe: boolean;
}
interface Page {
  items: Row[];
  nextCursor: string | null;
  total: number | null;
  totalCapped: boolean;
}

describe('the inbox query', () => {
  let h: ApiHarness;
  let jordan: { id: string; headers: SessionHeaders };
  let priya: { id: string; headers: SessionHeaders };
  let eastRep: { id: string; headers: SessionHeaders };
  let n = 0;

  /** A complaint at `site`, written `ageMinutes` ago and processed then, so its clocks are that old; answers its case id. */
  const complaint = async (site: string, ageMinutes: number, over: Record<string, unknown> = {}) => {
    n++;
    const at = new Date(Date.now() - ageMinutes * MIN);
    const post = { platform: 'google', externalId: `q-${n}`, author: { id: `q-author-${n}`, displayName: `Reviewer ${n}` }, text: RUDE, rating: 1, createdAt: at.toISOString(), listing: site, ...over };
    return (await ingestAndProcess(h, [post], at))[0];
  };
  const list = async (query: string, as: SessionHeaders = h.headers): Promise<Page> => {
    const res = await call(h, as, 'GET', `/api/v1/cases?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Page;
  };
  const addSite = async (id: string) => expect((await call(h, h.headers, 'POST', '/api/v1/sites', { id, name: `Site ${id}`, kind: 'clinic', timeZone: 'UTC' })).statusCode).toBe(200);

  beforeAll(async () => {
    h = await apiHarness();
    const rules = [{ id: 'desk', name: 'Complaints: the social desk', when: { complaint: true }, then: [{ assignTeam: 'desk', startClocks: ['public_ack', 'private_outreach'] }] }];
    expect((await call(h, h.headers, 'PUT', '/api/v1/settings/routing-rules', rules)).statusCode).toBe(200);
    for (const site of ['due-order', 'counted', 'views', 'escalated']) await addSite(site);
    jordan = await signInNewUser(h, { email: 'jordan.pike@example.org', name: 'Jordan Pike', role: 'social_agent' });
    priya = await signInNewUser(h, { email: 'priya.raman@example.org', name: 'Priya Raman', role: 'social_agent' });
    eastRep = await signInNewUser(h, { email: 'eli.east@example.org', name: 'Eli East', role: 'patient_experience', sites: ['due-order'] });
    // Jordan alone is on call for the desk, whose public acknowledgement clocks escalate to whoever is on call.
    const desk = {
      name: 'Social Desk',
      function: 'social_media',
      sites: [],
      members: ['admin@example.org', 'jordan.pike@example.org', 'priya.raman@example.org'],
      rotation: { timeZone: 'UTC', handoff: 'daily', handoffTime: '08:00', startDate: '2026-01-01', members: ['jordan.pike@example.org'], overrides: [] },
    };
    expect((await call(h, h.headers, 'PUT', '/api/v1/teams/desk', desk)).statusCode).toBe(200);
  });
  afterAll(() => h?.close());

  describe('sorted by what is due', () => {
    const made: Record<string, string> = {};
    beforeAll(async () => {
      // The public acknowledgement is due an hour after the post.
      made.longBreached = await complaint('due-order', 20 * 60);
      made.justBreached = await complaint('due-order', 70);
      made.dueSoon = await complaint('due-order', 50);
      made.dueLater = await complaint('due-order', 5);
      // Open cases whose clocks were all met: nothing is due, so the most urgent comes first.
      made.metLow = await complaint('due-order', 30);
      made.metUrgent = await complaint('due-order', 30);
      made.metHigh = await complaint('due-order', 30);
      for (const [key, priority] of [['metLow', 'low'], ['metUrgent', 'urgent'], ['metHigh', 'high']] as const)
        await h.rt.db.query(`UPDATE cases SET priority = $2, next_due_at = NULL, next_clock = NULL WHERE id = $1`, [made[key], priority]);
    });

    it('lists the longest breached first, then the soonest due, then the open cases with nothing due by priority', async () => {
      const page = await list(`site=due-order&${OPEN}&sort=due`);
      expect(page.items.map((c) => c.id)).toEqual(['longBreached', 'justBreached', 'dueSoon', 'dueLater', 'metUrgent', 'metHigh', 'metLow'].map((k) => made[k]));
    });

    it('breaks a tie on the due time by priority', async () => {
      const due = new Date(Date.now() + 40 * MIN);
      await h.rt.db.query(`UPDATE cases SET next_due_at = $2, priority = CASE WHEN id = $1 THEN 'low' ELSE 'urgent' END WHERE id = ANY($3::uuid[])`, [made.dueSoon, due, [made.dueSoon, made.dueLater]]);
      const page = await list(`site=due-order&${OPEN}&sort=due`);
      expect(page.items.map((c) => c.id).slice(2, 4)).toEqual([made.dueLater, made.dueSoon]);
    });

    it('pages through the due order one case at a time without repeating or skipping one', async () => {
      const whole = (await list(`site=due-order&sort=due&limit=200`)).items.map((c) => c.id);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = await list(`site=due-order&sort=due&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        paged.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged).toEqual(whole);
      expect(whole).toHaveLength(7);
    });

    it('refuses a cursor of another order for the due order, naming it', async () => {
      const other = (await list('site=due-order&sort=newest&limit=1')).nextCursor!;
      const res = await call(h, h.headers, 'GET', `/api/v1/cases?site=due-order&sort=due&cursor=${other}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().details[0].path).toBe('cursor');
    });
  });

  describe('how many match', () => {
    beforeAll(async () => {
      await complaint('counted', 10);
      await complaint('counted', 20);
      // A private message: a confidential case, which an agent reads only when involved in it.
      await complaint('counted', 30, { platform: 'facebook', visibility: 'private', text: `${RUDE} Please message me back privately.` });
    });

    it('says how many cases the filters match on the first page, as the reader may see them', async () => {
      const first = await list(`site=counted&${OPEN}&limit=2`);
      expect(first.items).toHaveLength(2);
      expect(first).toMatchObject({ total: 3, totalCapped: false });
      // An agent does not read a confidential case they have no part in; a rep of another site reads none of these.
      expect(await list(`site=counted&${OPEN}`, priya.headers)).toMatchObject({ total: 2, totalCapped: false });
      expect(await list(`site=counted&${OPEN}`, eastRep.headers)).toMatchObject({ items: [], total: 0 });
      expect((await list(`site=counted&${OPEN}&platform=facebook`)).total).toBe(1);
    });

    it('counts once, on the first page', async () => {
      const first = await list(`site=counted&limit=2`);
      expect(await list(`site=counted&limit=2&cursor=${first.nextCursor}`)).toMatchObject({ total: null, totalCapped: false });
    });
  });

  describe('the counts on the view tabs', () => {
    const views = {
      all: OPEN,
      mine: `assignee=me&${OPEN}`,
      breaching: `clockState=warning,breached&${OPEN}`,
      approval: `awaiting=approval&${OPEN}`,
    };
    const counts = async (as: SessionHeaders, extra = '') => {
      const query = Object.entries(views).map(([id, q]) => `view=${encodeURIComponent(`${id}:site=views&${q}`)}`).join('&');
      const res = await call(h, as, 'GET', `/api/v1/cases/counts?${query}${extra}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Record<string, { total: number; totalCapped: boolean }>;
    };

    beforeAll(async () => {
      const [breached, , mine] = [await complaint('views', 90), await complaint('views', 5), await complaint('views', 5)];
      await h.rt.db.query(`UPDATE cases SET assignee_id = $2 WHERE id = $1`, [mine, priya.id]);
      await h.rt.db.query(
        `INSERT INTO replies (case_id, kind, text, status, idempotency_key, verdict, policy_version) VALUES ($1, 'public', 'Thank you', 'pending_approval', 'views-1', 'ok', 'test')`,
        [breached],
      );
    });

    it('counts every view in one request exactly as its list counts it, for each reader', async () => {
      for (const as of [h.headers, priya.headers, eastRep.headers]) {
        const got = await counts(as);
        for (const [id, q] of Object.entries(views)) expect(got[id], id).toEqual({ total: (await list(`site=views&${q}`, as)).total, totalCapped: false });
      }
      expect(await counts(h.headers)).toEqual({
        all: { total: 3, totalCapped: false },
        mine: { total: 0, totalCapped: false },
        breaching: { total: 1, totalCapped: false },
        approval: { total: 1, totalCapped: false },
      });
      expect((await counts(priya.headers)).mine.total).toBe(1);
      expect((await counts(eastRep.headers)).all.total).toBe(0);
    });

    it('names the view and the filter it refuses', async () => {
      const bad = await call(h, h.headers, 'GET', `/api/v1/cases/counts?view=${encodeURIComponent('late:clockState=asleep')}`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().details[0].path).toBe('view.late.clockState');
      const unknown = await call(h, h.headers, 'GET', `/api/v1/cases/counts?view=${encodeURIComponent('x:colour=red')}`);
      expect(unknown.json().details[0].path).toBe('view.x.colour');
      const twice = await call(h, h.headers, 'GET', `/api/v1/cases/counts?view=a:&view=a:`);
      expect(twice.json().details[0].path).toBe('view.a');
      expect((await call(h, h.headers, 'GET', `/api/v1/cases/counts?view=${encodeURIComponent('no id')}`)).json().details[0].path).toBe('view');
    });
  });

  describe('my cases', () => {
    const made: Record<string, string> = {};
    beforeAll(async () => {
      made.escalated = await complaint('escalated', 120);
      made.assignedAndEscalated = await complaint('escalated', 120);
      made.mineOnTime = await complaint('escalated', 5);
      made.notYetDue = await complaint('escalated', 5);
      for (const key of ['assignedAndEscalated', 'mineOnTime'] as const) await h.rt.db.query(`UPDATE cases SET assignee_id = $2 WHERE id = $1`, [made[key], key === 'mineOnTime' ? jordan.id : priya.id]);
      // The sweep records the breaches and pages whoever is on call for the desk: Jordan.
      await sweepClocks(h.rt.db, h.rt.queue, await h.rt.org.get(), new Date());
    });
    const mine = async (as: SessionHeaders, status = OPEN) => (await list(`site=escalated&assignee=me&${status}`, as)).items;

    it('takes in the cases escalated to me, marked so, beside the ones assigned to me', async () => {
      const items = await mine(jordan.headers);
      expect(items.map((c) => c.id).sort()).toEqual([made.escalated, made.assignedAndEscalated, made.mineOnTime].sort());
      expect(Object.fromEntries(items.map((c) => [c.id, c.escalatedToMe]))).toEqual({ [made.escalated]: true, [made.assignedAndEscalated]: true, [made.mineOnTime]: false });
      // The same mark in any view, and only for the person it reached.
      expect((await list(`site=escalated&${OPEN}`, jordan.headers)).items.filter((c) => c.escalatedToMe).map((c) => c.id).sort()).toEqual([made.escalated, made.assignedAndEscalated].sort());
      expect((await list(`site=escalated&${OPEN}`)).items.some((c) => c.escalatedToMe)).toBe(false);
    });

    it('does not count a breach told to the assignee as an escalation to them once the case is someone else’s', async () => {
      expect((await mine(priya.headers)).map((c) => c.id)).toEqual([made.assignedAndEscalated]);
      const told = await h.rt.db.query(`SELECT kind FROM notifications WHERE user_id = $1 AND case_id = $2`, [priya.id, made.assignedAndEscalated]);
      expect(told.rows.map((r) => r.kind)).toContain('escalation');
      await h.rt.db.query(`UPDATE cases SET assignee_id = $2 WHERE id = $1`, [made.assignedAndEscalated, jordan.id]);
      expect(await mine(priya.headers)).toEqual([]);
    });

    it('lets the case go once the escalated clock is no longer owed', async () => {
      const c = (await call(h, h.headers, 'GET', `/api/v1/cases/${made.escalated}`)).json() as { version: number };
      expect((await call(h, h.headers, 'PATCH', `/api/v1/cases/${made.escalated}`, { version: c.version, status: 'closed' })).statusCode).toBe(200);
      expect((await mine(jordan.headers, 'status=all')).map((c) => c.id)).not.toContain(made.escalated);
    });
  });

  // Last: a thousand more cases at the first site.
  it(`stops counting past ${TOTAL_CAP}, saying so`, async () => {
    await bulkCases(h.rt.db, TOTAL_CAP + 5, { allOpen: true });
    expect(await list(`site=juniper-main&${OPEN}&limit=1`)).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
    expect(await list(`site=juniper-main&${OPEN}&limit=1&q=parking`)).toMatchObject({ totalCapped: false });
  });
});
