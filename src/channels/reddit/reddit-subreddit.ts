// Reading a subreddit (a city's, a region's) for posts and comments that name the organization or one of its sites.
// Reddit cannot search comments, so a poll reads the subreddit's newest submissions (`/r/:sub/new`) and comments
// (`/r/:sub/comments`), newest first, until it reaches what it read before, and keeps those naming us. Triage later
// decides whether a post naming "Mercy" means the hospital. The cursor is the newest creation second read with the
// things read at that second, so nothing posted within the same second is skipped or read twice.
import { callPlatform } from '../http.js';
import { readNewPages } from '../pages.js';
import type { TokenSource } from '../oauth-token.js';
import { ChannelError, type PostSource, type SourceAccount, type SourcePage } from '../types.js';
import type { PostInput } from '../../app/post-input.js';
import { escapeRegExp } from '../../domain/reply-guard/match.js';
import { redditError } from './reddit-comments.js';

export interface RedditSubredditSettings {
  baseUrl: string;
  accessToken: TokenSource;
  /** Our own account: its posts are not feedback. */
  username: string;
  userAgent: string;
}

interface Thing {
  name?: string;
  author?: string;
  author_fullname?: string;
  created_utc?: number;
  permalink?: string;
  title?: string;
  selftext?: string;
  body?: string;
  link_id?: string;
  parent_id?: string;
}

const PLATFORM = 'Reddit';
const SUBREDDIT = /^[A-Za-z0-9][A-Za-z0-9_]{1,20}$/;
/** Pages of 100 per listing per poll. */
const MAX_PAGES = 5;

function parseCursor(cursor: string | null): { second: number; seen: Set<string> } | null {
  const m = cursor ? /^(\d+)\|([\w,]*)$/.exec(cursor) : null;
  return m ? { second: Number(m[1]), seen: new Set(m[2].split(',').filter(Boolean)) } : null;
}

function thingToPost(t: Thing): PostInput | null {
  if (!t.name || !t.author || typeof t.created_utc !== 'number') return null;
  const submission = t.name.startsWith('t3_');
  const text = submission ? [t.title ?? '', t.selftext ?? ''].filter((x) => x.trim()).join('\n\n') : (t.body ?? '');
  return {
    platform: 'reddit',
    externalId: t.name,
    url: t.permalink ? `https://www.reddit.com${t.permalink}` : null,
    threadId: submission ? t.name : (t.link_id ?? null),
    parentId: submission ? null : (t.parent_id ?? null),
    author: { id: t.author_fullname ?? `u/${t.author}`, handle: `u/${t.author}`, displayName: null },
    text,
    createdAt: new Date(t.created_utc * 1000).toISOString(),
    visibility: 'public',
  };
}

export function createRedditSubredditSource(settings: RedditSubredditSettings): PostSource {
  const readListing = async (path: string, after: string | null) => {
    const query = new URLSearchParams({ limit: '100', raw_json: '1', ...(after ? { after } : {}) });
    const res = await callPlatform(PLATFORM, `${settings.baseUrl}${path}?${query}`, { method: 'GET', token: await settings.accessToken(), headers: { 'user-agent': settings.userAgent } });
    if (res.status !== 200) throw redditError(res);
    const data = (res.body as { data?: { children?: { data?: Thing }[]; after?: string | null } } | null)?.data;
    return { things: (data?.children ?? []).map((c) => c.data ?? {}), after: data?.after ?? null };
  };
  return {
    reads: () => true,
    async fetchNew(account: SourceAccount, cursor: string | null, since: Date): Promise<SourcePage> {
      if (!SUBREDDIT.test(account.externalId)) throw new ChannelError(`${PLATFORM}: channel account ${account.id} needs a subreddit name as its externalId`, false);
      const names = (account.names ?? []).filter((n) => n.trim().length > 2);
      if (names.length === 0) throw new ChannelError(`${PLATFORM}: the organization has no name to look for`, false);
      const naming = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((n) => escapeRegExp(n.trim()).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
      const from = parseCursor(cursor) ?? { second: Math.floor(since.getTime() / 1000), seen: new Set<string>() };
      const isNew = (t: Thing) => typeof t.created_utc === 'number' && (t.created_utc > from.second || (t.created_utc === from.second && !from.seen.has(t.name ?? '')));
      const posts: PostInput[] = [];
      let newest = from.second;
      let atNewest = new Set(from.seen);
      let truncated = false;
      for (const listing of ['new', 'comments']) {
        const read = await readNewPages(async (after) => {
          const { things, after: next } = await readListing(`/r/${account.externalId}/${listing}`, after);
          const fresh = things.filter(isNew);
          for (const t of fresh) {
            const created = t.created_utc!;
            if (created > newest) [newest, atNewest] = [created, new Set()];
            if (created === newest && t.name) atNewest.add(t.name);
            if (t.author?.toLowerCase() === settings.username.toLowerCase()) continue;
            const post = thingToPost(t);
            if (post && naming.test(post.text)) posts.push(post);
          }
          return { reachedSeen: fresh.length < things.length, next };
        }, MAX_PAGES);
        truncated ||= read.truncated;
      }
      const advanced = newest > from.second || atNewest.size > from.seen.size;
      return { posts, cursor: advanced || cursor ? `${newest}|${[...atNewest].join(',')}` : null, truncated };
    },
  };
}
