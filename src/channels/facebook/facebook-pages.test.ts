import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelFailure, runChannelContract } from '../channel-contract.js';
import { unreachableBaseUrl } from '../fake-platform.js';
import type { ReplyTarget } from '../types.js';
import { createFacebookPagesChannel } from './facebook-pages.js';
import { FAKE_PAGE_ID, FAKE_PAGE_TOKEN, startFakeGraph } from './fake-graph.js';

const VERSION = 'v21.0';
let fake: Awaited<ReturnType<typeof startFakeGraph>>;
const channel = () => createFacebookPagesChannel({ baseUrl: fake.baseUrl, version: VERSION, pageTokens: { [FAKE_PAGE_ID]: FAKE_PAGE_TOKEN } });

beforeAll(async () => {
  fake = await startFakeGraph(VERSION);
});
afterAll(() => fake?.close());

runChannelContract('facebook pages', channel, { platform: 'facebook', postExternalId: '555_101', channelAccountExternalId: FAKE_PAGE_ID });

const target = (fields: Partial<ReplyTarget> = {}): ReplyTarget => ({ platform: 'facebook', postExternalId: '555_202', threadId: '555', parentExternalId: null, channelAccountExternalId: FAKE_PAGE_ID, ...fields });

describe('facebook pages reply', () => {
  it('POSTs the message to the comment’s comments edge with the Page token and returns the new comment id', async () => {
    const sent = await channel().sendReply(target(), { text: 'We are sorry. Please message us.', idempotencyKey: 'k-f1' });
    expect(sent.platformReplyId).toMatch(/^555_\d+$/);
    const post = fake.requests.at(-1)!;
    expect(post.method).toBe('POST');
    expect(post.url.pathname).toBe(`/${VERSION}/555_202/comments`);
    expect(post.headers.authorization).toBe(`Bearer ${FAKE_PAGE_TOKEN}`);
    expect(post.url.search).toBe('');
    expect(new URLSearchParams(post.body).get('message')).toBe('We are sorry. Please message us.');
  });

  it('finds our reply behind newer comments by following cursors, and ignores the same words from someone else', async () => {
    const thread = fake.threads.get('555_202')!;
    const ours = thread[0];
    for (let i = 0; i < 5; i++) thread.push({ id: `555_x${i}`, message: ours.message, from: { id: '1000999', name: 'A visitor' } });
    const found = await channel().findSent(target(), { text: ours.message, idempotencyKey: 'k-f1' });
    expect(found).toEqual({ platformReplyId: ours.id, url: null });
    expect(fake.requests.at(-1)!.url.searchParams.get('fields')).toBe('id,message,from');
  });

  it('answers a reply to a comment in its top-level comment’s thread, and finds it there', async () => {
    const replyTarget = target({ postExternalId: '555_303', parentExternalId: '555_202' });
    const sent = await channel().sendReply(replyTarget, { text: 'Thank you, we have passed this on.', idempotencyKey: 'k-f2' });
    expect(fake.requests.at(-1)!.url.pathname).toBe(`/${VERSION}/555_202/comments`);
    expect(await channel().findSent(replyTarget, { text: 'Thank you, we have passed this on.', idempotencyKey: 'k-f2' })).toEqual(sent);
  });

  it('sends nothing for a page without a token, and says so', async () => {
    const before = fake.requests.length;
    const err = await channelFailure(channel().sendReply(target({ channelAccountExternalId: '999' }), { text: 'Hi', idempotencyKey: 'k' }));
    expect(err.retryable).toBe(false);
    expect(err.message).toContain('FACEBOOK_PAGE_TOKENS');
    expect(fake.requests.length).toBe(before);
  });

  it.each([
    [400, 4, 'OAuthException', true],
    [400, 17, 'OAuthException', true],
    [400, 32, 'OAuthException', true],
    [400, 613, 'OAuthException', true],
    [500, 2, 'OAuthException', true],
    [400, 100, 'OAuthException', false],
    [400, 190, 'OAuthException', false],
    [403, 10, 'OAuthException', false],
  ])('maps HTTP %i code %i to retryable = %s', async (status, code, type, retryable) => {
    fake.failNext({ status, body: { error: { message: `(#${code}) Something`, type, code, error_subcode: 1234, fbtrace_id: 'Trace1' } } });
    const err = await channelFailure(channel().sendReply(target(), { text: 'Hi', idempotencyKey: 'k' }));
    expect(err.retryable).toBe(retryable);
    expect(err.message).toBe(`Facebook answered ${status} (code ${code}/1234, trace Trace1): (#${code}) Something`);
  });

  it('retries a 5xx without a Graph error body, and an unreachable host', async () => {
    fake.failNext({ status: 502 });
    expect((await channelFailure(channel().sendReply(target(), { text: 'Hi', idempotencyKey: 'k' }))).retryable).toBe(true);
    const down = createFacebookPagesChannel({ baseUrl: await unreachableBaseUrl(), version: VERSION, pageTokens: { [FAKE_PAGE_ID]: FAKE_PAGE_TOKEN } });
    const err = await channelFailure(down.findSent(target(), { text: 'Hi', idempotencyKey: 'k' }));
    expect(err.retryable).toBe(true);
    expect(err.message).not.toContain(FAKE_PAGE_TOKEN);
  });
});
