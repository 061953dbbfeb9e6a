// The dashboard figures on a small dataset whose answers are known: four complaints at two sites, one answered
// in public after 30 minutes with an invitation the patient took up, one answered after 90 minutes past its
// breached acknowledgement clock (met late) and then re-rated upward, one on Yelp (where the author can be messaged)
// answered privately after 10 minutes, one
// still unanswered two hours on (breached), and a question that opens no case. Every clock count opens the inbox on
// exactly the cases it counts. A reader scoped to one site sees that site only and is refused another; the CSV
// export holds the same figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { apiHarness, call, ingestAndProcess, signInNewUser, testDbInZone, type ApiHarness, type SessionHeaders } from '../../../test/support/api-runtime.js';
import { periodBound } from './reports.js';

const EAST = 'juniper-east';
const MIN = 60_000;
const DAY = 86_400_000;

interface Summary {
  postsReceived: number;
  volumeByDay: { day: string; platform: string; count: number }[];
  complaintsByCategory: { category: string; count: number }[];
  complaintsBySite: { siteId: string; siteName: string; count: number }[];
  clockCompliance: { clock: string; met: number; metLate: number; breached: number; running: number; stopped: number }[];
  timeToFirstPublicReply: { medianMinutes: number | null; p90Minutes: number | null; count: number };
  timeToPrivateOutreach: { medianMinutes: number | null; p90Minutes: number | null; count: number };
  invitations: { sent: number; takenUp: number };
  reviewsRaisedAfterRecovery: { count: number };
}

