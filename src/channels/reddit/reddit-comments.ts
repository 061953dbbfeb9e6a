// Reddit (OAuth API): our account answers a post or a comment with a comment of its own.
//
// Which thing: a reddit post's externalId is the fullname of what we answer, `t3_…` for a submission and `t1_…` for a
// comment, as Reddit's own API names them. Reddit wants a descriptive User-Agent on every call and answers most
// refusals with HTTP 200 and `json.errors` ([code, message, field] triples), so both status and body are read.
import { callPlatform, shortReason, type PlatformResponse } from '../http.js';
import type { TokenSource } from '../oauth-token.js';
import { findInPages } from '../pages.js';
import { ChannelError, type Channel, type OutgoingReply, type ReplyTarget, type SentReply } from '../types.js';

export interface RedditSettings {
  baseUrl: string;
  /** OAuth access token of the account we answer as (scopes submit and history). */
  accessToken: TokenSource;
  /** That account's username, whose comment history `findSent` reads. */
  username: string;
  userAgent: string;
}

const PLATFORM = 'Reddit';
const FULLNAME = /^t[13]_[a-z0-9]+$/;
/** Pages of 100 of our comments read looking for the reply, newest first. */
const MAX_PAGES = 3;

interface Thing {
  id?: unknown;
  name?: unknown;
  body?: unknown;
  parent_id?: unknown;
  permalink?: unknown;
}

/** A refusal in `json.errors`, or an HTTP error; only rate limits and outages are worth retrying. */
export function redditError(res: PlatformResponse): ChannelError {
  const errors = (res.body as { json?: { errors?: unknown[][] } } | null)?.json?.errors ?? [];
  const [code, message] = (errors[0] ?? []) as unknown[];
  const detail = [shortReason(code), shortReason(message)].filter(Boolean).join(': ') || shortReason((res.body as { message?: unknown } | null)?.message);
  const retryable = code === 'RATELIMIT' || res.status === 429 || res.status >= 500;
  return new ChannelError(`${PLATFORM} answered ${res.status}${detail ? ` (${detail})` : ''}`, retryable);
}

const sent = (thing: Thing): SentReply => ({
  platformReplyId: thing.name as string,
  url: typeof thing.permalink === 'string' ? `https://www.reddit.com${thing.permalink}` : null,
});

export function createRedditChannel(settings: RedditSettings): Channel {
  const call = async (path: string, init: { method: string; body?: string }) =>
    callPlatform(PLATFORM, `${settings.baseUrl}${path}`, {
      ...init,
      token: await settings.accessToken(),
      headers: { 'user-agent': settings.userAgent },
      ...(init.body ? { contentType: 'application/x-www-form-urlencoded' } : {}),
    });
  const parent = (target: ReplyTarget): string => {
    if (!FULLNAME.test(target.postExternalId)) throw new ChannelError(`${PLATFORM}: the post's externalId must be a fullname (t3_… or t1_…), got "${target.postExternalId}"; post this reply by hand`, false);
    return target.postExternalId;
  };
  return {
    mode: 'api',
    async sendReply(target: ReplyTarget, reply: OutgoingReply): Promise<SentReply> {
      const res = await call('/api/comment', { method: 'POST', body: new URLSearchParams({ api_type: 'json', thing_id: parent(target), text: reply.text }).toString() });
      const body = res.body as { json?: { errors?: unknown[]; data?: { things?: { data?: Thing }[] } } } | null;
      const thing = body?.json?.data?.things?.[0]?.data;
      if (res.status !== 200 || (body?.json?.errors ?? []).length > 0 || typeof thing?.name !== 'string') throw redditError(res);
      return sent(thing);
    },
    // Reddit takes no idempotency key: our reply is the comment in our history under the same parent with the same text.
    async findSent(target: ReplyTarget, reply: OutgoingReply): Promise<SentReply | null> {
      const parentId = parent(target);
      return findInPages(async (after) => {
        const query = new URLSearchParams({ limit: '100', sort: 'new', raw_json: '1', ...(after ? { after } : {}) });
        const res = await call(`/user/${encodeURIComponent(settings.username)}/comments?${query}`, { method: 'GET' });
        if (res.status !== 200) throw redditError(res);
        const listing = res.body as { data?: { after?: unknown; children?: { data?: Thing }[] } } | null;
        const mine = listing?.data?.children?.map((c) => c.data).find((c) => c?.parent_id === parentId && c.body === reply.text && typeof c.name === 'string');
        const next = listing?.data?.after;
        return { found: mine ? sent(mine) : null, next: typeof next === 'string' ? next : null };
      }, MAX_PAGES);
    },
  };
}
