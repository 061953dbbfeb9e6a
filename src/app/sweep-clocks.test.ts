// The sweep writes with one statement per table; these check that doing a whole evening's clocks at once records
// exactly what taking them one at a time does, that a repeated sweep records nothing, and who hears about it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from './test-runtime.js';
import { loadDemo } from '../demo/load.js';
import { sweepClocks } from './sweep-clocks.js';
import { saveClocks } from './clocks.js';
import { EVENTS_CHANNEL } from './events.js';
import type { Clock } from '../domain/clocks/index.js';
import type { Queryable } from '../store/db.js';
import { demoHarness, ingestAndProcess } from '../../test/support/api-runtime.js';

const FRIDAY_1655_CST = new Date('2026-11-20T22:55:00Z');
// Warnings, breaches and the escalation steps of the demo's clocks all fall within these five days.
const SWEEP_TIMES = [0.75, 1, 3, 30, 120].map((h) => new Date(FRIDAY_1655_CST.getTime() + h * 3_600_000));

async function demoRuntime(): Promise<TestRuntime> {
  const rt = await createTestRuntime();
  await loadDemo(rt.db, rt.queue, FRIDAY_1655_CST);
  await rt.processAll(FRIDAY_1655_CST);
  // Some assigned cases, so warnings and breaches reach an assignee as well as escalations reaching on-call staff.
  await rt.db.query(`UPDATE cases SET assignee_id = (SELECT id FROM users ORDER BY email LIMIT 1) WHERE number % 3 = 0`);
  return rt;
}

/** What a sweep writes, with case ids (random per database) replaced by case numbers. */
async function recorded(db: Queryable) {
  const rows = async (sql: string) => JSON.parse(JSON.stringify((await db.query(sql)).rows).replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'id'));
  return {
    events: await rows(`SELECT c.number, e.type, e.actor_kind, e.data FROM case_events e JOIN cases c ON c.id = e.case_id
                         WHERE e.type IN ('clock.warning', 'clock.breached', 'clock.escalated') ORDER BY c.number, e.id`),
    notifications: await rows(`SELECT c.number, n.idempotency_key, u.email, n.kind, n.urgent, n.subject, n.payload
                                 FROM notifications n JOIN cases c ON c.id = n.case_id JOIN users u ON u.id = n.user_id
                                WHERE n.idempotency_key LIKE 'clock:%' ORDER BY c.number, n.idempotency_key`),
    deliveries: await rows(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification.deliver'`),
    clocks: await rows(`SELECT c.number, k.name, k.state, k.due_at, k.next_wake_at, k.data FROM clocks k JOIN cases c ON c.id = k.case_id ORDER BY c.number, k.name`),
    cases: await rows(`SELECT number, next_due_at, next_clock FROM cases ORDER BY number`),
  };
}

