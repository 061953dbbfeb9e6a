// A complaint at 16:55 on a Friday, driven through the real pipeline with a virtual clock: acknowledgement warning
// and breach that evening, escalation to whoever is on call, and an outreach clock that counts in the patient
// experience team's office hours (America/Chicago), so it starts counting again on Monday morning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from './test-runtime.js';
import { loadDemo } from '../demo/load.js';
import { ingestPosts } from './ingest.js';
import { processPost } from './process-post.js';
import { sweepClocks } from './sweep-clocks.js';
import { onCallAt } from '../domain/oncall/index.js';

const FRIDAY_1655_CST = new Date('2026-11-20T22:55:00Z');
const at = (iso: string) => new Date(iso);

describe('a Friday 16:55 complaint through the weekend', () => {
  let rt: TestRuntime;
  let caseId: string;

  beforeAll(async () => {
    rt = await createTestRuntime();
    await loadDemo(rt.db, rt.queue, FRIDAY_1655_CST);
    await rt.db.query('UPDATE posts SET processed_at = now()'); // the demo's own posts are not part of this story
    const r = await ingestPosts(rt.db, rt.queue, [
      {
        platform: 'google',
        externalId: 'weekend-1',
        channelAccount: 'gbp-northside',
        author: { id: 'weekend-author', displayName: 'Chris P.' },
        text: 'Waited three hours at Northside for an x-ray and the front desk was rude the whole time. Nobody explained anything.',
        rating: 1,
        createdAt: FRIDAY_1655_CST.toISOString(),
      },
    ]);
    await processPost(rt.db, rt.queue, await rt.org.get(), r.ids[0]!, FRIDAY_1655_CST);
    const c = await rt.db.query<{ case_id: string }>(`SELECT case_id FROM posts WHERE external_id = 'weekend-1'`);
    caseId = c.rows[0].case_id;
  });
  afterAll(() => rt?.close());

  async function clock(name: string) {
    const r = await rt.db.query<{ state: string; due_at: Date }>('SELECT state, due_at FROM clocks WHERE case_id = $1 AND name = $2', [caseId, name]);
    return r.rows[0];
  }
  async function eventsOf(type: string) {
    const r = await rt.db.query<{ data: { clock: string; at: string; to: string | null } }>(`SELECT data FROM case_events WHERE case_id = $1 AND type = $2 ORDER BY id`, [caseId, type]);
    return r.rows.map((e) => e.data);
  }

  it('starts a one-hour acknowledgement clock and an outreach clock due Wednesday 13:55 in Chicago', async () => {
    expect((await clock('public_ack')).due_at.toISOString()).toBe('2026-11-20T23:55:00.000Z');
    // 5 minutes on Friday, then Monday and Tuesday 08:00-17:00, then 5 h 55 min on Wednesday.
    expect((await clock('private_outreach')).due_at.toISOString()).toBe('2026-11-25T19:55:00.000Z');
  });

  it('warns at 17:40, breaches at 17:55 and pages whoever is on call for social media', async () => {
    const org = await rt.org.get();
    await sweepClocks(rt.db, rt.queue, org, at('2026-11-20T23:30:00Z'));
    expect(await eventsOf('clock.warning')).toEqual([]);
    await sweepClocks(rt.db, rt.queue, org, at('2026-11-20T23:41:00Z'));
    expect((await eventsOf('clock.warning')).map((e) => e.at)).toEqual(['2026-11-20T23:40:00.000Z']);
    await sweepClocks(rt.db, rt.queue, org, at('2026-11-20T23:56:00Z'));
    await sweepClocks(rt.db, rt.queue, org, at('2026-11-20T23:57:00Z'));
    expect((await eventsOf('clock.breached')).map((e) => e.at)).toEqual(['2026-11-20T23:55:00.000Z']);
    const social = org.teams.find((t) => t.function === 'social_media')!;
    const onCall = onCallAt(social.rotation!, at('2026-11-20T23:55:00Z'))!.user;
    const escalations = await eventsOf('clock.escalated');
    expect(escalations.map((e) => e.to)).toEqual([onCall]);
    const pages = await rt.db.query<{ email: string; urgent: boolean }>(
      `SELECT u.email, n.urgent FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.case_id = $1 AND n.kind = 'escalation'`,
      [caseId],
    );
    expect(pages.rows).toContainEqual({ email: onCall, urgent: true });
    expect((await clock('public_ack')).state).toBe('breached');
  });

  it('leaves the outreach clock untouched over the weekend', async () => {
    const org = await rt.org.get();
    await sweepClocks(rt.db, rt.queue, org, at('2026-11-22T18:00:00Z'));
    expect((await clock('private_outreach')).state).toBe('running');
    expect((await eventsOf('clock.breached')).filter((e) => e.clock === 'private_outreach')).toEqual([]);
  });
});
