// The case routes: the inbox list (filters and keyset pagination that never repeats or skips a case), changes with
// optimistic concurrency that write the timeline and notify the people concerned, grievances that start the written
// response clock, notes with @mentions, merges, and bulk actions that report what failed without undoing the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, ingestAndProcess, signInNewUser, testDbInZone, type ApiHarness, type SessionHeaders } from '../../../test/support/api-runtime.js';

const EAST = 'juniper-east';
const MIN = 60_000;

interface Summary {
  id: string;
  number: number;
  status: string;
  priority: string;
  siteId: string | null;
  assigneeId: string | null;
  version: number;
  risks: string[];
  timing: string;
  categories: string[];
  mergedInto: string | null;
  outcome: string | null;
  nextClock: { name: string; dueAt: string } | null;
}
interface TimelineEvent {
  type: string;
  actor: { kind: string; id: string | null };
  data: Record<string, unknown>;
}

describe('case routes', () => {
  let h: ApiHarness;
  let agent: { id: string; headers: SessionHeaders };
  let eastAgent: { id: string; headers: SessionHeaders };
  let n = 0;

  const RUDE = 'The front desk was rude and nobody called me back about my appointment. Very disappointed.';
  /** One complaint by a new author, as a post of `platform`, `ageMinutes` old; answers its case id. */
  const post = (text: string, over: Record<string, unknown> = {}, ageMinutes = 0) => {
    n++;
    return {
      platform: 'google',
      externalId: `case-${n}`,
      author: { id: `case-author-${n}`, displayName: `Reviewer ${n}` },
      text,
      rating: 1,
      createdAt: new Date(Date.now() - ageMinutes * MIN).toISOString(),
      listing: 'juniper-main',
      ...over,
    };
  };
  const openCase = async (text = RUDE, over: Record<string, unknown> = {}) => (await ingestAndProcess(h, [post(text, over)]))[0];
  const get = async (id: string) => (await call(h, h.headers, 'GET', `/api/v1/cases/${id}`)).json() as Summary & { timeline: TimelineEvent[]; clocks: { name: string; startedAt: string; dueAt: string; state: string }[]; posts: { id: string }[] };
  const patch = (as: SessionHeaders, id: string, body: object) => call(h, as, 'PATCH', `/api/v1/cases/${id}`, body);
  const list = async (query: string, as: SessionHeaders = h.headers) => {
    const res = await call(h, as, 'GET', `/api/v1/cases?${query}`);
    expect(res.statusCode).toBe(200);
    return res.json() as { items: Summary[]; nextCursor: string | null };
  };
  const notificationsOf = async (userId: string, kind: string) =>
    (await h.rt.db.query<{ case_id: string; subject: string }>(`SELECT case_id, subject FROM notifications WHERE user_id = $1 AND kind = $2 ORDER BY created_at`, [userId, kind])).rows;

  beforeAll(async () => {
    // Chicago, not UTC: nothing the API answers may depend on the server's TimeZone setting.
    h = await apiHarness({}, await testDbInZone('America/Chicago'));
    expect((await call(h, h.headers, 'POST', '/api/v1/sites', { id: EAST, name: 'Juniper East Clinic', kind: 'clinic', timeZone: 'UTC' })).statusCode).toBe(200);
    const rules = [{ id: 'desk', name: 'Complaints: the social desk', when: { complaint: true }, then: [{ assignTeam: 'desk', startClocks: ['public_ack', 'private_outreach'] }] }];
    expect((await call(h, h.headers, 'PUT', '/api/v1/settings/routing-rules', rules)).statusCode).toBe(200);
    agent = await signInNewUser(h, { email: 'ana.lopez@example.org', name: 'Ana Lopez', role: 'social_agent' });
    eastAgent = await signInNewUser(h, { email: 'eli.east@example.org', name: 'Eli East', role: 'patient_experience', sites: [EAST] });
  });
  afterAll(() => h?.close());

  // First, on a dataset of its own (every other test opens its cases later): the filters answer exactly.
  describe('the inbox list', () => {
    const made: Record<'legal' | 'now' | 'breached' | 'warning' | 'running', string[]> = { legal: [], now: [], breached: [], warning: [], running: [] };
    beforeAll(async () => {
      const legal = 'The nurse gave my father the wrong medication and I am calling my lawyer to sue this hospital.';
      const now = 'I am in the emergency room right now and have been waiting for four hours with nobody to help.';
      const sets: [keyof typeof made, string, number][] = [
        ['legal', legal, 0], ['legal', legal, 0], ['now', now, 0],
        ['breached', RUDE, 120], ['breached', RUDE, 90], ['warning', RUDE, 50], ['running', RUDE, 5], ['running', RUDE, 1],
      ];
      // Clocks start when a post is processed: an old post processed then is an old clock now.
      // The two legal cases share their creation time, so pagination must break the tie by id.
      const tie = new Date().toISOString();
      for (const [kind, text, age] of sets)
        made[kind].push(...(await ingestAndProcess(h, [post(text, kind === 'legal' ? { createdAt: tie } : {}, age)], new Date(Date.now() - age * MIN))));
      // A platform whose clock runs ahead: cases date from the processing time instead, the same to the microsecond.
      made.running.push(...(await ingestAndProcess(h, [1, 2, 3].map(() => post(RUDE, {}, -1)))));
    });
    const ids = (items: Summary[]) => items.map((c) => c.id).sort();

    it('filters by risk, by timing "now" and by the state of the next clock', async () => {
      expect(ids((await list('risk=legal')).items)).toEqual([...made.legal].sort());
      expect((await list('risk=any')).items.every((c) => c.risks.length > 0)).toBe(true);
      expect(ids((await list('timing=now')).items)).toEqual([...made.now].sort());
      expect(ids((await list('clockState=breached')).items)).toEqual([...made.breached].sort());
      expect(ids((await list('clockState=warning')).items)).toEqual([...made.warning].sort());
      // The inbox's "Breaching soon" view asks for both.
      expect(ids((await list('clockState=warning,breached')).items)).toEqual([...made.warning, ...made.breached].sort());
      const running = ids((await list('clockState=running&limit=200')).items);
      expect(running).toEqual(expect.arrayContaining([...made.running, ...made.warning, ...made.legal]));
      expect(running).not.toEqual(expect.arrayContaining(made.breached.slice(0, 1)));
      const bad = await call(h, h.headers, 'GET', '/api/v1/cases?clockState=asleep');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().details[0].path).toBe('clockState');
    });

    for (const sort of ['newest', 'oldest', 'due', 'priority'] as const) {
      it(`pages through every case sorted by ${sort}, none repeated and none skipped`, async () => {
        const whole = (await list(`sort=${sort}&limit=200`)).items.map((c) => c.id);
        expect(whole.length).toBeGreaterThanOrEqual(11);
        // Page sizes 1 to 4 put a page boundary inside every run of tied cases.
        for (const size of [1, 2, 3, 4]) {
          const paged: string[] = [];
          let cursor: string | null = null;
          do {
            const page: { items: Summary[]; nextCursor: string | null } = await list(`sort=${sort}&limit=${size}${cursor ? `&cursor=${cursor}` : ''}`);
            expect(page.items.length).toBeLessThanOrEqual(size);
            paged.push(...page.items.map((c) => c.id));
            cursor = page.nextCursor;
          } while (cursor);
          expect(paged, `pages of ${size}`).toEqual(whole);
        }
        expect(Object.keys((await list(`sort=${sort}&limit=1`)).items[0])).not.toEqual(expect.arrayContaining(['_t']));
      });
    }

    it('drills down by the UTC day the volume report counts, whatever the database session time zone', async () => {
      const day = new Date(Date.now() - 3 * 24 * 60 * MIN).toISOString().slice(0, 10);
      const dayBefore = new Date(Date.parse(day) - 24 * 60 * MIN).toISOString().slice(0, 10);
      const [id] = await ingestAndProcess(h, [post(RUDE, { createdAt: `${day}T02:30:00Z` })]);
      const volume = (await call(h, h.headers, 'GET', `/api/v1/reports/summary?from=${day}&to=${day}`)).json().volumeByDay;
      expect(volume).toEqual([{ day, platform: 'google', count: 1 }]);
      expect((await list(`day=${day}`)).items.map((c) => c.id)).toEqual([id]);
      expect((await list(`day=${dayBefore}`)).items).toEqual([]);
    });

    it('refuses a cursor it did not issue, naming it', async () => {
      for (const cursor of ['not-a-cursor', Buffer.from('{"k":null}').toString('base64url'), Buffer.from('{"t":"later","id":"x"}').toString('base64url')]) {
        const res = await call(h, h.headers, 'GET', `/api/v1/cases?cursor=${cursor}`);
        expect(res.statusCode).toBe(400);
        expect(res.json().details[0].path).toBe('cursor');
      }
    });
  });

  describe('changes', () => {
    it('stops the clocks a case ended before meeting, so no report counts an outreach nobody sent as met', async () => {
      const id = await openCase();
      const c = await get(id);
      expect((await patch(agent.headers, id, { version: c.version, status: 'closed' })).statusCode).toBe(200);
      const after = await get(id);
      expect(Object.fromEntries(after.clocks.map((k) => [k.name, k.state]))).toEqual({ public_ack: 'stopped', private_outreach: 'stopped' });
      expect(after.timeline.filter((e) => e.type === 'clock.stopped').map((e) => e.data.clock).sort()).toEqual(['private_outreach', 'public_ack']);
      expect((await list('clock=public_ack&clockState=stopped')).items.map((k) => k.id)).toContain(id);
      expect((await list('clock=public_ack&clockState=met,met_late,running,breached&limit=200')).items.map((k) => k.id)).not.toContain(id);
    });

    it('starts a follow-up clock when a closed case is reopened, so a patient who comes back is not left without a promise', async () => {
      const id = await openCase();
      let c = await get(id);
      expect((await patch(agent.headers, id, { version: c.version, status: 'closed' })).statusCode).toBe(200);
      c = await get(id);
      expect((await patch(agent.headers, id, { version: c.version, status: 'in_recovery' })).statusCode).toBe(200);
      const after = await get(id);
      const followUp = after.clocks.find((k) => k.name === 'reopened_followup');
      expect(followUp).toMatchObject({ state: 'running' });
      expect(Date.parse(followUp!.dueAt)).toBeGreaterThan(Date.parse(followUp!.startedAt));
      expect(after.timeline.filter((e) => e.type === 'clock.started').map((e) => e.data.name)).toContain('reopened_followup');
      expect(after.nextClock).toMatchObject({ name: 'reopened_followup' });
    });

    it('walks the status table forward, records each step and a reopen, and refuses a move the table forbids', async () => {
      const id = await openCase();
      let c = await get(id);
      expect(c.status).toBe('triaged');
      for (const status of ['acknowledged', 'in_recovery', 'resolved', 'closed', 'in_recovery']) {
        const res = await patch(agent.headers, id, { version: c.version, status });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ status, version: c.version + 1 });
        c = await get(id);
      }
      const steps = c.timeline.filter((e) => e.type === 'status.changed' || e.type === 'case.reopened').map((e) => [e.type, e.data.from, e.data.to]);
      expect(steps).toEqual([
        ['status.changed', 'new', 'triaged'],
        ['status.changed', 'triaged', 'acknowledged'],
        ['status.changed', 'acknowledged', 'in_recovery'],
        ['status.changed', 'in_recovery', 'resolved'],
        ['status.changed', 'resolved', 'closed'],
        ['case.reopened', 'closed', 'in_recovery'],
      ]);
      const back = await patch(agent.headers, id, { version: c.version, status: 'triaged' });
      expect(back.statusCode).toBe(400);
      expect(back.json().details[0]).toMatchObject({ path: 'status', message: expect.stringContaining('resolved, closed') });
      expect((await get(id)).version).toBe(c.version);
    });

    it('answers 409 to a stale version and changes nothing', async () => {
      const id = await openCase();
      const c = await get(id);
      expect((await patch(agent.headers, id, { version: c.version, priority: 'high' })).statusCode).toBe(200);
      const stale = await patch(agent.headers, id, { version: c.version, priority: 'low' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toBe('conflict');
      expect(await get(id)).toMatchObject({ priority: 'high', version: c.version + 1 });
    });

    it('assigns a person and notifies them, records priority changes, and refuses an assignee who cannot see the site', async () => {
      const id = await openCase();
      const c = await get(id);
      const res = await patch(h.headers, id, { version: c.version, assigneeId: agent.id, priority: 'urgent' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ assigneeId: agent.id, assigneeName: 'Ana Lopez', priority: 'urgent' });
      const after = await get(id);
      expect(after.timeline).toContainEqual(expect.objectContaining({ type: 'assigned', data: { assigneeId: agent.id, previousAssigneeId: null } }));
      expect(after.timeline).toContainEqual(expect.objectContaining({ type: 'priority.changed', data: { from: c.priority, to: 'urgent' } }));
      expect(await notificationsOf(agent.id, 'assignment')).toContainEqual(expect.objectContaining({ case_id: id }));

      const outside = await patch(h.headers, id, { version: after.version, assigneeId: eastAgent.id });
      expect(outside.statusCode).toBe(403);
      const viewer = await signInNewUser(h, { email: 'vera.viewer@example.org', name: 'Vera Viewer', role: 'viewer' });
      const toViewer = await patch(h.headers, id, { version: after.version, assigneeId: viewer.id });
      expect(toViewer.statusCode).toBe(403);
      expect(toViewer.json().message).toMatch(/cannot work cases/);
      const unknown = await patch(h.headers, id, { version: after.version, assigneeId: '00000000-0000-4000-8000-000000000000' });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().details[0].path).toBe('assigneeId');
      expect((await get(id)).assigneeId).toBe(agent.id);
    });

    it('finds a case by words of its posts or by its number as people quote it', async () => {
      const id = await openCase('The valet scraped my car in the Juniper Hollow garage and nobody cared. Awful.');
      const { number } = await get(id);
      expect((await list('q=valet%20garage')).items.map((c) => c.id)).toContain(id);
      for (const q of [String(number), `%23${number}`]) expect((await list(`q=${q}`)).items.map((c) => c.id)).toContain(id);
    });

    it('moves a case to another team on the timeline and refuses a team that does not exist', async () => {
      const id = await openCase();
      const c = await get(id);
      expect((await call(h, h.headers, 'POST', '/api/v1/teams', { id: 'px', name: 'Patient Experience', function: 'patient_experience', members: [] })).statusCode).toBe(200);
      const res = await patch(agent.headers, id, { version: c.version, teamId: 'px' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ teamId: 'px', teamName: 'Patient Experience' });
      expect((await get(id)).timeline).toContainEqual(expect.objectContaining({ type: 'assigned', data: { teamId: 'px', previousTeamId: 'desk' } }));
      const bad = await patch(agent.headers, id, { version: c.version + 1, teamId: 'ghosts' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().details[0]).toEqual({ path: 'teamId', message: 'no team "ghosts"' });
    });

    it('starts the 7-day written-response clock when a case is marked a grievance', async () => {
      const id = await openCase();
      const c = await get(id);
      const res = await patch(agent.headers, id, { version: c.version, grievance: true });
      expect(res.statusCode).toBe(200);
      expect(res.json().grievance).toBe(true);
      const after = await get(id);
      const clock = after.clocks.find((k) => k.name === 'grievance_response');
      // The screen reads from each clock what meets it and what ending the case does to it, from this organization's policy.
      expect(clock).toMatchObject({ state: 'running', metBy: 'grievance_response', whenCaseEnds: 'continues' });
      const days = (Date.parse(clock!.dueAt) - Date.parse(clock!.startedAt)) / (24 * 60 * MIN);
      expect(days).toBe(7);
      // Counted from when the complaint reached us: its first post, not the moment of marking.
      const [first] = (await h.rt.db.query<{ created_at: Date }>(`SELECT created_at FROM posts WHERE case_id = $1`, [id])).rows;
      expect(Date.parse(clock!.startedAt)).toBe(new Date(first.created_at).getTime());
      expect(after.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['grievance.marked', 'clock.started']));
      expect(after.timeline.find((e) => e.type === 'clock.started' && e.data.name === 'grievance_response')).toBeDefined();
    });

    it('stops the running written-response clock when the grievance flag is removed, and starts it afresh when set again', async () => {
      const id = await openCase();
      const marked = (await patch(agent.headers, id, { version: (await get(id)).version, grievance: true })).json();
      const res = await patch(agent.headers, id, { version: marked.version, grievance: false });
      expect(res.statusCode).toBe(200);
      expect(res.json().grievance).toBe(false);
      const after = await get(id);
      expect(after.clocks.find((k) => k.name === 'grievance_response')?.state).toBe('stopped');
      expect(after.timeline).toContainEqual(
        expect.objectContaining({ type: 'clock.stopped', data: { clock: 'grievance_response', late: false, reason: 'the case is no longer a formal grievance' } }),
      );
      // Only the grievance's promise is withdrawn: the case's other clocks keep running.
      expect(after.timeline.filter((e) => e.type === 'clock.stopped')).toHaveLength(1);
      const again = await patch(agent.headers, id, { version: after.version, grievance: true });
      expect(again.statusCode).toBe(200);
      expect((await get(id)).clocks.find((k) => k.name === 'grievance_response')?.state).toBe('running');
    });
  });

  describe('when a grievance was received', () => {
    const DAY = 24 * 60 * MIN;
    /** A case whose only post, an email asking for a written explanation, reached us `days` ago. */
    const receivedDaysAgo = async (days: number) => {
      const id = await openCase();
      const then = new Date(Date.now() - days * DAY);
      await h.rt.db.query(`UPDATE posts SET created_at = $2, received_at = $2 WHERE case_id = $1`, [id, then]);
      return { id, then };
    };
    const grievanceClock = async (id: string) => (await get(id)).clocks.find((k) => k.name === 'grievance_response');

    it('counts the written response from when the complaint arrived, not from when someone marked the case', async () => {
      const { id, then } = await receivedDaysAgo(2);
      const res = await patch(agent.headers, id, { version: (await get(id)).version, grievance: true });
      expect(res.statusCode).toBe(200);
      const clock = await grievanceClock(id);
      expect(clock?.startedAt).toBe(then.toISOString());
      expect(clock?.dueAt).toBe(new Date(then.getTime() + 7 * DAY).toISOString());
      const { timeline } = await get(id);
      expect(timeline).toContainEqual(expect.objectContaining({ type: 'grievance.marked', data: { receivedAt: then.toISOString(), receivedFrom: 'first_post' } }));
      expect(timeline.find((e) => e.type === 'clock.started' && e.data.name === 'grievance_response')?.data.countsFrom).toBe(then.toISOString());
    });

    it('counts from a received date given when marking, such as the later message that asked for a written answer', async () => {
      const { id } = await receivedDaysAgo(3);
      const given = new Date(Date.now() - DAY);
      given.setUTCSeconds(0, 0);
      const res = await patch(agent.headers, id, { version: (await get(id)).version, grievance: true, grievanceReceivedAt: given.toISOString() });
      expect(res.statusCode).toBe(200);
      expect((await grievanceClock(id))?.startedAt).toBe(given.toISOString());
      expect((await get(id)).timeline).toContainEqual(expect.objectContaining({ type: 'grievance.marked', data: { receivedAt: given.toISOString(), receivedFrom: 'given' } }));
    });

    it('refuses a received date in the future, before the first post, or without marking, naming the field and changing nothing', async () => {
      const { id, then } = await receivedDaysAgo(2);
      const { version } = await get(id);
      const refused = async (body: object, message: RegExp) => {
        const res = await patch(agent.headers, id, { version, ...body });
        expect(res.statusCode).toBe(400);
        expect(res.json().details).toEqual([{ path: 'grievanceReceivedAt', message: expect.stringMatching(message) }]);
      };
      await refused({ grievance: true, grievanceReceivedAt: new Date(Date.now() + DAY).toISOString() }, /in the future/);
      await refused({ grievance: true, grievanceReceivedAt: new Date(then.getTime() - DAY).toISOString() }, /before the case's first post/);
      await refused({ grievanceReceivedAt: then.toISOString() }, /with grievance: true/);
      await refused({ grievance: true, grievanceReceivedAt: 'last Tuesday' }, /date-time/);
      const after = await get(id);
      expect([after.version, (after as unknown as { grievance: boolean }).grievance, await grievanceClock(id)]).toEqual([version, false, undefined]);
    });
  });

  describe('reading', () => {
    it('answers a case outside the reader’s sites as missing, and writes the attempt to the audit log', async () => {
      const id = await openCase();
      const res = await call(h, eastAgent.headers, 'GET', `/api/v1/cases/${id}`);
      expect(res.statusCode).toBe(404);
      expect((await call(h, eastAgent.headers, 'GET', '/api/v1/cases/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
      const denied = (await call(h, h.headers, 'GET', `/api/v1/audit?action=case.read_denied&entityId=${id}`)).json().items;
      expect(denied).toEqual([expect.objectContaining({ actor: 'eli.east@example.org', entityId: id })]);
    });
  });

  describe('the same patient on two platforms', () => {
    it('offers the open case of another account with the same full name as a possible duplicate, in the reader’s sites only', async () => {
      const name = { displayName: 'Rosalind  Okonkwo-Baptiste' };
      const review = await openCase(RUDE, { author: { id: 'same-person-google', ...name } });
      const comment = await openCase('Still waiting for a call back about the ER visit. Nobody cares.', { platform: 'facebook', author: { id: 'same-person-fb', displayName: 'rosalind okonkwo-baptiste' } });
      const elsewhere = await openCase(RUDE, { author: { id: 'same-person-east', ...name }, listing: EAST });
      const stranger = await openCase(RUDE, { author: { id: 'same-first-name', displayName: 'Rosalind' } });
      const sameName = async (id: string, as = h.headers) => ((await call(h, as, 'GET', `/api/v1/cases/${id}`)).json().author.sameNameCases as Summary[]).map((c) => c.id);
      expect(await sameName(comment)).toEqual(expect.arrayContaining([review, elsewhere]));
      expect(await sameName(comment)).not.toContain(stranger);
      expect(await sameName(stranger)).toEqual([]);
      // A reader of East alone sees only what East holds.
      expect(await sameName(elsewhere, eastAgent.headers)).toEqual([]);
    });

    it('finds a case by the number people quote, answering a case outside the reader’s sites as missing', async () => {
      const id = await openCase();
      const { number } = await get(id);
      expect((await call(h, agent.headers, 'GET', `/api/v1/cases/by-number/${number}`)).json()).toEqual({ id, number });
      expect((await call(h, eastAgent.headers, 'GET', `/api/v1/cases/by-number/${number}`)).statusCode).toBe(404);
      expect((await call(h, agent.headers, 'GET', '/api/v1/cases/by-number/99999999')).statusCode).toBe(404);
      expect((await call(h, agent.headers, 'GET', '/api/v1/cases/by-number/abc')).json().details[0].path).toBe('number');
    });
  });

  describe('outcome', () => {
    it('records how a case ended when it is resolved, refuses one on an open case, clears it on reopening, and reports it', async () => {
      const id = await openCase();
      const open = await get(id);
      const early = await patch(agent.headers, id, { version: open.version, outcome: 'no_response' });
      expect([early.statusCode, early.json().details]).toEqual([422, [{ path: 'outcome', message: `a ${open.status} case has no outcome yet` }]]);

      const resolved = await patch(agent.headers, id, { version: open.version, status: 'resolved', outcome: 'resolved_with_patient' });
      expect(resolved.statusCode).toBe(200);
      const after = await get(id);
      expect(after).toMatchObject({ status: 'resolved', outcome: 'resolved_with_patient' });
      expect(after.timeline.find((e) => e.type === 'outcome.set')?.data).toEqual({ from: null, to: 'resolved_with_patient' });

      const day = new Date().toISOString().slice(0, 10);
      const summary = (await call(h, h.headers, 'GET', `/api/v1/reports/summary?from=${day}&to=${day}`)).json() as { outcomes: { outcome: string; count: number }[] };
      const counted = summary.outcomes.find((o) => o.outcome === 'resolved_with_patient')!.count;
      expect((await list(`outcome=resolved_with_patient&from=${day}&to=${day}&limit=200`)).items.map((c) => c.id)).toContain(id);
      expect((await list(`outcome=resolved_with_patient&from=${day}&to=${day}&limit=200`)).items).toHaveLength(counted);
      expect((await list(`status=all&outcome=resolved_with_patient&from=${day}&to=${day}&limit=200`)).items).toHaveLength(counted);

      const reopened = await patch(agent.headers, id, { version: after.version, status: 'in_recovery' });
      expect(reopened.statusCode).toBe(200);
      expect((await get(id)).outcome).toBeNull();
    });
  });

  describe('refused changes', () => {
    it('writes a refused change to the audit log, though its transaction rolled back', async () => {
      const id = await openCase();
      const c = await get(id);
      expect((await patch(agent.headers, id, { version: c.version + 5, priority: 'high' })).statusCode).toBe(409);
      expect((await patch(eastAgent.headers, id, { version: c.version, priority: 'high' })).statusCode).toBe(404);
      const refused = (await call(h, h.headers, 'GET', `/api/v1/audit?action=change.refused&entityId=${id}`)).json().items;
      expect(refused.map((e: { actor: string; entityType: string; details: { status: number; route: string } }) => [e.actor, e.entityType, e.details.status, e.details.route]).sort()).toEqual([
        ['ana.lopez@example.org', 'case', 409, '/api/v1/cases/:id'],
        ['eli.east@example.org', 'case', 404, '/api/v1/cases/:id'],
      ]);
      expect((await get(id)).priority).toBe(c.priority);
    });

    it('names the fields a refused change got wrong, never their values', async () => {
      const id = await openCase();
      const c = await get(id);
      expect((await patch(agent.headers, id, { version: c.version, priority: 'whenever', tags: 'not-a-list' })).statusCode).toBe(400);
      const [refused] = (await call(h, h.headers, 'GET', `/api/v1/audit?action=change.refused&entityId=${id}`)).json().items;
      expect(refused.details).toMatchObject({ status: 400, fields: expect.arrayContaining(['priority']) });
      expect(JSON.stringify(refused.details)).not.toContain('whenever');
    });
  });

  describe('notes', () => {
    it('notifies the people an @mention names, by email or First.Last, but not the writer or someone outside the site, whom it names back', async () => {
      const id = await openCase();
      const res = await call(h, h.headers, 'POST', `/api/v1/cases/${id}/notes`, { text: 'Can @Ana.Lopez call her today? cc @eli.east@example.org and @admin@example.org' });
      expect(res.statusCode).toBe(201);
      expect(res.json().mentions).toEqual([{ id: agent.id, name: 'Ana Lopez' }]);
      // The writer learns who was named but could not be told.
      expect(res.json().notTold).toEqual([{ id: eastAgent.id, name: 'Eli East' }]);
      expect(await notificationsOf(agent.id, 'mention')).toContainEqual(expect.objectContaining({ case_id: id, subject: expect.stringContaining('mentioned you') }));
      expect(await notificationsOf(eastAgent.id, 'mention')).toEqual([]);
      const note = (await get(id)).timeline.find((e) => e.type === 'note.added');
      expect(note).toMatchObject({ actor: { kind: 'user' }, data: { mentions: [agent.id] } });
    });
  });

  describe('merge', () => {
    it('moves the posts into the other case, closes the merged one, keeps both timelines and hides it from the inbox', async () => {
      const [from, into] = [await openCase('They billed me twice for the same visit and nobody answers the phone.'), await openCase()];
      const fromPosts = (await get(from)).posts.map((p) => p.id);
      expect((await call(h, agent.headers, 'POST', `/api/v1/cases/${from}/merge`, { intoCaseId: from })).statusCode).toBe(400);
      const res = await call(h, agent.headers, 'POST', `/api/v1/cases/${from}/merge`, { intoCaseId: into });
      expect(res.statusCode).toBe(200);
      const merged = await get(into);
      expect(merged.posts.map((p) => p.id)).toEqual(expect.arrayContaining(fromPosts));
      expect(merged.categories).toContain('billing');
      const closed = await get(from);
      expect(closed).toMatchObject({ status: 'closed', mergedInto: into });
      expect(closed.timeline.find((e) => e.type === 'merged')?.data).toMatchObject({ into });
      expect(merged.timeline.find((e) => e.type === 'merged')?.data).toMatchObject({ from });
      expect((await list('limit=200')).items.map((c) => c.id)).not.toContain(from);
    });

    it('refuses to merge into a case that was merged away, or to merge such a case again, moving nothing', async () => {
      const [a, b, c] = [await openCase(), await openCase(), await openCase()];
      expect((await call(h, agent.headers, 'POST', `/api/v1/cases/${a}/merge`, { intoCaseId: b })).statusCode).toBe(200);
      const cPosts = (await get(c)).posts.map((p) => p.id);
      const intoMerged = await call(h, agent.headers, 'POST', `/api/v1/cases/${c}/merge`, { intoCaseId: a });
      expect(intoMerged.statusCode).toBe(409);
      expect(intoMerged.json().message).toMatch(/merged into/);
      expect((await get(c)).posts.map((p) => p.id)).toEqual(cPosts);
      expect((await get(c)).mergedInto).toBeNull();
      expect((await call(h, agent.headers, 'POST', `/api/v1/cases/${a}/merge`, { intoCaseId: c })).statusCode).toBe(409);
      const merged = await get(a);
      expect(merged.mergedInto).toBe(b);
      // Reopening it would leave an open case with no posts that no inbox shows.
      expect((await patch(agent.headers, a, { version: merged.version, status: 'in_recovery' })).statusCode).toBe(409);
      expect((await get(a)).status).toBe('closed');
    });

    it('cannot merge into a case the user cannot see', async () => {
      const [mine, theirs] = [await openCase(RUDE, { listing: EAST }), await openCase()];
      const res = await call(h, eastAgent.headers, 'POST', `/api/v1/cases/${mine}/merge`, { intoCaseId: theirs });
      expect(res.statusCode).toBe(404);
      expect((await get(mine)).mergedInto).toBeNull();
    });
  });

  describe('bulk actions', () => {
    it('assigns the cases it can and reports each one it cannot, leaving those unchanged', async () => {
      const [a, b, outside] = [await openCase(RUDE, { listing: EAST }), await openCase(RUDE, { listing: EAST }), await openCase()];
      const missing = '00000000-0000-4000-8000-000000000001';
      const res = await call(h, eastAgent.headers, 'POST', '/api/v1/cases/bulk', { ids: [a, outside, b, missing], action: 'assign', assigneeId: eastAgent.id });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ updated: 2, failed: [{ id: outside, message: 'No such case.' }, { id: missing, message: 'No such case.' }] });
      expect((await get(a)).assigneeId).toBe(eastAgent.id);
      expect((await get(b)).assigneeId).toBe(eastAgent.id);
      expect((await get(outside)).assigneeId).toBeNull();
      const audit = await h.rt.db.query(`SELECT entity_id FROM audit_log WHERE action = 'case.update' AND details->>'bulk' = 'assign' ORDER BY entity_id`);
      expect(audit.rows.map((r) => r.entity_id).sort()).toEqual([a, b].sort());
    });

    it('closes many cases at once with how they ended, refuses one carrying a risk, and says which could not be closed', async () => {
      const [a, b] = [await openCase(), await openCase()];
      const res = await call(h, agent.headers, 'POST', '/api/v1/cases/bulk', { ids: [a, b, '00000000-0000-4000-8000-000000000002'], action: 'close', outcome: 'not_actionable' });
      expect(res.json()).toMatchObject({ updated: 2, failed: [{ id: '00000000-0000-4000-8000-000000000002' }] });
      for (const id of [a, b]) {
        const c = await get(id);
        expect(c).toMatchObject({ status: 'closed', outcome: 'not_actionable' });
        expect(c.timeline).toContainEqual(expect.objectContaining({ type: 'status.changed', data: { from: 'triaged', to: 'closed' } }));
      }
      const noAssignee = await call(h, agent.headers, 'POST', '/api/v1/cases/bulk', { ids: [a], action: 'assign' });
      expect(noAssignee.statusCode).toBe(400);
      expect(noAssignee.json().details[0].path).toBe('assigneeId');
      const risky = await openCase('They gave my father the wrong medication and he ended up in intensive care. Very disappointed.');
      const refused = await call(h, agent.headers, 'POST', '/api/v1/cases/bulk', { ids: [risky], action: 'close', outcome: 'not_actionable' });
      expect(refused.json()).toEqual({ updated: 0, failed: [{ id: risky, message: expect.stringMatching(/stays open: it carries a risk \(harm\)\. Close it from the case itself/) }] });
      expect((await get(risky)).status).not.toBe('closed');
      const outcomeOnAssign = await call(h, agent.headers, 'POST', '/api/v1/cases/bulk', { ids: [a], action: 'assign', assigneeId: null, outcome: 'duplicate' });
      expect(outcomeOnAssign.statusCode).toBe(400);
      expect(outcomeOnAssign.json().details[0].path).toBe('outcome');
    });

    it('leaves urgent, in-the-building-now and confidential cases open in a bulk close, saying why for each, and closes the rest', async () => {
      const plain = await openCase();
      const urgent = await openCase();
      expect((await patch(h.headers, urgent, { version: (await get(urgent)).version, priority: 'urgent' })).statusCode).toBe(200);
      const here = await openCase('I am in the emergency room right now and have been waiting for four hours with nobody to help.');
      const confidential = await openCase('Please call me back about my appointment, the front desk was rude and nobody called me back.', { visibility: 'private' });
      expect(await get(here)).toMatchObject({ timing: 'now' });
      const numberOf = async (id: string) => (await get(id)).number;
      const res = await call(h, h.headers, 'POST', '/api/v1/cases/bulk', { ids: [plain, urgent, here, confidential], action: 'close', outcome: 'not_actionable' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        updated: 1,
        failed: [
          { id: urgent, message: expect.stringMatching(new RegExp(`^Case #${await numberOf(urgent)} stays open: it is marked urgent\\. Close it from the case itself`)) },
          { id: here, message: expect.stringMatching(new RegExp(`^Case #${await numberOf(here)} stays open: .*the person is in the building now`)) },
          { id: confidential, message: expect.stringMatching(new RegExp(`^Case #${await numberOf(confidential)} stays open: .*it is a confidential message`)) },
        ],
      });
      expect((await get(plain)).status).toBe('closed');
      for (const id of [urgent, here, confidential]) expect((await get(id)).status).not.toBe('closed');
      // Assigning is not closing: the same cases are assigned in bulk without a word.
      const assigned = await call(h, h.headers, 'POST', '/api/v1/cases/bulk', { ids: [urgent, here, confidential], action: 'assign', assigneeId: agent.id });
      expect(assigned.json()).toEqual({ updated: 3, failed: [] });
    });
  });
});
