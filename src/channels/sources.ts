// Which platforms Redress reads posts from by polling: Google reviews, X mentions, Facebook Page comments and
// recommendations, subreddits naming us and "contact us" mailboxes, when their credentials are set. Facebook also
// pushes comments to our webhook; its poll catches what a delivery missed (both make the same post of a comment, and
// ingestion stores it once). The rest arrive through the API, the CLI or a person forwarding them.
// A `Record` over every platform makes a new platform a compile error until someone decides here.
import type { Platform } from '../domain/platform.js';
import type { PostSource } from './types.js';
import { facebookGraph, fixedXTokens, googleToken, redditToken, type ChannelEnv, type XTokens } from './registry.js';
import { createGoogleReviewsSource } from './google/google-reviews.js';
import { createXMentionsSource } from './x/x-mentions.js';
import { createImapSource } from './email/imap-inbox.js';
import { createRedditSubredditSource } from './reddit/reddit-subreddit.js';
import { createFacebookBackfillSource } from './facebook/facebook-backfill.js';

export type SourceRegistry = Record<Platform, PostSource | null>;

export function createSources(env: ChannelEnv, overrides: Partial<SourceRegistry> = {}, xTokens: XTokens = fixedXTokens(env)): SourceRegistry {
  const google = googleToken(env);
  const facebook = facebookGraph(env);
  return {
    google: google ? createGoogleReviewsSource({ baseUrl: env.googleBusinessBaseUrl, accessToken: google }) : null,
    x: Object.keys(xTokens).length ? createXMentionsSource({ baseUrl: env.xApiBaseUrl, accountTokens: xTokens }) : null,
    facebook: facebook ? createFacebookBackfillSource(facebook) : null,
    yelp: null,
    reddit: env.reddit
      ? createRedditSubredditSource({ baseUrl: env.redditApiBaseUrl, accessToken: redditToken(env), username: env.reddit.username, userAgent: env.reddit.userAgent })
      : null,
    email: Object.keys(env.imapMailboxes).length ? createImapSource({ mailboxes: env.imapMailboxes }) : null,
    forwarded: null,
    test: null,
    ...overrides,
  };
}

/** The source that reads this channel account, or null when Redress does not read it (no credentials, no externalId). */
export function sourceOf(sources: SourceRegistry, account: { id: string; platform: Platform; externalId: string | null }): PostSource | null {
  const source = sources[account.platform];
  return source && account.externalId && source.reads({ id: account.id, externalId: account.externalId }) ? source : null;
}
