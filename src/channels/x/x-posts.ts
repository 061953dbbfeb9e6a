// X (API v2): our account answers a post with a post of its own.
//
// Which post and which account: a post's externalId is the post (tweet) id, and an x channel account's externalId is
// the X user id, whose OAuth 2.0 user-context access token (scopes tweet.write, tweet.read, users.read) comes from X_ACCOUNT_TOKENS.
import { callPlatform, shortReason, type PlatformResponse } from '../http.js';
import { findInPages } from '../pages.js';
import { ChannelError, type Channel, type OutgoingReply, type ReplyTarget, type SentReply } from '../types.js';
import type { TokenSource } from '../oauth-token.js';

export interface XSettings {
  baseUrl: string;
  /** User-context access token by X user id. */
  accountTokens: Record<string, TokenSource>;
}

const PLATFORM = 'X';
/** Pages of 100 of our account's posts read looking for the reply, newest first: it was posted moments before the crash. */
const MAX_PAGES = 3;

interface Problem {
  title?: unknown;
  detail?: unknown;
  errors?: { message?: unknown }[];
}

/**
 * X answers errors as problem details (`{ title, detail, type, status }`), sometimes with `errors: [{ message }]`.
 * Rate limits and outages are worth retrying; a refusal (duplicate content, a deleted post, a bad token) needs a person.
 */
export function xError(res: PlatformResponse): ChannelError {
  const p = (res.body ?? {}) as Problem;
  const detail = shortReason(p.errors?.[0]?.message) || shortReason(p.detail) || shortReason(p.title);
  return new ChannelError(`${PLATFORM} answered ${res.status}${detail ? `: ${detail}` : ''}`, res.status === 429 || res.status >= 500);
}

const postUrl = (id: string) => `https://x.com/i/web/status/${id}`;

export function createXChannel(settings: XSettings): Channel {
  const account = async (target: ReplyTarget): Promise<{ userId: string; token: string }> => {
    if (!target.postExternalId) throw new ChannelError(`${PLATFORM}: the post has no id (externalId)`, false);
    const userId = target.channelAccountExternalId ?? '';
    const token = settings.accountTokens[userId];
    if (!token) throw new ChannelError(`${PLATFORM}: no access token for account "${userId}" (X_ACCOUNT_TOKENS or X_REFRESH_TOKENS); post this reply by hand`, false);
    return { userId, token: await token() };
  };
  return {
    mode: 'api',
    async sendReply(target: ReplyTarget, reply: OutgoingReply): Promise<SentReply> {
      const { token } = await account(target);
      const res = await callPlatform(PLATFORM, `${settings.baseUrl}/2/tweets`, {
        method: 'POST',
        token,
        body: JSON.stringify({ text: reply.text, reply: { in_reply_to_tweet_id: target.postExternalId } }),
        contentType: 'application/json',
      });
      const id = (res.body as { data?: { id?: unknown } } | null)?.data?.id;
      if (res.status !== 201 || typeof id !== 'string') throw xError(res);
      return { platformReplyId: id, url: postUrl(id) };
    },
    // X takes no idempotency key, so our reply is found among our account's recent posts: one that answers the same
    // post with the same words. X may put the @handles it answers in front of the text, so those are allowed.
    async findSent(target: ReplyTarget, reply: OutgoingReply): Promise<SentReply | null> {
      const { userId, token } = await account(target);
      return findInPages(async (pageToken) => {
        const query = new URLSearchParams({ max_results: '100', 'tweet.fields': 'referenced_tweets', ...(pageToken ? { pagination_token: pageToken } : {}) });
        const res = await callPlatform(PLATFORM, `${settings.baseUrl}/2/users/${encodeURIComponent(userId)}/tweets?${query}`, { method: 'GET', token });
        if (res.status !== 200) throw xError(res);
        const body = res.body as { data?: { id?: unknown; text?: unknown; referenced_tweets?: { type?: unknown; id?: unknown }[] }[]; meta?: { next_token?: unknown } } | null;
        const mine = body?.data?.find(
          (t) =>
            typeof t.id === 'string' &&
            typeof t.text === 'string' &&
            t.text.replace(/^(?:@\w+\s+)+/, '') === reply.text &&
            (t.referenced_tweets ?? []).some((r) => r.type === 'replied_to' && r.id === target.postExternalId),
        );
        const next = body?.meta?.next_token;
        return { found: mine ? { platformReplyId: mine.id as string, url: postUrl(mine.id as string) } : null, next: typeof next === 'string' ? next : null };
      }, MAX_PAGES);
    },
  };
}
