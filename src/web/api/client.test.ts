import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from './client.js';

function fakeFetch(responses: { status: number; body?: unknown }[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const r = responses.shift()!;
    return new Response(r.body === undefined ? '' : JSON.stringify(r.body), { status: r.status });
  }) as unknown as typeof fetch;
  return { fn, calls };
}

describe('API client', () => {
  it('sends the CSRF token from sign-in on every write', async () => {
    const { fn, calls } = fakeFetch([
      { status: 200, body: { user: { id: 'u1' }, csrfToken: 'tok' } },
      { status: 200, body: { id: 'e1' } },
    ]);
    const api = createApiClient({ fetch: fn });
    await api.login('a@b.c', 'pw');
    await api.addNote('c1', 'hello');
    expect(calls[1].url).toBe('/api/v1/cases/c1/notes');
    expect((calls[1].init.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok');
  });

  it('hands a 401 back to the app but not on the sign-in call itself', async () => {
    let signedOut = 0;
    const { fn } = fakeFetch([
      { status: 401, body: { error: 'unauthorized', message: 'Wrong email or password' } },
      { status: 401, body: { error: 'unauthorized', message: 'expired' } },
    ]);
    const api = createApiClient({ fetch: fn, onUnauthorized: () => signedOut++ });
    await expect(api.login('a@b.c', 'bad')).rejects.toThrow('Wrong email or password');
    await expect(api.listCases(new URLSearchParams())).rejects.toBeInstanceOf(ApiError);
    expect(signedOut).toBe(1);
  });

  it('keeps validation details so forms can place them', async () => {
    const { fn } = fakeFetch([
      { status: 400, body: { error: 'bad_request', message: 'Invalid', details: [{ path: 'email', message: 'Bad email' }] } },
    ]);
    const api = createApiClient({ fetch: fn });
    const error = await api.createItem('/users', {}).catch((e: ApiError) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).details).toEqual([{ path: 'email', message: 'Bad email' }]);
  });

  it('turns a missing endpoint without a JSON body into a readable error', async () => {
    const { fn } = fakeFetch([{ status: 404 }]);
    const api = createApiClient({ fetch: fn });
    const error = (await api.summary(new URLSearchParams()).catch((e) => e)) as ApiError;
    expect(error.status).toBe(404);
    expect(error.message).toMatch(/not available yet/);
  });
});