describe('reports summary', () => {
  let h: ApiHarness;
  let eastViewer: SessionHeaders;
  const sent: { platform: string; createdAt: string }[] = [];
  const caseIds: Record<'a' | 'b' | 'c' | 'e', string> = { a: '', b: '', c: '', e: '' };

  const post = (key: string, text: string, ageMinutes: number, over: Record<string, unknown> = {}) => {
    const p = { platform: 'google', externalId: `report-${key}`, author: { id: `report-author-${key}`, displayName: `Reviewer ${key}` }, text, rating: 1, createdAt: new Date(Date.now() - ageMinutes * MIN).toISOString(), listing: 'juniper-main', ...over };
    sent.push({ platform: p.platform, createdAt: p.createdAt });
    return p;
  };
  /** Ingests one post and processes it when it was written, so its clocks start then. */
  const arrive = async (p: { createdAt: string }) => (await ingestAndProcess(h, [p], new Date(p.createdAt)))[0];
  /** A reply written and confirmed posted by hand now (google has no reply API here). */
  const replyNow = async (caseId: string, kind: 'public' | 'private', text: string) => {
    const r = await call(h, h.headers, 'POST', `/api/v1/cases/${caseId}/replies`, { kind, text });
    expect(r.statusCode, r.body).toBe(201);
    expect((await call(h, h.headers, 'POST', `/api/v1/replies/${r.json().id}/mark-posted`, {})).statusCode).toBe(200);
  };
  const summary = async (as: SessionHeaders, query = '') => {
    const res = await call(h, as, 'GET', `/api/v1/reports/summary${query}`);
    expect(res.statusCode).toBe(200);
    return res.json() as Summary;
  };

  beforeAll(async () => {
    // Chicago, not UTC: days are UTC days whatever the server's TimeZone setting.
    h = await apiHarness({}, await testDbInZone('America/Chicago'));
    expect((await call(h, h.headers, 'POST', '/api/v1/sites', { id: EAST, name: 'Juniper East Clinic', kind: 'clinic', timeZone: 'UTC' })).statusCode).toBe(200);
    const rules = [{ id: 'desk', name: 'Complaints: the social desk', when: { complaint: true }, then: [{ assignTeam: 'desk', startClocks: ['public_ack', 'private_outreach'] }] }];
    expect((await call(h, h.headers, 'PUT', '/api/v1/settings/routing-rules', rules)).statusCode).toBe(200);
    eastViewer = (await signInNewUser(h, { email: 'viewer.east@example.org', role: 'viewer', sites: [EAST] })).headers;

    caseIds.a = await arrive(post('a', 'The billing office charged me twice for one visit and nobody calls back.', 30));
    caseIds.b = await arrive(post('b', 'Waited four hours in the emergency room and nobody told us anything. Terrible.', 90));
    caseIds.c = await arrive(post('c', 'The front desk at the clinic was rude and hung up on me twice. Very disappointed.', 10, { listing: EAST, platform: 'yelp' }));
    caseIds.e = await arrive(post('e', 'Security at the entrance was rude to my elderly mother and nobody apologised. Awful.', 120));
    expect(await arrive(post('d', 'Does anyone know what time the cafeteria opens on Sundays?', 5, { platform: 'yelp', rating: 3 }))).toBeNull();

    await h.rt.workerContext.sweepClocks(); // b's and e's one-hour acknowledgements ran out
    await replyNow(caseIds.a, 'public', 'We are sorry about the billing trouble you describe. Please send us a private message so we can fix it.');
    await replyNow(caseIds.b, 'public', 'We are sorry for the long wait and thank you for telling us.');
    await replyNow(caseIds.c, 'private', 'Thank you for writing to us. Could we call you to talk this through?');
    // a's reviewer takes up the invitation; b's reviewer raises the rating after our reply.
    await ingestAndProcess(h, [post('a-dm', 'Hi, here is my account with the double charge.', 0, { author: { id: 'report-author-a', displayName: 'Reviewer a' }, visibility: 'private', rating: undefined })]);
    const raised = await call(h, h.headers, 'POST', '/api/v1/posts', { posts: [{ ...post('b', 'Update: they called me the same day and apologised.', 90), rating: 4 }] });
    expect(raised.json()).toMatchObject({ revised: 1 });
    sent.pop(); // a revision is the same post, not another one
  });
  afterAll(() => h?.close());

  it('counts new cases by day and platform, each count the length of its drill-down list, and every post received', async () => {
    const s = await summary(h.headers);
    expect(s.volumeByDay.length).toBeGreaterThan(0);
    for (const v of s.volumeByDay) {
      const listed = (await call(h, h.headers, 'GET', `/api/v1/cases?day=${v.day}&platform=${v.platform}&limit=200`)).json().items;
      expect({ ...v, listed: listed.length }).toEqual({ ...v, listed: v.count });
    }
    expect(s.postsReceived).toBe(sent.length);
    expect(s.postsReceived).toBeGreaterThan(s.volumeByDay.reduce((n, v) => n + v.count, 0));
  });

  it('counts complaints by category and by site', async () => {
    const s = await summary(h.headers);
    expect(s.complaintsBySite).toEqual([
      { siteId: 'juniper-main', siteName: 'Juniper Hollow Hospital', count: 3 },
      { siteId: EAST, siteName: 'Juniper East Clinic', count: 1 },
    ]);
    const tally = new Map<string, number>();
    for (const id of Object.values(caseIds)) for (const c of (await call(h, h.headers, 'GET', `/api/v1/cases/${id}`)).json().categories as string[]) tally.set(c, (tally.get(c) ?? 0) + 1);
    expect(tally.get('billing')).toBe(1);
    expect(new Map(s.complaintsByCategory.map((c) => [c.category, c.count]))).toEqual(tally);
  });

  it('reports clock compliance: met in time, met late, breached and unmet, still running', async () => {
    const byClock = Object.fromEntries((await summary(h.headers)).clockCompliance.map(({ clock, ...rest }) => [clock, rest]));
    expect(byClock.public_ack).toEqual({ met: 1, metLate: 1, breached: 1, running: 1, stopped: 0 });
    expect(byClock.private_outreach).toEqual({ met: 1, metLate: 0, breached: 0, running: 3, stopped: 0 });
  });

  it('opens each clock count in the inbox as exactly the cases it counts', async () => {
    const from = new Date(Date.now() - DAY).toISOString().slice(0, 10);
    const to = new Date().toISOString().slice(0, 10);
    const period = `from=${from}&to=${to}`;
    const listed = async (clock: string, outcome: string) => {
      const res = await call(h, h.headers, 'GET', `/api/v1/cases?clock=${clock}&clockState=${outcome}&${period}&limit=200`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as { id: string }[]).map((c) => c.id).sort();
    };
    const outcomes = { met: 'met', metLate: 'met_late', breached: 'breached', running: 'running', stopped: 'stopped' } as const;
    for (const row of (await summary(h.headers, `?${period}`)).clockCompliance)
      for (const [field, outcome] of Object.entries(outcomes)) expect(await listed(row.clock, outcome), `${row.clock} ${outcome}`).toHaveLength(row[field as keyof typeof outcomes]);
    expect(await listed('public_ack', 'met')).toEqual([caseIds.a]);
    expect(await listed('public_ack', 'met_late')).toEqual([caseIds.b]);
    expect(await listed('public_ack', 'breached')).toEqual([caseIds.e]);
    expect(await listed('public_ack', 'running')).toEqual([caseIds.c]);
    expect(await listed('public_ack', 'met,met_late')).toEqual([caseIds.a, caseIds.b].sort());
  });

  it('keeps the inbox drill-down to the period, and refuses an unknown clock outcome naming clockState', async () => {
    const ids = async (query: string) => ((await call(h, h.headers, 'GET', `/api/v1/cases?${query}`)).json().items as unknown[]).length;
    expect(await ids('clock=public_ack&from=2020-01-01&to=2020-01-31')).toBe(0);
    const bad = await call(h, h.headers, 'GET', '/api/v1/cases?clock=public_ack&clockState=late');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([expect.objectContaining({ path: 'clockState' })]);
  });

  it.each([
    ['a From after the To', '?from=2025-03-10&to=2025-03-01', 'to'],
    ['a day that does not exist', '?from=2025-02-30', 'from'],
    ['an impossible To', '?to=2025-13-01', 'to'],
  ])('refuses %s with 400 naming the field, in the report, its export and the inbox', async (_, query, field) => {
    for (const path of ['/api/v1/reports/summary', '/api/v1/reports/summary.csv', '/api/v1/cases']) {
      const res = await call(h, h.headers, 'GET', `${path}${query}`);
      expect(res.statusCode, path).toBe(400);
      expect(res.json().details, path).toEqual([expect.objectContaining({ path: field })]);
    }
  });

  it('accepts a period of one day', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect((await call(h, h.headers, 'GET', `/api/v1/reports/summary?from=${today}&to=${today}`)).statusCode).toBe(200);
  });

  it('measures the time to the first public reply and to private outreach', async () => {
    const s = await summary(h.headers);
    expect(s.timeToFirstPublicReply).toEqual({ medianMinutes: 60, p90Minutes: 84, count: 2 });
    expect(s.timeToPrivateOutreach).toEqual({ medianMinutes: 10, p90Minutes: 10, count: 1 });
  });

  it('counts invitations to message us, those taken up, and reviews raised after recovery', async () => {
    const s = await summary(h.headers);
    expect(s.invitations).toEqual({ sent: 1, takenUp: 1 });
    expect(s.reviewsRaisedAfterRecovery).toEqual({ count: 1 });
  });

  it('narrows every figure to one site on request', async () => {
    const s = await summary(h.headers, `?site=${EAST}`);
    expect(s.complaintsBySite.map((r) => r.siteId)).toEqual([EAST]);
    expect(s.timeToFirstPublicReply.count).toBe(0);
    expect(s.timeToPrivateOutreach.count).toBe(1);
    expect(s.volumeByDay.reduce((n, v) => n + v.count, 0)).toBe(1);
  });

  it('gives a site-scoped reader their sites only, and refuses another site with 403 naming it', async () => {
    const mine = await summary(eastViewer);
    expect(mine.complaintsBySite.map((r) => r.siteId)).toEqual([EAST]);
    expect(mine.reviewsRaisedAfterRecovery.count).toBe(0);
    expect(mine.invitations.sent).toBe(0);
    const other = await call(h, eastViewer, 'GET', '/api/v1/reports/summary?site=juniper-main');
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ error: 'forbidden', details: [{ path: 'site' }] });
  });

  it('leaves confidential cases out of a viewer’s figures, as the inbox their drill-downs open leaves them out', async () => {
    const before = await summary(eastViewer);
    await h.rt.db.query('UPDATE cases SET confidential = true WHERE id = $1', [caseIds.c]);
    try {
      const after = await summary(eastViewer);
      const opened = (s: Summary) => s.volumeByDay.reduce((n, v) => n + v.count, 0);
      expect(opened(after)).toBe(opened(before) - 1);
      expect(after.complaintsBySite).toEqual([]);
      // An admin reads confidential cases, so their figures still count it.
      expect((await summary(h.headers)).complaintsBySite.map((r) => r.siteId)).toContain(EAST);
    } finally {
      await h.rt.db.query('UPDATE cases SET confidential = false WHERE id = $1', [caseIds.c]);
    }
  });

  it('exports the figures of the period as CSV with a filename, and audits the export', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const query = `?from=2020-01-01&to=${today}`;
    const res = await call(h, h.headers, 'GET', `/api/v1/reports/summary.csv${query}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="redress-dashboard-2020-01-01-to-${today}.csv"`);
    const rows = parse(res.body, { columns: true }) as { section: string; item: string; measure: string; value: string }[];
    const value = (section: string, item: string, measure: string) => rows.find((r) => r.section === section && r.item === item && r.measure === measure)?.value;
    const s = await summary(h.headers, query);
    expect(value('period', '', 'site')).toBe('all');
    expect(value('period', '', 'from')).toBe('2020-01-01T00:00:00.000Z');
    for (const c of s.clockCompliance)
      expect(['met', 'met_late', 'breached', 'running'].map((m) => Number(value('clock_compliance', c.clock, m)))).toEqual([c.met, c.metLate, c.breached, c.running]);
    expect(s.complaintsBySite.map((c) => Number(value('complaints_by_site', c.siteName, 'complaints')))).toEqual(s.complaintsBySite.map((c) => c.count));
    expect(rows.filter((r) => r.section === 'posts_received').map((r) => Number(r.value))).toEqual([6]);
    expect(rows.filter((r) => r.section === 'new_cases_by_day').reduce((n, r) => n + Number(r.value), 0)).toBe(s.volumeByDay.reduce((n, v) => n + v.count, 0));
    expect(Number(value('time_to_first_public_reply', '', 'median_minutes'))).toBe(60);
    expect(value('invitations', '', 'taken_up')).toBe('1');
    const audited = (await call(h, h.headers, 'GET', '/api/v1/audit?action=report.export')).json().items;
    expect(audited[0]).toMatchObject({ actor: 'admin@example.org', entityType: 'report', details: { format: 'csv', count: rows.length, site: null } });
  });

  it('exports a site-scoped reader only their sites, saying so in the file and its name, and refuses another site with 403 naming it', async () => {
    const res = await call(h, eastViewer, 'GET', '/api/v1/reports/summary.csv');
    expect(res.statusCode).toBe(200);
    const rows = parse(res.body, { columns: true }) as { section: string; item: string; measure: string; value: string }[];
    expect(rows.filter((r) => r.section === 'complaints_by_site').map((r) => r.item)).toEqual(['Juniper East Clinic']);
    // The file says what it covers: their site, not "all".
    expect(rows.find((r) => r.section === 'period' && r.measure === 'site')?.value).toBe(EAST);
    expect(res.headers['content-disposition']).toMatch(new RegExp(`-${EAST}\\.csv"$`));
    const other = await call(h, eastViewer, 'GET', '/api/v1/reports/summary.csv?site=juniper-main');
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ error: 'forbidden', details: [{ path: 'site' }] });
  });

  it('leaves out cases outside the period', async () => {
    const s = await summary(h.headers, '?from=2020-01-01&to=2020-01-31');
    expect(s.complaintsBySite).toEqual([]);
    expect(s.volumeByDay).toEqual([]);
    expect(s.timeToFirstPublicReply).toEqual({ medianMinutes: null, p90Minutes: null, count: 0 });
  });
});

