// X in production: the access token comes from a refresh token X rotates, kept in the database by the runtime.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiHarness, call, type ApiHarness } from '../../test/support/api-runtime.js';
import { startFakePlatform, type FakePlatform } from '../channels/fake-platform.js';
import { FAKE_X_TOKEN, FAKE_X_USER, startFakeX } from '../channels/x/fake-x.js';
import { tokenSealer } from './stored-token.js';

let x: Awaited<ReturnType<typeof startFakeX>>;
let tokens: FakePlatform;
let h: ApiHarness;

beforeEach(async () => {
  x = await startFakeX();
  let n = 0;
  tokens = await startFakePlatform((req) => {
    const form = new URLSearchParams(req.body);
    const basic = `Basic ${Buffer.from('x-client:x-secret').toString('base64')}`;
    if (req.headers.authorization !== basic || form.get('grant_type') !== 'refresh_token') return { status: 401, body: { error: 'unauthorized_client' } };
    return { status: 200, body: { token_type: 'bearer', expires_in: 7200, access_token: FAKE_X_TOKEN, refresh_token: `rotated-${++n}` } };
  });
  h = await apiHarness({
    X_API_BASE_URL: x.baseUrl,
    X_OAUTH_TOKEN_URL: `${tokens.baseUrl}/2/oauth2/token`,
    X_OAUTH_CLIENT_ID: 'x-client',
    X_OAUTH_CLIENT_SECRET: 'x-secret',
    X_REFRESH_TOKENS: `${FAKE_X_USER}=seed-refresh`,
  });
  expect((await call(h, h.headers, 'POST', '/api/v1/channel-accounts', { id: 'x-main', platform: 'x', name: 'Juniper on X', externalId: FAKE_X_USER })).statusCode).toBe(200);
});
afterEach(async () => {
  await h.close();
  await Promise.all([x.close(), tokens.close()]);
});

it('reads mentions with an access token renewed from the configured refresh token, and keeps the rotated one', async () => {
  x.mentions.push({ id: '1900000000000000001', text: '@JuniperHollow 5 hours in your ER and counting', author: { id: '771', username: 'pat', name: 'Pat' }, created_at: new Date(Date.now() - 60_000).toISOString(), conversation_id: '1900000000000000001' });
  const [result] = (await h.rt.workerContext.pollSources()) as { accepted: number; error: string | null }[];
  expect(result).toMatchObject({ accepted: 1, error: null });
  expect(Object.fromEntries(new URLSearchParams(tokens.requests[0].body))).toEqual({ grant_type: 'refresh_token', refresh_token: 'seed-refresh' });
  const stored = await h.rt.db.query<{ key: string; refresh_token: string }>(`SELECT key, refresh_token FROM oauth_tokens`);
  // Kept sealed under a key from the configured refresh token: the database alone holds no live credential.
  expect(stored.rows.map((r) => ({ key: r.key, refresh_token: tokenSealer('seed-refresh').open(r.refresh_token) }))).toEqual([{ key: `x:${FAKE_X_USER}`, refresh_token: 'rotated-1' }]);
  expect(stored.rows[0].refresh_token).not.toContain('rotated');
  expect(h.rt.channels.x.mode).toBe('api');
});
