// Reading a Page's comments and recommendations by polling, for what the webhook did not deliver (it was down, or
// Facebook gave up retrying). Comments become the same posts as the webhook makes of them (comment-post.ts), so a
// comment that arrives both ways is stored once.
//
// Comments: the feed (`/{page-id}/feed`, newest first) names the posts, and a post's `updated_time` moves when someone
// comments on it, so only posts changed after the cursor have their comments read (`/{post-id}/comments`,
// `filter=stream` for the replies too, newest first). Only recent posts are looked at: the walk stops at a post
// created more than RECENT_POST_DAYS before `since` with nothing new; comments on older posts come by webhook only.
// Recommendations (`/{page-id}/ratings`, newest first) are read while the pinned Graph version serves them.
// The cursor is the newest `created_time` read from either listing. Graph reports no edit time for either, so an
// edited comment or recommendation is not read again (the webhook delivers comment edits).
import { readNewPages } from '../pages.js';
import { ChannelError, type PostSource, type SourceAccount, type SourcePage } from '../types.js';
import type { PostInput } from '../../app/post-input.js';
import { commentPost, graphTime } from './comment-post.js';
import { PLATFORM, readGraphList, type GraphSettings } from './graph.js';

interface FeedItem {
  id?: string;
  created_time?: string;
  updated_time?: string;
  permalink_url?: string;
}

interface GraphComment {
  id?: string;
  message?: string;
  from?: { id?: string; name?: string };
  created_time?: string;
  parent?: { id?: string };
}

interface Recommendation {
  created_time?: string;
  recommendation_type?: string;
  review_text?: string;
  reviewer?: { id?: string; name?: string };
  open_graph_story?: { id?: string };
}

/** Pages of 100 bound one poll: feed posts, comments on one post, recommendations. */
const MAX_FEED_PAGES = 5;
const MAX_COMMENT_PAGES = 5;
const MAX_RATING_PAGES = 10;
const RECENT_POST_DAYS = 30;
/** From v22.0 on, Graph answers error 12 (deprecated) for anything that returns a recommendation. */
const LAST_VERSION_WITH_RATINGS = 21;

function servesRatings(version: string): boolean {
  return Number(/^v(\d+)\./.exec(version)?.[1] ?? 0) <= LAST_VERSION_WITH_RATINGS;
}

/**
 * Facebook replaced 1–5 stars with recommend / do not recommend (2018); they map to the ends of the scale so a
 * wordless "does not recommend" is treated like a one-star review. The story is what a reply comments on, so its id
 * is the post's externalId (and the channel answers on `/{story-id}/comments`).
 */
function recommendationPost(r: Recommendation, createdAt: string): PostInput | null {
  const storyId = r.open_graph_story?.id;
  if (!storyId) return null;
  return {
    platform: 'facebook',
    externalId: storyId,
    url: null,
    threadId: null,
    parentId: null,
    author: { id: r.reviewer?.id ?? `recommendation:${storyId}`, displayName: r.reviewer?.name ?? null },
    text: r.review_text ?? '',
    rating: r.recommendation_type === 'negative' ? 1 : r.recommendation_type === 'positive' ? 5 : null,
    createdAt,
    visibility: 'public',
  };
}

export function createFacebookBackfillSource(settings: GraphSettings): PostSource {
  return {
    reads: (account) => Boolean(settings.pageTokens[account.externalId]),
    async fetchNew(account: SourceAccount, cursor: string | null, since: Date): Promise<SourcePage> {
      const pageId = account.externalId;
      const token = settings.pageTokens[pageId];
      if (!token) throw new ChannelError(`${PLATFORM}: no Page access token for page "${pageId}" (FACEBOOK_PAGE_TOKENS)`, false);
      const after = cursor ?? since.toISOString();
      const recentFrom = new Date(since.getTime() - RECENT_POST_DAYS * 86_400_000).toISOString();
      const posts: PostInput[] = [];
      let newest = cursor;
      let truncated = false;
      // Timestamps normalized to ISO in UTC order as strings.
      const isNew = (at: string) => {
        if (at <= after) return false;
        if (!newest || at > newest) newest = at;
        return true;
      };
      const list = <T>(path: string, query: Record<string, string>, next: string | null) => readGraphList<T>(settings, path, { ...query, limit: '100' }, token, next);

      const readComments = async (item: FeedItem & { id: string }) => {
        const read = await readNewPages(async (next) => {
          const page = await list<GraphComment>(`${encodeURIComponent(item.id)}/comments`, { filter: 'stream', order: 'reverse_chronological', fields: 'id,message,from,created_time,parent{id}' }, next);
          for (const c of page.data) {
            const createdAt = graphTime(c.created_time);
            if (!createdAt) continue;
            if (!isNew(createdAt)) return { reachedSeen: true, next: null };
            const post = commentPost({
              pageId,
              commentId: c.id ?? null,
              postId: item.id,
              parentId: c.parent?.id ?? null,
              from: { id: c.from?.id ?? null, name: c.from?.name ?? null },
              message: c.message ?? '',
              createdAt,
              permalink: item.permalink_url ?? null,
            });
            if (post) posts.push(post);
          }
          return { reachedSeen: false, next: page.next };
        }, MAX_COMMENT_PAGES);
        truncated ||= read.truncated;
      };

      const feed = await readNewPages(async (next) => {
        const page = await list<FeedItem>(`${encodeURIComponent(pageId)}/feed`, { fields: 'id,created_time,updated_time,permalink_url' }, next);
        for (const item of page.data) {
          const created = graphTime(item.created_time);
          const updated = graphTime(item.updated_time) ?? created;
          if (updated && updated <= after) {
            if (created && created < recentFrom) return { reachedSeen: true, next: null };
            continue;
          }
          if (item.id) await readComments({ ...item, id: item.id });
        }
        return { reachedSeen: false, next: page.next };
      }, MAX_FEED_PAGES);

      const ratings = servesRatings(settings.version)
        ? await readNewPages(async (next) => {
            const page = await list<Recommendation>(`${encodeURIComponent(pageId)}/ratings`, { fields: 'created_time,recommendation_type,review_text,reviewer,open_graph_story{id}' }, next);
            for (const r of page.data) {
              const createdAt = graphTime(r.created_time);
              if (!createdAt) continue;
              if (!isNew(createdAt)) return { reachedSeen: true, next: null };
              const post = recommendationPost(r, createdAt);
              if (post) posts.push(post);
            }
            return { reachedSeen: false, next: page.next };
          }, MAX_RATING_PAGES)
        : { truncated: false };

      return { posts, cursor: newest, truncated: truncated || feed.truncated || ratings.truncated };
    },
  };
}
