import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { classify, parseRetryAfter, postJson } from './http-transport.js';
import type { Destination } from './types.js';

const response = (status: number, headers: Record<string, string> = {}, body = '') => ({ status, header: (name: string) => headers[name] ?? null, body });
const dest = (url: string, allowPrivateAddress = false): Destination => ({ id: 'd', kind: 'webhook', name: 'd', url, includeContent: false, allowPrivateAddress });

describe('classify', () => {
  it('treats 2xx as delivered and keeps the provider request id', () => {
    expect(classify(response(202, { 'x-request-id': 'req-9' }))).toEqual({ ok: true, providerId: 'req-9' });
  });

  it.each([500, 502, 503, 429, 408])('retries HTTP %i', (status) => {
    expect(classify(response(status))).toMatchObject({ ok: false, retryable: true });
  });

  it.each([400, 401, 403, 404, 410, 301, 302])('does not retry HTTP %i', (status) => {
    expect(classify(response(status))).toMatchObject({ ok: false, retryable: false });
  });

  it('passes Retry-After on to the retry policy', () => {
    expect(classify(response(429, { 'retry-after': '30' }))).toMatchObject({ retryAfterMs: 30_000 });
  });

  it('names the status in words, for the admin reading why a page failed', () => {
    expect(classify(response(503, {}, 'maintenance'))).toMatchObject({ reason: 'the receiver answered HTTP 503 Service Unavailable: maintenance' });
  });

  it('keeps the receiver’s reason short', () => {
    const result = classify(response(400, {}, 'x'.repeat(5000)));
    expect(!result.ok && result.reason.length).toBeLessThan(220);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:01:00 GMT', Date.parse('2026-03-01T10:00:00Z'))).toBe(60_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('postJson', () => {
  it('connects through the guarded resolver to a named host when private addresses are allowed', async () => {
    const server = http.createServer((_req, res) => res.writeHead(204).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      expect(await postJson(dest(`http://localhost:${port}/hook`, true), '{}', {}, { timeoutMs: 1000 })).toEqual({ ok: true });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses at connect time a host whose DNS changed to loopback after the check (rebinding)', async () => {
    // The check sees a public address; the real resolver then answers 127.0.0.1 for the connection.
    const result = await postJson(dest('https://localhost:9/hook'), '{}', {}, { timeoutMs: 500, resolveHost: async () => ['93.184.216.34'] });
    expect(result).toMatchObject({ ok: false, retryable: false, reason: expect.stringMatching(/refused to connect/) });
  });

  it('checks the address before handing the request to an injected fetch', async () => {
    let called = false;
    const fetchSpy = (async () => {
      called = true;
      return new Response('ok');
    }) as typeof fetch;
    const result = await postJson(dest('https://10.0.0.8/hook'), '{}', {}, { timeoutMs: 500, fetch: fetchSpy });
    expect(result).toMatchObject({ ok: false, retryable: false });
    expect(called).toBe(false);
  });

  it('does not follow a redirect from an injected fetch', async () => {
    let redirectMode: RequestRedirect | undefined;
    const fetchSpy = (async (_url: unknown, init?: RequestInit) => {
      redirectMode = init?.redirect;
      return new Response('', { status: 302, headers: { location: 'http://169.254.169.254/' } });
    }) as typeof fetch;
    const result = await postJson(dest('https://hooks.example.com/x'), '{}', {}, { timeoutMs: 500, fetch: fetchSpy, resolveHost: async () => ['93.184.216.34'] });
    expect(redirectMode).toBe('manual');
    expect(result).toMatchObject({ ok: false, retryable: false });
  });

  it('says in plain words that a receiver did not answer in time', async () => {
    const server = http.createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const result = await postJson(dest(`http://127.0.0.1:${port}/hook`, true), '{}', {}, { timeoutMs: 200 });
      expect(result).toEqual({ ok: false, retryable: true, reason: `timed out: 127.0.0.1:${port} did not answer within 0.2 s` });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('reports a destination without a URL as permanent', async () => {
    expect(await postJson({ ...dest(''), url: undefined }, '{}', {}, { timeoutMs: 500 })).toMatchObject({ ok: false, retryable: false });
  });
});
