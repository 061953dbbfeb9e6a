// One translation of a comment on a Page into a post, for both ways comments reach us (the webhook and the poll), so
// that a comment that arrives both ways has the same externalId, author and thread and is stored once.
import type { PostInput } from '../../app/post-input.js';

export interface PageComment {
  pageId: string;
  commentId: string | null;
  /** The Page post (or visitor post) the comment is under: the thread. */
  postId: string | null;
  /** What the comment answers: the post itself for a top-level comment, another comment for a reply. */
  parentId: string | null;
  from: { id: string | null; name: string | null };
  message: string;
  /** ISO 8601. */
  createdAt: string;
  /** The post's permalink, which both the webhook and the feed give (a comment's own link is only in the feed). */
  permalink: string | null;
}

/** Null for what is not feedback: the Page's own comments (our replies coming back) and comments without words. */
export function commentPost(c: PageComment): PostInput | null {
  if (!c.commentId || !c.from.id || c.from.id === c.pageId || !c.message.trim()) return null;
  return {
    platform: 'facebook',
    externalId: c.commentId,
    url: c.permalink && /^https?:\/\//.test(c.permalink) ? c.permalink : null,
    threadId: c.postId,
    parentId: c.parentId && c.parentId !== c.postId ? c.parentId : null,
    author: { id: c.from.id, displayName: c.from.name },
    text: c.message,
    createdAt: c.createdAt,
    visibility: 'public',
  };
}

/** Graph sends `2026-11-21T08:00:00+0000`, webhooks a Unix time in seconds (sometimes as a string); null if neither. */
export function graphTime(v: unknown): string | null {
  const at = typeof v === 'number' ? new Date(v * 1000) : typeof v === 'string' ? new Date(/^\d+$/.test(v) ? Number(v) * 1000 : v) : null;
  return at && !Number.isNaN(at.getTime()) ? at.toISOString() : null;
}
