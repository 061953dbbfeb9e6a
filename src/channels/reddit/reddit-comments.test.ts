import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelFailure, runChannelContract } from '../channel-contract.js';
import { unreachableBaseUrl } from '../fake-platform.js';
import type { ReplyTarget } from '../types.js';
import { createRedditChannel, type RedditSettings } from './reddit-comments.js';
import { fixedToken } from '../oauth-token.js';
import { FAKE_REDDIT_TOKEN, FAKE_REDDIT_USER, startFakeReddit } from './fake-reddit.js';

let fake: Awaited<ReturnType<typeof startFakeReddit>>;
const settings = (over: Partial<RedditSettings> = {}): RedditSettings => ({ baseUrl: fake.baseUrl, accessToken: fixedToken(FAKE_REDDIT_TOKEN), username: FAKE_REDDIT_USER, userAgent: 'server:redress:0.1 (by /u/CedarPlainsHealth)', ...over });
const channel = () => createRedditChannel(settings());

beforeAll(async () => {
  fake = await startFakeReddit();
});
afterAll(() => fake?.close());

runChannelContract('reddit', channel, { platform: 'reddit', postExternalId: 't3_abc123' });

const target = (fields: Partial<ReplyTarget> = {}): ReplyTarget => ({ platform: 'reddit', postExternalId: 't1_def456', threadId: 't3_abc123', parentExternalId: null, channelAccountExternalId: null, ...fields });

describe('reddit reply', () => {
  it('POSTs the comment under the thing answered, with the token and our User-Agent, and links it', async () => {
    const sent = await channel().sendReply(target(), { text: 'We are sorry. Please send us a message.', idempotencyKey: 'k-r1' });
    expect(sent).toEqual({ platformReplyId: expect.stringMatching(/^t1_/), url: expect.stringMatching(/^https:\/\/www\.reddit\.com\/r\/CedarPlains\/comments\//) });
    const post = fake.requests.at(-1)!;
    expect([post.method, post.url.pathname, post.headers.authorization, post.headers['user-agent']]).toEqual(['POST', '/api/comment', `Bearer ${FAKE_REDDIT_TOKEN}`, 'server:redress:0.1 (by /u/CedarPlainsHealth)']);
    expect(Object.fromEntries(new URLSearchParams(post.body))).toEqual({ api_type: 'json', thing_id: 't1_def456', text: 'We are sorry. Please send us a message.' });
  });

  it('finds our reply behind newer comments by following `after`, and not the same words under another parent', async () => {
    const text = 'Thank you, we have passed this on.';
    const sent = await channel().sendReply(target({ postExternalId: 't3_zzz111' }), { text, idempotencyKey: 'k-r2' });
    for (let i = 0; i < 5; i++) await channel().sendReply(target({ postExternalId: `t3_other${i}` }), { text, idempotencyKey: `k-o${i}` });
    expect(await channel().findSent(target({ postExternalId: 't3_zzz111' }), { text, idempotencyKey: 'k-r2' })).toEqual(sent);
    expect(await channel().findSent(target({ postExternalId: 't3_never' }), { text, idempotencyKey: 'k-r2' })).toBeNull();
  });

  it('refuses an id that is not a fullname without calling Reddit', async () => {
    const before = fake.requests.length;
    const err = await channelFailure(channel().sendReply(target({ postExternalId: 'abc123' }), { text: 'Hi', idempotencyKey: 'k' }));
    expect([err.retryable, err.message.includes('t3_')]).toEqual([false, true]);
    expect(fake.requests.length).toBe(before);
  });

  it.each([
    [200, { json: { errors: [['RATELIMIT', 'you are doing that too much. try again in 5 minutes.', 'ratelimit']] } }, true, 'Reddit answered 200 (RATELIMIT: you are doing that too much. try again in 5 minutes.)'],
    [200, { json: { errors: [['THREAD_LOCKED', 'that comment is locked', 'parent']] } }, false, 'Reddit answered 200 (THREAD_LOCKED: that comment is locked)'],
    [403, { message: 'Forbidden', error: 403 }, false, 'Reddit answered 403 (Forbidden)'],
    [429, { message: 'Too Many Requests', error: 429 }, true, 'Reddit answered 429 (Too Many Requests)'],
    [503, undefined, true, 'Reddit answered 503'],
  ])('maps HTTP %i %j to retryable = %s', async (status, body, retryable, message) => {
    fake.failNext({ status, body });
    const err = await channelFailure(channel().sendReply(target(), { text: 'Hi', idempotencyKey: 'k' }));
    expect([err.retryable, err.message]).toEqual([retryable, message]);
  });

  it('retries when Reddit cannot be reached, without leaking the token', async () => {
    const down = createRedditChannel(settings({ baseUrl: await unreachableBaseUrl() }));
    const err = await channelFailure(down.findSent(target(), { text: 'Hi', idempotencyKey: 'k' }));
    expect(err.retryable).toBe(true);
    expect(err.message).not.toContain(FAKE_REDDIT_TOKEN);
  });
});