describe('sweeping many due clocks at once', () => {
  let batched: TestRuntime;
  let all: Awaited<ReturnType<typeof recorded>>;
  const touchedAtLastSweep = new Set<string>();
  const announced: string[] = [];

  beforeAll(async () => {
    batched = await demoRuntime();
    const org = await batched.org.get();
    for (const at of SWEEP_TIMES.slice(0, -1)) await sweepClocks(batched.db, batched.queue, org, at);
    const last = SWEEP_TIMES.at(-1)!;
    const due = await batched.db.query<{ case_id: string }>('SELECT case_id FROM clocks WHERE next_wake_at <= $1', [last]);
    for (const r of due.rows) touchedAtLastSweep.add(r.case_id);
    const stop = await batched.db.listen(EVENTS_CHANNEL, (p) => announced.push(p));
    await sweepClocks(batched.db, batched.queue, org, last);
    for (let i = 0; i < 50 && announced.length < touchedAtLastSweep.size; i++) await new Promise((r) => setTimeout(r, 20));
    await stop();
    all = await recorded(batched.db);
  });
  afterAll(() => batched?.close());

  it('records warnings, breaches and escalations, each notifying someone by the clock’s name', () => {
    const types = new Set(all.events.map((e: { type: string }) => e.type));
    expect(types).toEqual(new Set(['clock.warning', 'clock.breached', 'clock.escalated']));
    expect(all.notifications.length).toBeGreaterThan(100);
    expect(all.notifications.map((n: { kind: string }) => n.kind)).toContain('breach_warning');
    expect(all.notifications.map((n: { kind: string }) => n.kind)).toContain('escalation');
    // Named as the clock policies call them, not by their ids.
    expect(all.notifications.map((n: { subject: string }) => n.subject)).toContainEqual(expect.stringMatching(/^Case #\d+: “Public acknowledgement” (due soon|overdue|escalated to you)$/));
  });

  it('records exactly what sweeping the same clocks one at a time records', async () => {
    const single = await demoRuntime();
    try {
      const org = await single.org.get();
      for (const at of SWEEP_TIMES) {
        // A limit of one takes one clock per transaction: every write is a one-row statement.
        for (let i = 0; i < 1000 && (await sweepClocks(single.db, single.queue, org, at, 1)).examined > 0; i++);
      }
      expect(await recorded(single.db)).toEqual(all);
    } finally {
      await single.close();
    }
  }, 60_000);

  it('records nothing when the same moment is swept again', async () => {
    const again = await sweepClocks(batched.db, batched.queue, await batched.org.get(), SWEEP_TIMES.at(-1)!);
    expect(again).toEqual({ examined: 0, events: 0 });
    expect(await recorded(batched.db)).toEqual(all);
  });

  it('announces each case it touched once', () => {
    expect(touchedAtLastSweep.size).toBeGreaterThan(1);
    expect(announced.map((p) => JSON.parse(p)).sort((a, b) => a.caseId.localeCompare(b.caseId))).toEqual(
      [...touchedAtLastSweep].sort().map((caseId) => ({ caseId, kind: 'updated' })),
    );
  });
});

describe('saving a batch of clocks', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await demoRuntime();
  });
  afterAll(() => rt?.close());

  it('keeps the last write when one clock appears twice, as saving them one by one would', async () => {
    const r = await rt.db.query<{ case_id: string; data: Clock }>('SELECT case_id, data FROM clocks ORDER BY due_at LIMIT 1');
    const { case_id: caseId, data: clock } = r.rows[0];
    await saveClocks(rt.db, [
      { caseId, clock: { ...clock, state: 'breached' }, policy: undefined },
      { caseId, clock: { ...clock, state: 'met' }, policy: undefined },
    ]);
    const after = await rt.db.query<{ state: string }>('SELECT state FROM clocks WHERE case_id = $1 AND name = $2', [caseId, clock.name]);
    expect(after.rows).toEqual([{ state: 'met' }]);
  });
});

describe('a crisis case given to the person on call', () => {
  it('records an escalation step that reaches its own assignee on the timeline without paging them again', async () => {
    const h = await demoHarness();
    try {
      const now = new Date();
      const [caseId] = await ingestAndProcess(h, [
        { platform: 'x', externalId: 'crisis-oncall-1', author: { id: 'crisis-oncall-author', handle: 'lastnight' }, text: 'Nobody at your ER listened and I want to end it all tonight', createdAt: now.toISOString() },
      ], now);
      const org = await h.rt.org.get();
      for (const minutes of [11, 16, 31, 61]) await sweepClocks(h.rt.db, h.rt.queue, org, new Date(now.getTime() + minutes * 60_000));
      const assignee = (await h.rt.db.query<{ email: string }>(`SELECT u.email FROM cases c JOIN users u ON u.id = c.assignee_id WHERE c.id = $1`, [caseId])).rows[0].email;
      const steps = await h.rt.db.query<{ to: string }>(`SELECT data->>'to' AS to FROM case_events WHERE case_id = $1 AND type = 'clock.escalated'`, [caseId]);
      expect(steps.rows.map((s) => s.to)).toContain(assignee);
      const theirs = await h.rt.db.query<{ subject: string }>(
        `SELECT n.subject FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.case_id = $1 AND u.email = $2`,
        [caseId, assignee],
      );
      expect(theirs.rows.map((n) => n.subject.replace(/^Case #\d+:? ?/, '')).sort()).toEqual(['(Possible crisis in a public post)', '“Crisis response” due soon', '“Crisis response” overdue']);
    } finally {
      await h.close();
    }
  });
});
