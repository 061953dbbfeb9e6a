// Facebook Pages (Graph API): the Page answers a comment with a comment of its own.
//
// Which comment and which Page: a post's externalId is the comment id (from the webhook's `comment_id`), and a
// facebook channel account's externalId is the Page id, whose Page access token comes from FACEBOOK_PAGE_TOKENS.
// Facebook threads are two levels deep: the Page answers a top-level comment on that comment, and a reply to a
// comment (the post's parentId, set by the webhook) on the top-level comment it belongs to, as its UI does.
import { callPlatform, shortReason, type PlatformResponse } from '../http.js';
import { findInPages } from '../pages.js';
import { ChannelError, type Channel, type OutgoingReply, type ReplyTarget, type SentReply } from '../types.js';

export interface FacebookPagesSettings {
  baseUrl: string;
  version: string;
  /** Page access token by Page id. */
  pageTokens: Record<string, string>;
}

const PLATFORM = 'Facebook';
/** Throttling (4 app, 17 user, 32 page, 613 call rate) and the two "temporary, try again" codes (1, 2). */
const RETRYABLE_CODES = new Set([1, 2, 4, 17, 32, 613]);
/** Pages of 100 comments read looking for our reply, newest first: it was posted moments before the crash. */
const MAX_PAGES = 5;

interface GraphError {
  message?: unknown;
  type?: unknown;
  code?: unknown;
  error_subcode?: unknown;
  is_transient?: unknown;
  fbtrace_id?: unknown;
}

/** Graph's error body is `{ error: { message, type, code, error_subcode, fbtrace_id } }`; the code decides retrying. */
export function graphError(res: PlatformResponse): ChannelError {
  const e = ((res.body as { error?: GraphError } | null)?.error ?? {}) as GraphError;
  const code = typeof e.code === 'number' ? e.code : null;
  const retryable = (code !== null && RETRYABLE_CODES.has(code)) || e.is_transient === true || res.status >= 500;
  const ids = [code !== null ? `code ${code}${typeof e.error_subcode === 'number' ? `/${e.error_subcode}` : ''}` : null, typeof e.fbtrace_id === 'string' ? `trace ${e.fbtrace_id}` : null].filter(Boolean);
  const message = shortReason(e.message);
  return new ChannelError(`${PLATFORM} answered ${res.status}${ids.length ? ` (${ids.join(', ')})` : ''}${message ? `: ${message}` : ''}`, retryable);
}

export function createFacebookPagesChannel(settings: FacebookPagesSettings): Channel {
  const commentsUrl = (commentId: string) => `${settings.baseUrl}/${settings.version}/${encodeURIComponent(commentId)}/comments`;
  const thread = (target: ReplyTarget) => target.parentExternalId ?? target.postExternalId;
  const page = (target: ReplyTarget): { pageId: string; token: string } => {
    if (!target.postExternalId) throw new ChannelError(`${PLATFORM}: the post has no comment id (externalId)`, false);
    const pageId = target.channelAccountExternalId ?? '';
    const token = settings.pageTokens[pageId];
    if (!token) throw new ChannelError(`${PLATFORM}: no Page access token for page "${pageId}" (FACEBOOK_PAGE_TOKENS); post this reply by hand`, false);
    return { pageId, token };
  };
  return {
    mode: 'api',
    async sendReply(target: ReplyTarget, reply: OutgoingReply): Promise<SentReply> {
      const { token } = page(target);
      const res = await callPlatform(PLATFORM, commentsUrl(thread(target)), {
        method: 'POST',
        token,
        body: new URLSearchParams({ message: reply.text }).toString(),
        contentType: 'application/x-www-form-urlencoded',
      });
      const id = (res.body as { id?: unknown } | null)?.id;
      if (res.status !== 200 || typeof id !== 'string') throw graphError(res);
      return { platformReplyId: id, url: null };
    },
    // Graph has no idempotency key for comments, so the only trace of our reply is a comment from the Page with
    // the same text. Limits: a second, identical reply from the Page in the same thread (a person answering by
    // hand with the same template) is taken for ours, and a thread busier than MAX_PAGES × 100 comments since the
    // crash is not searched to the end (the reply would then be posted again).
    async findSent(target: ReplyTarget, reply: OutgoingReply): Promise<SentReply | null> {
      const { pageId, token } = page(target);
      return findInPages(async (after) => {
        const query = new URLSearchParams({ fields: 'id,message,from', order: 'reverse_chronological', limit: '100', ...(after ? { after } : {}) });
        const res = await callPlatform(PLATFORM, `${commentsUrl(thread(target))}?${query}`, { method: 'GET', token });
        if (res.status !== 200) throw graphError(res);
        const body = res.body as { data?: { id?: unknown; message?: unknown; from?: { id?: unknown } }[]; paging?: { cursors?: { after?: unknown }; next?: unknown } } | null;
        const mine = body?.data?.find((c) => c.from?.id === pageId && c.message === reply.text && typeof c.id === 'string');
        // Follow the cursor on our own base URL rather than `paging.next`, which names Facebook's host.
        const cursor = body?.paging?.cursors?.after;
        return { found: mine ? { platformReplyId: mine.id as string, url: null } : null, next: body?.paging?.next && typeof cursor === 'string' ? cursor : null };
      }, MAX_PAGES);
    },
  };
}
