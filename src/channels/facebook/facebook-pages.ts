// Facebook Pages (Graph API): the Page answers a comment with a comment of its own.
//
// Which comment and which Page: a post's externalId is the comment id (from the webhook's `comment_id`), and a
// facebook channel account's externalId is the Page id, whose Page access token comes from FACEBOOK_PAGE_TOKENS.
// Facebook threads are two levels deep: the Page answers a top-level comment on that comment, and a reply to a
// comment (the post's parentId, set by the webhook) on the top-level comment it belongs to, as its UI does.
import { callPlatform } from '../http.js';
import { findInPages } from '../pages.js';
import { ChannelError, type Channel, type OutgoingReply, type ReplyTarget, type SentReply } from '../types.js';
import { PLATFORM, graphError, readGraphList, type GraphSettings } from './graph.js';

/** Pages of 100 comments read looking for our reply, newest first: it was posted moments before the crash. */
const MAX_PAGES = 5;

export function createFacebookPagesChannel(settings: GraphSettings): Channel {
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
        const query = { fields: 'id,message,from', order: 'reverse_chronological', limit: '100' };
        const comments = await readGraphList<{ id?: unknown; message?: unknown; from?: { id?: unknown } }>(settings, `${encodeURIComponent(thread(target))}/comments`, query, token, after ?? null);
        const mine = comments.data.find((c) => c.from?.id === pageId && c.message === reply.text && typeof c.id === 'string');
        return { found: mine ? { platformReplyId: mine.id as string, url: null } : null, next: comments.next };
      }, MAX_PAGES);
    },
  };
}
