// Reading the posts that mention one of our X accounts (API v2 `GET /2/users/:id/mentions`), newest first. The
// cursor is the newest post id read, passed back as `since_id`; the first poll asks from `start_time` instead. X
// posts cannot be edited in a way the API reports as the same id, so every post is read once.
import { callPlatform } from '../http.js';
import { readNewPages } from '../pages.js';
import { ChannelError, type PostSource, type SourceAccount, type SourcePage } from '../types.js';
import type { PostInput } from '../../app/post-input.js';
import { xError } from './x-posts.js';
import type { TokenSource } from '../oauth-token.js';

export interface XMentionsSettings {
  baseUrl: string;
  /** User-context access token by X user id (scopes tweet.read, users.read). */
  accountTokens: Record<string, TokenSource>;
}

interface Mention {
  id?: string;
  text?: string;
  author_id?: string;
  created_at?: string;
  conversation_id?: string;
  referenced_tweets?: { type?: string; id?: string }[];
}

interface MentionsPage {
  data?: Mention[];
  includes?: { users?: { id?: string; username?: string; name?: string }[] };
  meta?: { newest_id?: string; next_token?: string; result_count?: number };
}

const PLATFORM = 'X';
/** 100 is the largest page X serves; 10 pages bound one poll. */
const MAX_PAGES = 10;

function mentionToPost(m: Mention, users: Map<string, { username?: string; name?: string }>): PostInput | null {
  if (!m.id || !m.author_id || !m.created_at || typeof m.text !== 'string') return null;
  const user = users.get(m.author_id);
  return {
    platform: 'x',
    externalId: m.id,
    url: user?.username ? `https://x.com/${user.username}/status/${m.id}` : `https://x.com/i/web/status/${m.id}`,
    threadId: m.conversation_id ?? null,
    parentId: m.referenced_tweets?.find((r) => r.type === 'replied_to')?.id ?? null,
    author: { id: m.author_id, handle: user?.username ? `@${user.username}` : null, displayName: user?.name ?? null },
    text: m.text,
    createdAt: m.created_at,
    visibility: 'public',
  };
}

export function createXMentionsSource(settings: XMentionsSettings): PostSource {
  return {
    reads: (account) => Boolean(settings.accountTokens[account.externalId]),
    async fetchNew(account: SourceAccount, cursor: string | null, since: Date): Promise<SourcePage> {
      const tokenSource = settings.accountTokens[account.externalId];
      if (!tokenSource) throw new ChannelError(`${PLATFORM}: no access token for account "${account.externalId}" (X_ACCOUNT_TOKENS or X_REFRESH_TOKENS)`, false);
      const token = await tokenSource();
      const posts: PostInput[] = [];
      let newest = cursor;
      // `since_id` already leaves out what was read before, so only the end of the listing stops the reading.
      const { truncated } = await readNewPages(async (pageToken, index) => {
        const query = new URLSearchParams({
          max_results: '100',
          'tweet.fields': 'created_at,author_id,conversation_id,referenced_tweets',
          expansions: 'author_id',
          'user.fields': 'username,name',
          ...(cursor ? { since_id: cursor } : { start_time: since.toISOString() }),
          ...(pageToken ? { pagination_token: pageToken } : {}),
        });
        const res = await callPlatform(PLATFORM, `${settings.baseUrl}/2/users/${encodeURIComponent(account.externalId)}/mentions?${query}`, { method: 'GET', token });
        if (res.status !== 200) throw xError(res);
        const body = (res.body ?? {}) as MentionsPage;
        if (index === 0 && body.meta?.newest_id) newest = body.meta.newest_id;
        const users = new Map((body.includes?.users ?? []).filter((u) => u.id).map((u) => [u.id!, u]));
        for (const mention of body.data ?? []) {
          // Our own posts that tag the account (a thread we continue) are not feedback.
          if (mention.author_id === account.externalId) continue;
          const post = mentionToPost(mention, users);
          if (post) posts.push(post);
        }
        return { reachedSeen: false, next: body.meta?.next_token ?? null };
      }, MAX_PAGES);
      return { posts, cursor: newest, truncated };
    },
  };
}
