// A patient who comes back to an ended case: a resolved case reopens on a new complaint, a closed one gives way to a
// new case, and an edited review that got worse reopens its case, each with the reason on the timeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from './test-runtime.js';
import { ingestPosts } from './ingest.js';
import { processPosts } from './process-post.js';
import { endCaseClocks } from './clock-triggers.js';

const NOW = new Date();
const COMPLAINT = 'The nurses ignored my call button for an hour and nobody apologized. Very disappointed.';

describe('reopening ended cases when the patient comes back', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(async () => {
    await rt?.close();
  });

  async function post(externalId: string, author: string, text: string, rating?: number, over: { platform?: 'google' | 'facebook'; visibility?: 'public' | 'private'; at?: Date } = {}) {
    const at = over.at ?? NOW;
    const r = await ingestPosts(rt.db, rt.queue, [
      { platform: over.platform ?? 'google', externalId, author: { id: author }, text, rating, createdAt: at.toISOString(), ...(over.visibility ? { visibility: over.visibility } : {}) },
    ]);
    const [outcome] = await processPosts(rt.db, rt.queue, await rt.org.get(), [r.ids[0]!], at);
    const c = await rt.db.query<{ case_id: string }>(`SELECT case_id FROM posts WHERE id = $1`, [r.ids[0]]);
    return { outcome, caseId: c.rows[0].case_id };
  }
  const end = (caseId: string, status: 'resolved' | 'closed', endedAt = NOW) =>
    rt.db.query(`UPDATE cases SET status = $2, resolved_at = $3, outcome = 'resolved_with_patient' WHERE id = $1`, [caseId, status, endedAt]);
  /** Ends the case as the case routes do: its acknowledgement and outreach clocks stop, unmet. */
  async function endProperly(caseId: string, status: 'resolved' | 'closed', endedAt = NOW) {
    await end(caseId, status, endedAt);
    await endCaseClocks(rt.db, await rt.org.get(), endedAt, caseId);
  }
  const ackEvents = (events: { type: string; data: Record<string, unknown> }[]) => events.filter((e) => e.type === 'clock.started' && e.data.name === 'public_ack');
  async function caseState(caseId: string) {
    const c = await rt.db.query<{ status: string; outcome: string | null }>(`SELECT status, outcome FROM cases WHERE id = $1`, [caseId]);
    const events = await rt.db.query<{ type: string; data: Record<string, unknown> }>(`SELECT type, data FROM case_events WHERE case_id = $1 ORDER BY id`, [caseId]);
    const clocks = await rt.db.query<{ name: string; state: string }>(`SELECT name, state FROM clocks WHERE case_id = $1`, [caseId]);
    return { ...c.rows[0], events: events.rows, clocks: Object.fromEntries(clocks.rows.map((k) => [k.name, k.state])) };
  }

  it('takes a recently resolved case back into recovery when its author complains again, with the follow-up clock', async () => {
    const first = await post('again-1', 'again-author', COMPLAINT, 2);
    await end(first.caseId, 'resolved');
    const second = await post('again-2', 'again-author', 'Still waiting for the call I was promised. This is unacceptable.', 1);
    expect(second).toEqual({ outcome: 'joined', caseId: first.caseId });
    const c = await caseState(first.caseId);
    expect(c).toMatchObject({ status: 'in_recovery', outcome: null });
    expect(c.events).toContainEqual({ type: 'case.reopened', data: { from: 'resolved', to: 'in_recovery', reason: 'its author wrote again' } });
    expect(c.clocks.reopened_followup).toBe('running');
  });

  it('lets a thank-you join the resolved case without reopening it', async () => {
    const first = await post('thanks-1', 'thanks-author', COMPLAINT, 2);
    await end(first.caseId, 'resolved');
    const thanks = await post('thanks-2', 'thanks-author', 'Thank you so much for calling me back, the manager was lovely.', 5);
    expect(thanks).toEqual({ outcome: 'joined', caseId: first.caseId });
    expect((await caseState(first.caseId)).status).toBe('resolved');
  });

  it('opens a new case after a closed one, or one resolved more than two weeks ago', async () => {
    const closed = await post('closed-1', 'closed-author', COMPLAINT, 2);
    await end(closed.caseId, 'closed');
    const afterClosed = await post('closed-2', 'closed-author', COMPLAINT.replace('an hour', 'two hours'), 1);
    expect(afterClosed.outcome).toBe('opened');
    expect(afterClosed.caseId).not.toBe(closed.caseId);

    const old = await post('old-1', 'old-author', COMPLAINT, 2);
    await end(old.caseId, 'resolved', new Date(NOW.getTime() - 30 * 24 * 3600 * 1000));
    expect((await post('old-2', 'old-author', COMPLAINT.replace('an hour', 'all night'), 1)).outcome).toBe('opened');
  });

  it('reopens the case of a review edited to fewer stars, saying by how many', async () => {
    const first = await post('edited-1', 'edited-author', 'Long wait but the doctor was kind.', 3);
    expect(first.outcome).toBe('opened');
    await end(first.caseId, 'closed');
    const edited = await post('edited-1', 'edited-author', 'Long wait but the doctor was kind. Then they billed me twice.', 1);
    expect(edited).toEqual({ outcome: 'updated', caseId: first.caseId });
    const c = await caseState(first.caseId);
    expect(c.status).toBe('in_recovery');
    expect(c.events).toContainEqual({ type: 'case.reopened', data: { from: 'closed', to: 'in_recovery', reason: 'the review was lowered from 3 to 1 stars' } });
  });
  describe('the public acknowledgement of a complaint that reopens the case', () => {
    const LATER = new Date(NOW.getTime() + 2 * 3600_000);

    it('starts again when a public complaint reopens the case, saying why on the timeline', async () => {
      const first = await post('ack-1', 'ack-author', COMPLAINT, 2);
      await endProperly(first.caseId, 'resolved');
      expect((await caseState(first.caseId)).clocks.public_ack).toBe('stopped');
      const second = await post('ack-2', 'ack-author', 'Still waiting for the call I was promised. This is unacceptable.', 1, { at: LATER });
      expect(second).toEqual({ outcome: 'joined', caseId: first.caseId });
      const c = await caseState(first.caseId);
      expect(c.clocks).toMatchObject({ public_ack: 'running', reopened_followup: 'running' });
      const restarted = ackEvents(c.events).at(-1)!;
      expect(restarted.data).toMatchObject({
        reason: 'a new public complaint reopened the case and waits for a public answer',
        ruleId: 'complaint-clocks',
        dueAt: new Date(LATER.getTime() + 3600_000).toISOString(),
      });
      // It follows the reopening on the timeline, and the inbox counts down to it.
      expect(c.events.findIndex((e) => e === restarted)).toBeGreaterThan(c.events.findIndex((e) => e.type === 'case.reopened'));
      const row = await rt.db.query<{ next_clock: { name: string } }>(`SELECT next_clock FROM cases WHERE id = $1`, [first.caseId]);
      expect(row.rows[0].next_clock.name).toBe('public_ack');
    });

    it('starts again when an edit turns a public review of an ended case into a complaint', async () => {
      const first = await post('ack-edit-1', 'ack-edit-author', 'Long wait but the doctor was kind.', 3);
      await endProperly(first.caseId, 'closed');
      await post('ack-edit-1', 'ack-edit-author', 'Long wait, then they billed me twice and nobody answers the phone. Terrible.', 1, { at: LATER });
      const c = await caseState(first.caseId);
      expect(c.status).toBe('in_recovery');
      expect(c.clocks.public_ack).toBe('running');
      expect(ackEvents(c.events).at(-1)!.data).toMatchObject({ reason: expect.stringMatching(/public complaint/), dueAt: new Date(LATER.getTime() + 3600_000).toISOString() });
    });

    it('does not start for a private message that reopens the case', async () => {
      const first = await post('ack-dm-1', 'ack-dm-author', COMPLAINT, undefined, { platform: 'facebook' });
      await endProperly(first.caseId, 'resolved');
      const before = ackEvents((await caseState(first.caseId)).events).length;
      const dm = await post('ack-dm-2', 'ack-dm-author', 'Still waiting for the call I was promised. This is unacceptable.', undefined, { platform: 'facebook', visibility: 'private', at: LATER });
      expect(dm).toEqual({ outcome: 'joined', caseId: first.caseId });
      const c = await caseState(first.caseId);
      expect(c.status).toBe('in_recovery');
      expect(c.clocks).toMatchObject({ public_ack: 'stopped', reopened_followup: 'running' });
      expect(ackEvents(c.events)).toHaveLength(before);
    });

    it('does not double an acknowledgement the case still owes', async () => {
      const first = await post('ack-owed-1', 'ack-owed-author', COMPLAINT, 2);
      // Ended without settling its clocks: the acknowledgement is still running.
      await end(first.caseId, 'resolved');
      const owed = await rt.db.query<{ due_at: Date }>(`SELECT due_at FROM clocks WHERE case_id = $1 AND name = 'public_ack'`, [first.caseId]);
      await post('ack-owed-2', 'ack-owed-author', 'Still waiting for the call I was promised. This is unacceptable.', 1, { at: LATER });
      const c = await caseState(first.caseId);
      expect(c.status).toBe('in_recovery');
      expect(ackEvents(c.events)).toHaveLength(1);
      const after = await rt.db.query<{ due_at: Date }>(`SELECT due_at FROM clocks WHERE case_id = $1 AND name = 'public_ack'`, [first.caseId]);
      expect(after.rows).toEqual(owed.rows);
    });

    it('starts once when two public complaints of one batch reopen the case', async () => {
      const first = await post('ack-two-1', 'ack-two-author', COMPLAINT, 2);
      await endProperly(first.caseId, 'resolved');
      const r = await ingestPosts(rt.db, rt.queue, ['ack-two-2', 'ack-two-3'].map((externalId, i) => ({
        platform: 'google' as const, externalId, author: { id: 'ack-two-author' }, text: `${i ? 'And' : ''} Still waiting for the call I was promised. This is unacceptable.`, rating: 1, createdAt: LATER.toISOString(),
      })));
      expect(await processPosts(rt.db, rt.queue, await rt.org.get(), r.ids as string[], LATER)).toEqual(['joined', 'joined']);
      const c = await caseState(first.caseId);
      expect(c.clocks.public_ack).toBe('running');
      expect(ackEvents(c.events)).toHaveLength(2); // the first case's, and the one restart
    });
  });
});