describe('the ends of a period', () => {
  it('reads days in UTC unless given a zone, a to day ending at the next midnight there', () => {
    expect(periodBound('from', '2026-03-01').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(periodBound('to', '2026-03-01').toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(periodBound('from', '2026-03-01', 'America/Chicago').toISOString()).toBe('2026-03-01T06:00:00.000Z');
    // The day daylight time starts is 23 hours long in Chicago: its end is 05:00 UTC, not 06:00.
    expect(periodBound('to', '2026-03-08', 'America/Chicago').toISOString()).toBe('2026-03-09T05:00:00.000Z');
  });

  it('takes a date-time with an offset as it is, and one without as a wall clock in the zone, never the server\'s', () => {
    expect(periodBound('from', '2026-03-01T03:30:00Z', 'America/Chicago').toISOString()).toBe('2026-03-01T03:30:00.000Z');
    expect(periodBound('from', '2026-03-01T03:30:00-06:00').toISOString()).toBe('2026-03-01T09:30:00.000Z');
    expect(periodBound('from', '2026-02-28T21:30', 'America/Chicago').toISOString()).toBe('2026-03-01T03:30:00.000Z');
    expect(periodBound('to', '2026-02-28T21:30:15.5').toISOString()).toBe('2026-02-28T21:30:15.500Z');
  });

  it.each([['2026-02-30'], ['2026-02-28T24:00'], ['yesterday'], ['2026-02-31T10:00']])('refuses %s naming the field', (value) => {
    expect(() => periodBound('to', value)).toThrow(expect.objectContaining({ details: [{ path: 'to', message: 'must be a date (YYYY-MM-DD) or a date-time' }] }));
  });
});

describe('reports summary days in a time zone', () => {
  let h: ApiHarness;
  const WEST = 'juniper-west';
  // 03:30 UTC is still the evening before in Los Angeles: the case belongs to the site's previous day.
  const at = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() - 3, 3, 30));
  const utcDay = at.toISOString().slice(0, 10);
  const westDay = new Date(at.getTime() - DAY).toISOString().slice(0, 10);

  beforeAll(async () => {
    h = await apiHarness({}, await testDbInZone('Asia/Tokyo'));
    expect((await call(h, h.headers, 'POST', '/api/v1/sites', { id: WEST, name: 'Juniper West Clinic', kind: 'clinic', timeZone: 'America/Los_Angeles' })).statusCode).toBe(200);
    const p = { platform: 'google', externalId: 'zone-late', author: { id: 'zone-author', displayName: 'Night Owl' }, text: 'The front desk was rude and nobody called me back. Very disappointed.', rating: 1, createdAt: at.toISOString(), listing: WEST };
    expect(await ingestAndProcess(h, [p], at)).toEqual([expect.any(String)]);
  });
  afterAll(() => h?.close());

  it("counts a site's cases by the site's days, and the bar's drill-down lists the case it counted", async () => {
    const site = (await call(h, h.headers, 'GET', `/api/v1/reports/summary?site=${WEST}`)).json() as Summary & { timeZone: string };
    expect(site.timeZone).toBe('America/Los_Angeles');
    expect(site.volumeByDay).toEqual([{ day: westDay, platform: 'google', count: 1 }]);
    const listed = (day: string, site?: string) => call(h, h.headers, 'GET', `/api/v1/cases?day=${day}${site ? `&site=${site}` : ''}`).then((r) => r.json().items.length as number);
    expect(await listed(westDay, WEST)).toBe(1);
    expect(await listed(utcDay, WEST)).toBe(0);
    // Without a site, days are the organization's (UTC here, as it names no zone), in the report and in the list.
    const all = (await call(h, h.headers, 'GET', '/api/v1/reports/summary')).json() as Summary & { timeZone: string };
    expect(all.timeZone).toBe('UTC');
    expect(all.volumeByDay).toEqual([{ day: utcDay, platform: 'google', count: 1 }]);
    expect(await listed(utcDay)).toBe(1);
    expect(await listed(westDay)).toBe(0);
  });

  it("reads a period's days in the site's zone: a period ending the day before in UTC still holds the site's evening case", async () => {
    const query = `from=${westDay}&to=${westDay}`;
    const site = (await call(h, h.headers, 'GET', `/api/v1/reports/summary?${query}&site=${WEST}`)).json() as Summary;
    expect(site.volumeByDay.map((v) => v.count)).toEqual([1]);
    expect((await call(h, h.headers, 'GET', `/api/v1/cases?${query}&site=${WEST}`)).json().items).toHaveLength(1);
    expect((await call(h, h.headers, 'GET', `/api/v1/reports/summary?${query}`)).json().volumeByDay).toEqual([]);
    const csv = await call(h, h.headers, 'GET', `/api/v1/reports/summary.csv?${query}&site=${WEST}`);
    expect(csv.headers['content-disposition']).toContain(`redress-dashboard-${westDay}-to-${westDay}-${WEST}.csv`);
    expect(csv.body).toContain('period,,time_zone,America/Los_Angeles');
  });
});
