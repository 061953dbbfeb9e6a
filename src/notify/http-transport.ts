// One POST-and-classify path shared by the Slack, Teams and webhook senders, so address checks, timeouts
// and the retryable/permanent split cannot drift between channels.
import http from 'node:http';
import https from 'node:https';
import { guardedLookup, validateOutboundUrl, type ResolveHost } from './outbound-url.js';
import type { DeliveryResult, Destination } from './types.js';

export interface HttpOptions {
  timeoutMs: number;
  /** Replaces the built-in client (proxies, tests). The connect-time rebinding guard then no longer applies. */
  fetch?: typeof fetch;
  resolveHost?: ResolveHost;
}

interface RawResponse {
  status: number;
  header(name: string): string | null;
  body: string;
}

// Receivers' error pages are only needed for the reason text; never buffer a huge body.
const MAX_BODY = 16 * 1024;

export async function postJson(dest: Destination, body: string, headers: Record<string, string>, options: HttpOptions): Promise<DeliveryResult> {
  if (!dest.url) return { ok: false, retryable: false, reason: `destination ${dest.id} has no url` };
  const allowPrivate = dest.allowPrivateAddress ?? false;
  const check = await validateOutboundUrl(dest.url, { allowPrivate, resolveHost: options.resolveHost });
  if (!check.ok) return { ok: false, retryable: check.transient ?? false, reason: check.reason };

  const allHeaders = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Redress-Notify/1', ...headers };
  let response: RawResponse;
  try {
    response = options.fetch
      ? await viaFetch(options.fetch, dest.url, body, allHeaders, options.timeoutMs)
      : await viaNode(new URL(dest.url), body, allHeaders, options.timeoutMs, allowPrivate);
  } catch (err) {
    const e = err as Error & { code?: string };
    if (e.code === 'EADDRBLOCKED') return { ok: false, retryable: false, reason: e.message };
    return { ok: false, retryable: true, reason: networkReason(e, new URL(dest.url).host, options.timeoutMs) };
  }
  return classify(response);
}

// These reasons reach admins (the test button, the failed-deliveries list): say what happened, then the code.
function networkReason(e: Error & { code?: string }, host: string, timeoutMs: number): string {
  if (e.code === 'ETIMEDOUT' || e.name === 'TimeoutError') return `timed out: ${host} did not answer within ${timeoutMs / 1000} s`;
  if (e.code === 'ECONNREFUSED') return `connection refused: nothing at ${host} accepts connections`;
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return `host not found: ${host} does not resolve (${e.code})`;
  if (e.code === 'ECONNRESET') return `connection dropped by ${host} before it answered`;
  if (e.code?.startsWith('ERR_TLS') || e.code?.includes('CERT')) return `secure connection to ${host} failed: ${e.code}`;
  return `network error reaching ${host}: ${e.code ?? e.message}`;
}

export function classify(response: RawResponse): DeliveryResult {
  const { status } = response;
  if (status >= 200 && status < 300) return { ok: true, ...providerId(response) };
  const statusText = http.STATUS_CODES[status];
  const reason = `the receiver answered HTTP ${status}${statusText ? ` ${statusText}` : ''}${response.body ? `: ${response.body.slice(0, 150)}` : ''}`;
  // 429 and 408 say "not now"; other 4xx say "never like this" and retrying only repeats the rejection.
  if (status === 429 || status === 408 || status >= 500) {
    const retryAfterMs = parseRetryAfter(response.header('retry-after'));
    return { ok: false, retryable: true, reason, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  // 3xx lands here too: following redirects would let a vetted address bounce us somewhere internal.
  return { ok: false, retryable: false, reason };
}

function providerId(response: RawResponse): { providerId?: string } {
  const id = response.header('x-request-id') ?? response.header('x-slack-req-id');
  return id ? { providerId: id } : {};
}

export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

async function viaFetch(f: typeof fetch, url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<RawResponse> {
  const res = await f(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  const text = (await res.text()).slice(0, MAX_BODY);
  return { status: res.status, header: (name) => res.headers.get(name), body: text };
}

function viaNode(url: URL, body: string, headers: Record<string, string>, timeoutMs: number, allowPrivate: boolean): Promise<RawResponse> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, lookup: guardedLookup({ allowPrivate }), agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (text.length < MAX_BODY) text += chunk;
        });
        res.on('end', () => {
          clearTimeout(deadline);
          resolve({ status: res.statusCode ?? 0, header: (name) => headerValue(res.headers[name]), body: text.slice(0, MAX_BODY) });
        });
        res.on('error', reject);
      },
    );
    // A whole-request deadline: a receiver that trickles bytes must not hold a worker forever.
    const deadline = setTimeout(() => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), timeoutMs);
    req.on('error', (err) => {
      clearTimeout(deadline);
      reject(err);
    });
    req.end(body);
  });
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}
