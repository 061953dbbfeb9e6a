// The outbox delivering through the real Google, Facebook, X and Reddit clients, against local fakes of their APIs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from './test-runtime.js';
import { loadDemo } from '../demo/load.js';
import { ingestPosts } from './ingest.js';
import { readEnv } from '../config/env.js';
import { createChannels, type ChannelRegistry } from '../channels/registry.js';
import { ChannelError } from '../channels/types.js';
import { deliverReply, guardFor, queueReply, type CaseForReply } from './replies.js';
import { FAKE_PAGE_ID, FAKE_PAGE_TOKEN, startFakeGraph } from '../channels/facebook/fake-graph.js';
import { FAKE_GOOGLE_TOKEN, startFakeGoogle } from '../channels/google/fake-google.js';
import { FAKE_X_TOKEN, FAKE_X_USER, startFakeX } from '../channels/x/fake-x.js';
import { FAKE_REDDIT_TOKEN, FAKE_REDDIT_USER, startFakeReddit } from '../channels/reddit/fake-reddit.js';
import type { Platform } from '../domain/platform.js';

const TEXT = 'We are sorry to hear about your wait. Please contact our patient experience team so we can look into it.';

describe('reply delivery through platform APIs', () => {
  let rt: TestRuntime;
  let graph: Awaited<ReturnType<typeof startFakeGraph>>;
  let google: Awaited<ReturnType<typeof startFakeGoogle>>;
  let x: Awaited<ReturnType<typeof startFakeX>>;
  let reddit: Awaited<ReturnType<typeof startFakeReddit>>;
  let channels: ChannelRegistry;

  beforeAll(async () => {
    [rt, graph, google, x, reddit] = await Promise.all([createTestRuntime(), startFakeGraph('v21.0'), startFakeGoogle(['rev-outbox-1']), startFakeX(), startFakeReddit()]);
    await loadDemo(rt.db, rt.queue);
    channels = createChannels(
      {},
      readEnv({
        GOOGLE_BUSINESS_BASE_URL: google.baseUrl,
        GOOGLE_BUSINESS_ACCESS_TOKEN: FAKE_GOOGLE_TOKEN,
        FACEBOOK_GRAPH_BASE_URL: graph.baseUrl,
        FACEBOOK_PAGE_TOKENS: `${FAKE_PAGE_ID}=${FAKE_PAGE_TOKEN}`,
        X_API_BASE_URL: x.baseUrl,
        X_ACCOUNT_TOKENS: `${FAKE_X_USER}=${FAKE_X_TOKEN}`,
        REDDIT_API_BASE_URL: reddit.baseUrl,
        REDDIT_ACCESS_TOKEN: FAKE_REDDIT_TOKEN,
        REDDIT_USERNAME: FAKE_REDDIT_USER,
      }),
    );
  });
  afterAll(async () => {
    await Promise.all([rt?.close(), graph?.close(), google?.close(), x?.close(), reddit?.close()]);
  });

  async function caseFor(platform: Platform, externalId: string, channelAccount: string): Promise<CaseForReply> {
    await ingestPosts(rt.db, rt.queue, [
      { platform, externalId, channelAccount, threadId: platform === 'facebook' ? `${FAKE_PAGE_ID}_555` : null, author: { id: `u-${externalId}`, displayName: 'Pat Doe' }, text: 'Waited four hours in the emergency room at Northside and nobody told us anything. Terrible.', rating: platform === 'google' ? 1 : null, createdAt: new Date().toISOString() },
    ]);
    await rt.processAll();
    const r = await rt.db.query<{ id: string; site_id: string | null; confidential: boolean }>(`SELECT c.id, c.site_id, c.confidential FROM cases c JOIN posts p ON p.case_id = c.id WHERE p.external_id = $1`, [externalId]);
    return { id: r.rows[0].id, siteId: r.rows[0].site_id, confidential: r.rows[0].confidential, platform, approvalRequired: false };
  }

  async function queue(c: CaseForReply, registry = channels): Promise<string> {
    const guard = await guardFor(rt.db, await rt.org.get(), c, TEXT, 'public');
    const { id, status } = await rt.db.transaction((tx) => queueReply(tx, rt.queue, registry, c, { kind: 'public', text: TEXT, guard, userId: null, at: new Date() }));
    expect(status).toBe('queued');
    return id;
  }

  const reply = async (id: string) => (await rt.db.query<{ status: string; platform_reply_id: string | null; error: string | null }>('SELECT status, platform_reply_id, error FROM replies WHERE id = $1', [id])).rows[0];

  it('answers a Facebook comment as the page and records the new comment id', async () => {
    const c = await caseFor('facebook', `${FAKE_PAGE_ID}_555_1`, 'fb-system');
    const id = await queue(c);
    expect(await deliverReply({ db: rt.db, channels, org: rt.org, now: () => new Date() }, id)).toBe('sent');
    const thread = graph.threads.get(`${FAKE_PAGE_ID}_555_1`)!;
    expect(thread.map((m) => m.message)).toEqual([TEXT]);
    expect(await reply(id)).toMatchObject({ status: 'sent', platform_reply_id: thread[0].id });
  });

  it('does not post twice when the platform accepted the reply but the answer was lost', async () => {
    const c = await caseFor('facebook', `${FAKE_PAGE_ID}_555_2`, 'fb-system');
    const lossy: ChannelRegistry = {
      ...channels,
      facebook: {
        ...channels.facebook,
        async sendReply(target, r) {
          await channels.facebook.sendReply(target, r);
          throw new ChannelError('Facebook could not be reached (no answer within 15 s)', true);
        },
      },
    };
    const id = await queue(c);
    await expect(deliverReply({ db: rt.db, channels: lossy, org: rt.org, now: () => new Date() }, id)).rejects.toThrow('no answer');
    expect((await reply(id)).status).toBe('failed');
    expect(await deliverReply({ db: rt.db, channels, org: rt.org, now: () => new Date() }, id)).toBe('already');
    expect(graph.threads.get(`${FAKE_PAGE_ID}_555_2`)).toHaveLength(1);
    expect((await reply(id)).status).toBe('sent');
  });

  it('answers a Google review under its location and hands a permanent refusal to a person', async () => {
    const c = await caseFor('google', 'rev-outbox-1', 'gbp-northside');
    const id = await queue(c);
    expect(await deliverReply({ db: rt.db, channels, org: rt.org, now: () => new Date() }, id)).toBe('sent');
    expect(google.replies.get('accounts/7312/locations/4410020/reviews/rev-outbox-1')).toBe(TEXT);

    const other = await caseFor('google', 'rev-outbox-unknown', 'gbp-northside');
    const refused = await queue(other);
    expect(await deliverReply({ db: rt.db, channels, org: rt.org, now: () => new Date() }, refused)).toBe('skipped');
    expect(await reply(refused)).toMatchObject({ status: 'manual', error: 'Google Business Profile answered 404 NOT_FOUND: Requested entity was not found.' });
  });

  it('answers an X post as our account and a Reddit comment as our user, with links to both', async () => {
    const onX = await queue(await caseFor('x', '1790000000000000777', 'x-system'));
    expect(await deliverReply({ db: rt.db, channels, org: rt.org, now: () => new Date() }, onX)).toBe('sent');
    expect(x.timeline.map((t) => t.referenced_tweets?.[0]?.id)).toEqual(['1790000000000000777']);
    expect(await reply(onX)).toMatchObject({ status: 'sent', platform_reply_id: x.timeline[0].id });

    const onReddit = await queue(await caseFor('reddit', 't1_outbox1', 'reddit-wichita'));
    expect(await deliverReply({ db: rt.db, channels, org: rt.org, now: () => new Date() }, onReddit)).toBe('sent');
    expect(reddit.comments.map((c) => [c.parent_id, c.body])).toEqual([['t1_outbox1', TEXT]]);
    expect(await reply(onReddit)).toMatchObject({ status: 'sent', platform_reply_id: reddit.comments[0].name });
  });
});
