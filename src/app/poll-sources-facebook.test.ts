// A Facebook comment that arrives by webhook and again by poll is one post; the poll adds what the webhook missed.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, type ApiHarness } from '../../test/support/api-runtime.js';
import { FAKE_PAGE_ID, FAKE_PAGE_TOKEN, startFakeGraph } from '../channels/facebook/fake-graph.js';
import { FACEBOOK_WEBHOOK } from '../server/routes/webhooks.js';
import type { AccountPoll } from './poll-sources.js';

const APP_SECRET = 'fb-app-secret-for-tests';

describe('polling a Facebook page beside its webhook', () => {
  let graph: Awaited<ReturnType<typeof startFakeGraph>>;
  let h: ApiHarness;

  beforeAll(async () => {
    graph = await startFakeGraph('v21.0');
    h = await apiHarness({
      FACEBOOK_GRAPH_BASE_URL: graph.baseUrl,
      FACEBOOK_PAGE_TOKENS: `${FAKE_PAGE_ID}=${FAKE_PAGE_TOKEN}`,
      FACEBOOK_APP_SECRET: APP_SECRET,
      FACEBOOK_VERIFY_TOKEN: 'verify-me',
      SOURCE_BACKFILL_DAYS: '7',
    });
    expect((await call(h, h.headers, 'POST', '/api/v1/channel-accounts', { id: 'fb-main', platform: 'facebook', name: 'Cedar Plains on Facebook', externalId: FAKE_PAGE_ID })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await h?.close();
    await graph?.close();
  });

  it('stores a comment delivered by webhook once, adds the one the webhook missed and a recommendation', async () => {
    const hoursAgo = (n: number) => new Date(Math.floor(Date.now() / 1000 - n * 3600) * 1000);
    const post = graph.post(hoursAgo(5));
    const pushed = graph.comment(post, 'Waited three hours in the ER at Northside.', hoursAgo(3), { id: '100025351138869', name: 'Chris Hamm' });
    const missed = graph.comment(pushed, 'Same thing happened to my dad.', hoursAgo(2), { id: '100099', name: 'Dana Ruiz' });
    graph.ratings.push({ created_time: hoursAgo(1).toISOString(), recommendation_type: 'negative', open_graph_story: { id: '10158' } });

    const value = { item: 'comment', verb: 'add', comment_id: pushed, post_id: post, parent_id: post, from: { id: '100025351138869', name: 'Chris Hamm' }, message: 'Waited three hours in the ER at Northside.', created_time: hoursAgo(3).getTime() / 1000 };
    const raw = JSON.stringify({ object: 'page', entry: [{ id: FAKE_PAGE_ID, time: 1, changes: [{ field: 'feed', value }] }] });
    const signature = `sha256=${createHmac('sha256', APP_SECRET).update(raw).digest('hex')}`;
    const delivered = await h.app.inject({ method: 'POST', url: FACEBOOK_WEBHOOK, headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, payload: raw });
    expect(delivered.json()).toMatchObject({ accepted: 1 });

    const [polled] = (await h.rt.workerContext.pollSources()) as AccountPoll[];
    expect(polled).toMatchObject({ channelAccountId: 'fb-main', read: 3, accepted: 2, revised: 0, failed: false, error: null });
    const rows = await h.rt.db.query<{ external_id: string; parent_id: string | null; rating: number | null }>(`SELECT external_id, parent_id, rating FROM posts WHERE platform = 'facebook' ORDER BY created_at`);
    expect(rows.rows).toEqual([
      { external_id: pushed, parent_id: null, rating: null },
      { external_id: missed, parent_id: pushed, rating: null },
      { external_id: '10158', parent_id: null, rating: 1 },
    ]);
  });
});
