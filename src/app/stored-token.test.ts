import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../store/test-db.js';
import { startFakePlatform, type FakePlatform } from '../channels/fake-platform.js';
import { ChannelError } from '../channels/types.js';
import { storedRefreshingToken, tokenSealer } from './stored-token.js';

// X's token endpoint: each refresh_token grant spends the refresh token sent and returns the next one.
let fake: FakePlatform;
let live: Set<string>;
let issued: number;
let test: TestDb;

beforeEach(async () => {
  live = new Set(['seed-A', 'seed-B']);
  issued = 0;
  fake = await startFakePlatform((req) => {
    const form = new URLSearchParams(req.body);
    const sent = form.get('refresh_token') ?? '';
    if (form.get('client_id') !== 'x-client' || !live.delete(sent)) return { status: 400, body: { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' } };
    const n = ++issued;
    live.add(`rotated-${n}`);
    return { status: 200, body: { token_type: 'bearer', expires_in: 7200, access_token: `access-${n}`, scope: 'tweet.read tweet.write users.read offline.access', refresh_token: `rotated-${n}` } };
  });
  test = await createTestDb();
});
afterEach(async () => {
  await fake.close();
  await test.drop();
});

const settings = (refreshToken = 'seed-A') => ({ key: 'x:1498230077416329216', platform: 'X', tokenUrl: `${fake.baseUrl}/2/oauth2/token`, clientId: 'x-client', clientSecret: '', clientAuth: 'body' as const, refreshToken });
const rows = async () => (await test.db.query<{ refresh_token: string; access_token: string }>(`SELECT refresh_token, access_token FROM oauth_tokens`)).rows;
/** What is stored, opened with the configured seed as the process opens it; nothing is stored in clear. */
const stored = async (seed = 'seed-A') => {
  const { open } = tokenSealer(seed);
  const found = await rows();
  for (const r of found) expect([r.refresh_token, r.access_token].every((t) => t.startsWith('v1:'))).toBe(true);
  return found.map((r) => ({ refresh_token: open(r.refresh_token), access_token: open(r.access_token) }));
};

describe('a refresh token the platform rotates', () => {
  it('gives processes asking at once one access token, spending the refresh token once', async () => {
    let clock = 0;
    const [a, b] = [storedRefreshingToken(test.db, settings(), () => clock), storedRefreshingToken(test.db, settings(), () => clock)];
    expect(await Promise.all([a(), b()])).toEqual(['access-1', 'access-1']);
    expect(issued).toBe(1);
    expect(await stored()).toEqual([{ refresh_token: 'rotated-1', access_token: 'access-1' }]);
  });

  it('renews before expiry with the refresh token the platform returned last, even after a restart', async () => {
    let clock = 0;
    expect(await storedRefreshingToken(test.db, settings(), () => clock)()).toBe('access-1');
    clock = 7_200_000;
    const restarted = storedRefreshingToken(test.db, settings(), () => clock);
    expect(await restarted()).toBe('access-2');
    expect(await stored()).toEqual([{ refresh_token: 'rotated-2', access_token: 'access-2' }]);
  });

  it('starts over from a newly configured refresh token after re-authorization', async () => {
    await storedRefreshingToken(test.db, settings('seed-A'))();
    expect(await storedRefreshingToken(test.db, settings('seed-B'))()).toBe('access-2');
    expect(await stored('seed-B')).toEqual([{ refresh_token: 'rotated-2', access_token: 'access-2' }]);
  });

  it('hands a spent or revoked token to a person, without touching what is stored', async () => {
    await storedRefreshingToken(test.db, settings())();
    await test.db.query(`UPDATE oauth_tokens SET expires_at = now() - interval '1 hour'`);
    live.clear();
    const err = await storedRefreshingToken(test.db, settings())().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    expect((err as ChannelError).retryable).toBe(false);
    expect(await stored()).toEqual([{ refresh_token: 'rotated-1', access_token: 'access-1' }]);
  });

  it('reads a token stored in clear before tokens were sealed, and seals it at the next renewal', async () => {
    const seed = createHash('sha256').update('seed-A').digest('hex');
    await test.db.query(`INSERT INTO oauth_tokens (key, seed_hash, refresh_token, access_token, expires_at) VALUES ($1, $2, 'seed-A', 'old-access', now() - interval '1 hour')`, [settings().key, seed]);
    expect(await storedRefreshingToken(test.db, settings())()).toBe('access-1');
    expect(await stored()).toEqual([{ refresh_token: 'rotated-1', access_token: 'access-1' }]);
  });
});
