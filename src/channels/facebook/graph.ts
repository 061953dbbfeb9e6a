// What the Facebook reply channel and the Facebook source share about the Graph API: its error body and how its
// listings page.
import { callPlatform, shortReason, type PlatformResponse } from '../http.js';
import { ChannelError } from '../types.js';

export const PLATFORM = 'Facebook';

export interface GraphSettings {
  baseUrl: string;
  version: string;
  /** Page access token by Page id. */
  pageTokens: Record<string, string>;
}

/** Throttling (4 app, 17 user, 32 page, 613 call rate) and the two "temporary, try again" codes (1, 2). */
const RETRYABLE_CODES = new Set([1, 2, 4, 17, 32, 613]);

interface GraphErrorBody {
  message?: unknown;
  type?: unknown;
  code?: unknown;
  error_subcode?: unknown;
  is_transient?: unknown;
  fbtrace_id?: unknown;
}

/** Graph's error body is `{ error: { message, type, code, error_subcode, fbtrace_id } }`; the code decides retrying. */
export function graphError(res: PlatformResponse): ChannelError {
  const e = ((res.body as { error?: GraphErrorBody } | null)?.error ?? {}) as GraphErrorBody;
  const code = typeof e.code === 'number' ? e.code : null;
  const retryable = (code !== null && RETRYABLE_CODES.has(code)) || e.is_transient === true || res.status >= 500;
  const ids = [code !== null ? `code ${code}${typeof e.error_subcode === 'number' ? `/${e.error_subcode}` : ''}` : null, typeof e.fbtrace_id === 'string' ? `trace ${e.fbtrace_id}` : null].filter(Boolean);
  const message = shortReason(e.message);
  return new ChannelError(`${PLATFORM} answered ${res.status}${ids.length ? ` (${ids.join(', ')})` : ''}${message ? `: ${message}` : ''}`, retryable);
}

export interface GraphList<T> {
  data: T[];
  /** The `after` cursor of the next page; null on the last one. */
  next: string | null;
}

/**
 * One page of a Graph listing, `{ data, paging: { cursors: { before, after }, next? } }`. `path` is already encoded
 * (`{id}/comments`). The next page is asked for with the `after` cursor on our own base URL rather than by following
 * `paging.next`, which names Facebook's host even when FACEBOOK_GRAPH_BASE_URL points elsewhere.
 */
export async function readGraphList<T>(settings: GraphSettings, path: string, query: Record<string, string>, token: string, after: string | null): Promise<GraphList<T>> {
  const params = new URLSearchParams({ ...query, ...(after ? { after } : {}) });
  const res = await callPlatform(PLATFORM, `${settings.baseUrl}/${settings.version}/${path}?${params}`, { method: 'GET', token });
  if (res.status !== 200) throw graphError(res);
  const body = res.body as { data?: unknown; paging?: { cursors?: { after?: unknown }; next?: unknown } } | null;
  const cursor = body?.paging?.cursors?.after;
  return { data: Array.isArray(body?.data) ? (body.data as T[]) : [], next: body?.paging?.next && typeof cursor === 'string' ? cursor : null };
}
