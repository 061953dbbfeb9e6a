// One request path for the API channels. The base URL is an operator's setting (not a user-entered address, so no
// private-network guard as in notify/), the token rides in the Authorization header (never in a URL a proxy may
// log), a request that never got an answer is retryable (the platform may not have seen it), and redirects are
// not followed (they would carry the token elsewhere).
import { ChannelError } from './types.js';

export interface PlatformResponse {
  status: number;
  /** The parsed JSON body; null when there is none or it is not JSON. */
  body: unknown;
}

/** Long enough for a slow platform, short enough that a stalled one does not hold a worker. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** `headers`: what a platform asks for besides the token (Reddit's descriptive User-Agent). */
export async function callPlatform(
  platform: string,
  url: string,
  init: { method: string; token?: string; body?: string; contentType?: string; headers?: Record<string, string> },
): Promise<PlatformResponse> {
  try {
    const res = await fetch(url, {
      method: init.method,
      headers: { accept: 'application/json', ...init.headers, ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.contentType ? { 'content-type': init.contentType } : {}) },
      body: init.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // An HTML error page from a proxy: the status alone classifies it.
    }
    return { status: res.status, body };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why = e.name === 'TimeoutError' ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} s` : `network error: ${e.cause?.code ?? e.cause?.message ?? e.message}`;
    throw new ChannelError(`${platform} could not be reached (${why})`, true);
  }
}

/** Platform error texts go into the reply's error column and the UI: keep them to one short line. */
export function shortReason(text: unknown): string {
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').slice(0, 200) : '';
}
