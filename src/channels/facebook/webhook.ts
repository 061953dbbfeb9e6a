// Facebook's Page webhook: the signature check and the translation of `feed` comment events into posts (through
// comment-post.ts, as the poll in facebook-backfill.ts does, so a comment that arrives both ways is one post).
// Delivery shape: `{ object: 'page', entry: [{ id: <page id>, time, changes: [{ field: 'feed', value: { item,
// verb, comment_id, post_id, parent_id, from: { id, name }, message, created_time, post?: { permalink_url } } }] }] }`.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PostInput } from '../../app/post-input.js';
import { commentPost, graphTime } from './comment-post.js';

/**
 * X-Hub-Signature-256 is `sha256=` + hex HMAC-SHA256 of the exact bytes received, keyed with the app secret.
 * Re-serialised JSON would differ (Facebook escapes non-ASCII), hence the raw body.
 */
export function validSignature(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface FeedPosts {
  posts: PostInput[];
  /** Changes that are not a new or edited comment by someone other than the Page, or from a Page we do not know. */
  ignored: number;
  /** Page ids that sent comments but have no facebook channel account (configuration to fix). */
  unknownPages: string[];
}

interface FeedValue {
  item?: unknown;
  verb?: unknown;
  comment_id?: unknown;
  post_id?: unknown;
  parent_id?: unknown;
  from?: { id?: unknown; name?: unknown };
  message?: unknown;
  created_time?: unknown;
  post?: { permalink_url?: unknown };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);

/** `channelAccounts`: facebook channel account id by Page id. */
export function feedPosts(payload: unknown, channelAccounts: Map<string, string>, now: Date): FeedPosts {
  const out: FeedPosts = { posts: [], ignored: 0, unknownPages: [] };
  const entries = (payload as { entry?: unknown } | null)?.entry;
  if (!Array.isArray(entries)) return out;
  for (const entry of entries as { id?: unknown; changes?: unknown }[]) {
    const pageId = str(entry?.id);
    for (const change of Array.isArray(entry?.changes) ? (entry.changes as { field?: unknown; value?: FeedValue }[]) : []) {
      const v = change?.value;
      const wanted = change?.field === 'feed' && v?.item === 'comment' && (v.verb === 'add' || v.verb === 'edited');
      const post =
        wanted && pageId
          ? commentPost({
              pageId,
              commentId: str(v.comment_id),
              postId: str(v.post_id),
              parentId: str(v.parent_id),
              from: { id: str(v.from?.id), name: str(v.from?.name) },
              message: typeof v.message === 'string' ? v.message : '',
              // Documented as a Unix time in seconds; some deliveries carry an ISO string.
              createdAt: graphTime(v.created_time) ?? now.toISOString(),
              permalink: str(v.post?.permalink_url),
            })
          : null;
      if (!post || !pageId) {
        out.ignored++;
        continue;
      }
      const account = channelAccounts.get(pageId);
      if (!account) {
        out.ignored++;
        if (!out.unknownPages.includes(pageId)) out.unknownPages.push(pageId);
        continue;
      }
      out.posts.push({ ...post, channelAccount: account });
    }
  }
  return out;
}
