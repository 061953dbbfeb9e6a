// The demo's week of work, played back, closes the loop the dashboards measure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, type ApiHarness } from '../../test/support/api-runtime.js';
import { DEMO_CONFIG_PATH, demoPosts } from './load.js';
import { ingestPosts } from '../app/ingest.js';
import { playDemoHistory } from './history.js';
import { STORIES } from './stories.js';

describe('the demo history', () => {
  let h: ApiHarness;

  beforeAll(async () => {
    h = await apiHarness({}, undefined, DEMO_CONFIG_PATH);
    await ingestPosts(h.rt.db, h.rt.queue, demoPosts(h.rt.now()));
    expect(await playDemoHistory(h.rt)).toBe(STORIES.length);
  }, 60_000);
  afterAll(async () => h?.close());

  it('gives the dashboards replies, invitations taken up and a review raised after recovery', async () => {
    const r = await call(h, h.headers, 'GET', '/api/v1/reports/summary');
    expect(r.statusCode).toBe(200);
    const s = r.json() as {
      timeToFirstPublicReply: { medianMinutes: number; count: number };
      timeToPrivateOutreach: { count: number };
      invitations: { sent: number; takenUp: number };
      reviewsRaisedAfterRecovery: { count: number };
    };
    expect(s.timeToFirstPublicReply.count).toBe(6);
    // Replies went out when the team wrote them, minutes to hours after the post, not when the demo was loaded.
    expect(s.timeToFirstPublicReply.medianMinutes).toBeGreaterThan(30);
    expect(s.timeToFirstPublicReply.medianMinutes).toBeLessThan(120);
    expect(s.timeToPrivateOutreach.count).toBe(1);
    expect(s.invitations).toEqual({ sent: 5, takenUp: 2 });
    expect(s.reviewsRaisedAfterRecovery.count).toBe(1);
  });

  it('says how every case it resolved ended, so the outcomes chart shows more than "not recorded"', async () => {
    const outcomes = (await call(h, h.headers, 'GET', '/api/v1/reports/summary')).json().outcomes as { outcome: string; count: number }[];
    expect(outcomes.map((o) => o.outcome)).not.toContain('not_recorded');
    expect(outcomes.reduce((n, o) => n + o.count, 0)).toBe(STORIES.filter((story) => story.steps.some((step) => step.do === 'status' && step.status === 'resolved')).length);
  });

  it('tells each story on its case timeline, approval included, and leaves recent posts to the live inbox', async () => {
    const row = await h.rt.db.query<{ case_id: string }>(`SELECT case_id FROM posts WHERE external_id = 'gbp-rev-000005'`);
    const c = (await call(h, h.headers, 'GET', `/api/v1/cases/${row.rows[0].case_id}`)).json() as { status: string; timeline: { type: string; at?: string; createdAt?: string }[] };
    expect(c.status).toBe('resolved');
    const types = c.timeline.map((e) => e.type);
    expect(types.indexOf('reply.awaiting_approval')).toBeLessThan(types.indexOf('reply.approved'));
    expect(types.indexOf('reply.approved')).toBeLessThan(types.indexOf('reply.sent'));
    const untouched = await h.rt.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases c JOIN posts p ON p.case_id = c.id WHERE p.created_at > now() - interval '2 days' AND c.status NOT IN ('new', 'triaged')`,
    );
    expect(untouched.rows[0].n).toBe(0);
  });
});
