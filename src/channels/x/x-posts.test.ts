import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedToken } from '../oauth-token.js';
import { channelFailure, runChannelContract } from '../channel-contract.js';
import { unreachableBaseUrl } from '../fake-platform.js';
import type { ReplyTarget } from '../types.js';
import { createXChannel } from './x-posts.js';
import { FAKE_X_TOKEN, FAKE_X_USER, startFakeX } from './fake-x.js';

let fake: Awaited<ReturnType<typeof startFakeX>>;
const channel = () => createXChannel({ baseUrl: fake.baseUrl, accountTokens: { [FAKE_X_USER]: fixedToken(FAKE_X_TOKEN) } });

beforeAll(async () => {
  fake = await startFakeX();
});
afterAll(() => fake?.close());

runChannelContract('x', channel, { platform: 'x', postExternalId: '1790000000000000001', channelAccountExternalId: FAKE_X_USER });

const target = (fields: Partial<ReplyTarget> = {}): ReplyTarget => ({ platform: 'x', postExternalId: '1790000000000000002', threadId: null, parentExternalId: null, channelAccountExternalId: FAKE_X_USER, ...fields });

describe('x reply', () => {
  it('POSTs the text as a reply to the post with the account token and links the new post', async () => {
    const sent = await channel().sendReply(target(), { text: 'We are sorry. Please send us a DM.', idempotencyKey: 'k-x1' });
    expect(sent).toEqual({ platformReplyId: expect.stringMatching(/^\d+$/), url: `https://x.com/i/web/status/${sent.platformReplyId}` });
    const post = fake.requests.at(-1)!;
    expect([post.method, post.url.pathname, post.headers.authorization]).toEqual(['POST', '/2/tweets', `Bearer ${FAKE_X_TOKEN}`]);
    expect(JSON.parse(post.body)).toEqual({ text: 'We are sorry. Please send us a DM.', reply: { in_reply_to_tweet_id: '1790000000000000002' } });
  });

  it('finds our reply behind newer posts by following the next token, and not one that answers another post', async () => {
    const text = 'Thank you, we have passed this on.';
    const sent = await channel().sendReply(target({ postExternalId: '1790000000000000003' }), { text, idempotencyKey: 'k-x2' });
    for (let i = 0; i < 5; i++) fake.timeline.push({ id: `17${i}`, text: `News ${i}` });
    expect(await channel().findSent(target({ postExternalId: '1790000000000000003' }), { text, idempotencyKey: 'k-x2' })).toEqual(sent);
    expect(await channel().findSent(target({ postExternalId: '1790000000000000099' }), { text, idempotencyKey: 'k-x2' })).toBeNull();
    expect(fake.requests.at(-1)!.url.searchParams.get('tweet.fields')).toBe('referenced_tweets');
  });

  it('sends nothing for an account without a token, and says so', async () => {
    const before = fake.requests.length;
    const err = await channelFailure(channel().sendReply(target({ channelAccountExternalId: '42' }), { text: 'Hi', idempotencyKey: 'k' }));
    expect([err.retryable, err.message.includes('X_ACCOUNT_TOKENS')]).toEqual([false, true]);
    expect(fake.requests.length).toBe(before);
  });

  it.each([
    [429, { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }, true, 'X answered 429: Too Many Requests'],
    [503, { title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 }, true, 'X answered 503: Service Unavailable'],
    [403, { title: 'Forbidden', detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', status: 403 }, false, 'X answered 403: You are not allowed to create a Tweet with duplicate content.'],
    [400, { errors: [{ message: 'The `reply.in_reply_to_tweet_id` query parameter value [1] is not valid' }], title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.' }, false, 'X answered 400: The `reply.in_reply_to_tweet_id` query parameter value [1] is not valid'],
    [401, { title: 'Unauthorized', detail: 'Unauthorized', type: 'about:blank', status: 401 }, false, 'X answered 401: Unauthorized'],
  ])('maps HTTP %i to retryable = %s with the platform’s words', async (status, body, retryable, message) => {
    fake.failNext({ status, body });
    const err = await channelFailure(channel().sendReply(target(), { text: 'Hi', idempotencyKey: 'k' }));
    expect([err.retryable, err.message]).toEqual([retryable, message]);
  });

  it('retries when X cannot be reached, without leaking the token', async () => {
    const down = createXChannel({ baseUrl: await unreachableBaseUrl(), accountTokens: { [FAKE_X_USER]: fixedToken(FAKE_X_TOKEN) } });
    const err = await channelFailure(down.sendReply(target(), { text: 'Hi', idempotencyKey: 'k' }));
    expect(err.retryable).toBe(true);
    expect(err.message).not.toContain(FAKE_X_TOKEN);
  });
});
