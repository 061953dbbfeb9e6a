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

  it('dates the approval it played back when it happened, asks only risk management, and shows the request settled', async () => {
    const post = await h.rt.db.query<{ case_id: string; number: number; created_at: Date }>(
      `SELECT p.case_id, c.number, p.created_at FROM posts p JOIN cases c ON c.id = p.case_id WHERE p.external_id = 'gbp-rev-000005'`,
    );
    const { case_id: caseId, number, created_at: postedAt } = post.rows[0];
    const reply = await h.rt.db.query<{ id: string }>(`SELECT id FROM replies WHERE case_id = $1 AND kind = 'public'`, [caseId]);
    const asked = await h.rt.db.query<{ email: string; subject: string; created_at: Date; read_at: Date | null; urgent: boolean }>(
      `SELECT u.email, n.subject, n.created_at, n.read_at, n.urgent FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.idempotency_key LIKE $1 ORDER BY 1`,
      [`approval:${reply.rows[0].id}:%`],
    );
    expect(asked.rows.map((n) => n.email)).toEqual(['admin@example.org', 'felicia.moreno@example.org', 'gregory.albright@example.org', 'tessa.monroe@example.org']);
    const minutesAfterPost = (d: Date | null) => (d ? Math.round((d.getTime() - postedAt.getTime()) / 60_000) : null);
    for (const n of asked.rows) {
      expect(minutesAfterPost(n.created_at), n.email).toBe(55);
      expect(minutesAfterPost(n.read_at), n.email).toBe(75);
      expect(n.urgent).toBe(false);
      expect(n.subject).toBe(n.email === 'gregory.albright@example.org' ? `You approved the public reply on case #${number}` : `A public reply on case #${number} was approved by Gregory Albright`);
    }
    // What routing said when the story's post was filed is dated then too, not when the demo was loaded.
    const routed = await h.rt.db.query<{ created_at: Date }>(`SELECT created_at FROM notifications WHERE case_id = $1 AND idempotency_key LIKE 'route:%'`, [caseId]);
    expect(routed.rows.length).toBeGreaterThan(0);
    for (const n of routed.rows) expect(minutesAfterPost(n.created_at)).toBe(2);
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
