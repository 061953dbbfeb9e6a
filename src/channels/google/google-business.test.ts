import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelFailure, runChannelContract } from '../channel-contract.js';
import { unreachableBaseUrl } from '../fake-platform.js';
import type { ReplyTarget } from '../types.js';
import { createGoogleBusinessChannel, reviewName } from './google-business.js';
import { FAKE_GOOGLE_TOKEN, startFakeGoogle } from './fake-google.js';
import { fixedToken } from '../oauth-token.js';

const LOCATION = 'accounts/7312/locations/4410019';
let fake: Awaited<ReturnType<typeof startFakeGoogle>>;
const channel = () => createGoogleBusinessChannel({ baseUrl: fake.baseUrl, accessToken: fixedToken(FAKE_GOOGLE_TOKEN) });

beforeAll(async () => {
  fake = await startFakeGoogle(['post-1', 'rev-2']);
});
afterAll(() => fake?.close());

runChannelContract('google business profile', channel, { platform: 'google', channelAccountExternalId: LOCATION });

const target = (fields: Partial<ReplyTarget> = {}): ReplyTarget => ({ platform: 'google', postExternalId: 'rev-2', threadId: null, parentExternalId: null, channelAccountExternalId: LOCATION, ...fields });

describe('google business profile reply', () => {
  it('PUTs { comment } to the review reply with the bearer token and reads the reply back', async () => {
    const sent = await channel().sendReply(target(), { text: 'We are sorry about the wait.', idempotencyKey: 'k-g1' });
    expect(sent).toEqual({ platformReplyId: `${LOCATION}/reviews/rev-2/reply`, url: null });
    const put = fake.requests.at(-1)!;
    expect(put.method).toBe('PUT');
    expect(put.url.pathname).toBe(`/v4/${LOCATION}/reviews/rev-2/reply`);
    expect(put.headers.authorization).toBe(`Bearer ${FAKE_GOOGLE_TOKEN}`);
    expect(JSON.parse(put.body)).toEqual({ comment: 'We are sorry about the wait.' });
    expect(fake.replies.get(`${LOCATION}/reviews/rev-2`)).toBe('We are sorry about the wait.');
  });

  it('takes a full review name as the post id, without a channel account', async () => {
    const full = `${LOCATION}/reviews/rev-2`;
    expect(reviewName(target({ postExternalId: full, channelAccountExternalId: null }))).toBe(full);
    expect(await channel().findSent(target({ postExternalId: full, channelAccountExternalId: null }), { text: 'We are sorry about the wait.', idempotencyKey: 'k-g1' })).not.toBeNull();
  });

  it('refuses, without calling Google, a post whose location is unknown', async () => {
    const before = fake.requests.length;
    const err = await channelFailure(channel().sendReply(target({ channelAccountExternalId: null }), { text: 'Hi', idempotencyKey: 'k' }));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/accounts\/\{accountId\}\/locations\/\{locationId\}/);
    expect(fake.requests.length).toBe(before);
  });

  it.each([
    [429, 'RESOURCE_EXHAUSTED', true],
    [500, 'INTERNAL', true],
    [503, 'UNAVAILABLE', true],
    [400, 'INVALID_ARGUMENT', false],
    [401, 'UNAUTHENTICATED', false],
    [403, 'PERMISSION_DENIED', false],
    [404, 'NOT_FOUND', false],
  ])('maps HTTP %i %s to retryable = %s, quoting Google’s status', async (code, status, retryable) => {
    fake.failNext({ status: code, body: { error: { code, message: 'Something about the request.', status } } });
    const err = await channelFailure(channel().sendReply(target(), { text: 'Hi', idempotencyKey: 'k' }));
    expect(err.retryable).toBe(retryable);
    expect(err.message).toBe(`Google Business Profile answered ${code} ${status}: Something about the request.`);
  });

  it('treats an unreachable host as retryable and never quotes the token', async () => {
    const down = createGoogleBusinessChannel({ baseUrl: await unreachableBaseUrl(), accessToken: fixedToken(FAKE_GOOGLE_TOKEN) });
    const err = await channelFailure(down.sendReply(target(), { text: 'Hi', idempotencyKey: 'k' }));
    expect(err.retryable).toBe(true);
    expect(err.message).toBe('Google Business Profile could not be reached (network error: ECONNREFUSED)');
    expect(err.message).not.toContain(FAKE_GOOGLE_TOKEN);
  });

  it('finds nothing on a review that no longer exists', async () => {
    expect(await channel().findSent(target({ postExternalId: 'gone' }), { text: 'Hi', idempotencyKey: 'k' })).toBeNull();
  });
});
