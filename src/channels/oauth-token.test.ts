import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePlatform, type FakePlatform } from './fake-platform.js';
import { ChannelError } from './types.js';
import { refreshingToken } from './oauth-token.js';

// Google's token endpoint: form-encoded refresh_token grant in, `{ access_token, expires_in, scope, token_type }` out,
// `{ error, error_description }` on refusal.
let fake: FakePlatform;
let issued = 0;
beforeAll(async () => {
  fake = await startFakePlatform((req) => {
    const form = new URLSearchParams(req.body);
    if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== '1//refresh')
      return { status: 400, body: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' } };
    return { status: 200, body: { access_token: `ya29.issued-${++issued}`, expires_in: 3599, scope: 'https://www.googleapis.com/auth/business.manage', token_type: 'Bearer' } };
  });
});
afterAll(() => fake?.close());

const settings = (refreshToken = '1//refresh') => ({ platform: 'Google', tokenUrl: `${fake.baseUrl}/token`, clientId: 'client-1', clientSecret: 'secret-1', refreshToken, clientAuth: 'body' as const });

describe('access token from a refresh token', () => {
  it('posts the refresh grant once, reuses the token until shortly before it expires, then renews it', async () => {
    let clock = 0;
    const token = refreshingToken(settings(), () => clock);
    const before = fake.requests.length;
    const [a, b] = await Promise.all([token(), token()]);
    expect(a).toBe(b);
    expect(fake.requests.length).toBe(before + 1);
    const form = new URLSearchParams(fake.requests.at(-1)!.body);
    expect(Object.fromEntries(form)).toEqual({ grant_type: 'refresh_token', client_id: 'client-1', client_secret: 'secret-1', refresh_token: '1//refresh' });
    clock = 3_000_000;
    expect(await token()).toBe(a);
    clock = 3_560_000;
    expect(await token()).not.toBe(a);
  });

  it('hands a revoked refresh token to a person (not retryable), naming Google’s reason', async () => {
    const err = await refreshingToken(settings('1//revoked'))().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    expect((err as ChannelError).retryable).toBe(false);
    expect((err as ChannelError).message).toBe('Google OAuth refused to renew the access token (400 invalid_grant: Token has been expired or revoked.)');
    expect((err as ChannelError).message).not.toContain('1//revoked');
  });

  it('retries when the token endpoint is down', async () => {
    fake.failNext({ status: 503 });
    const err = (await refreshingToken(settings())().catch((e: unknown) => e)) as ChannelError;
    expect(err.retryable).toBe(true);
  });

  it('authenticates the client with HTTP Basic where the platform wants it, sending its headers', async () => {
    const basic = refreshingToken({ ...settings(), platform: 'Reddit', clientAuth: 'basic', headers: { 'user-agent': 'server:redress:0.1' } });
    await basic();
    const req = fake.requests.at(-1)!;
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from('client-1:secret-1').toString('base64')}`);
    expect(req.headers['user-agent']).toBe('server:redress:0.1');
    expect(Object.fromEntries(new URLSearchParams(req.body))).toEqual({ grant_type: 'refresh_token', refresh_token: '1//refresh' });
  });
});
