// Which channel answers each platform. A platform whose API client has its credentials configured gets it; every
// other platform's replies are posted by hand.
import type { Platform } from '../domain/platform.js';
import type { EnvConfig } from '../config/env.js';
import type { Channel } from './types.js';
import { manualChannel } from './manual.js';
import { createTestChannel } from './test/test-channel.js';
import { createGoogleBusinessChannel } from './google/google-business.js';
import { fixedToken, refreshingToken, type TokenSource } from './oauth-token.js';
import { createFacebookPagesChannel } from './facebook/facebook-pages.js';
import type { GraphSettings } from './facebook/graph.js';
import { createXChannel } from './x/x-posts.js';
import { createRedditChannel } from './reddit/reddit-comments.js';

export type ChannelRegistry = Record<Platform, Channel>;

export type ChannelEnv = Pick<
  EnvConfig,
  | 'googleBusinessBaseUrl'
  | 'googleBusinessAccessToken'
  | 'googleOAuth'
  | 'googleOAuthTokenUrl'
  | 'facebookGraphBaseUrl'
  | 'facebookGraphVersion'
  | 'facebookPageTokens'
  | 'xApiBaseUrl'
  | 'xAccountTokens'
  | 'xOAuth'
  | 'redditApiBaseUrl'
  | 'reddit'
  | 'redditOAuthTokenUrl'
  | 'imapMailboxes'
>;

/** A refresh token when one is configured (it outlives any fixed access token), else the fixed token, else none. */
export function googleToken(env: ChannelEnv | undefined): TokenSource | null {
  if (env?.googleOAuth) return refreshingToken({ platform: 'Google', clientAuth: 'body', tokenUrl: env.googleOAuthTokenUrl, ...env.googleOAuth });
  return env?.googleBusinessAccessToken ? fixedToken(env.googleBusinessAccessToken) : null;
}

/** The Graph API settings both Facebook's reply channel and its source use; null until a Page token is set. */
export function facebookGraph(env: ChannelEnv | undefined): GraphSettings | null {
  return env && Object.keys(env.facebookPageTokens).length ? { baseUrl: env.facebookGraphBaseUrl, version: env.facebookGraphVersion, pageTokens: env.facebookPageTokens } : null;
}

/** Reddit's permanent refresh token outlives any fixed access token, so it wins when both are set. */
export function redditToken(env: ChannelEnv): TokenSource {
  const reddit = env.reddit!;
  if (reddit.oauth) return refreshingToken({ platform: 'Reddit', clientAuth: 'basic', tokenUrl: env.redditOAuthTokenUrl, headers: { 'user-agent': reddit.userAgent }, ...reddit.oauth });
  return fixedToken(reddit.accessToken!);
}

/**
 * Access tokens by X user id. Fixed ones come from the environment; those renewed from a rotating refresh token need
 * the database (app/stored-token.ts), so the runtime builds them and passes them in.
 */
export type XTokens = Record<string, TokenSource>;

export function fixedXTokens(env: ChannelEnv): XTokens {
  return Object.fromEntries(Object.entries(env.xAccountTokens).map(([id, token]) => [id, fixedToken(token)]));
}

export function createChannels(overrides: Partial<ChannelRegistry> = {}, env?: ChannelEnv, xTokens: XTokens = env ? fixedXTokens(env) : {}): ChannelRegistry {
  const google = googleToken(env);
  const facebook = facebookGraph(env);
  return {
    facebook: facebook ? createFacebookPagesChannel(facebook) : manualChannel,
    google: env && google ? createGoogleBusinessChannel({ baseUrl: env.googleBusinessBaseUrl, accessToken: google }) : manualChannel,
    yelp: manualChannel,
    x: env && Object.keys(xTokens).length ? createXChannel({ baseUrl: env.xApiBaseUrl, accountTokens: xTokens }) : manualChannel,
    reddit: env?.reddit ? createRedditChannel({ baseUrl: env.redditApiBaseUrl, username: env.reddit.username, userAgent: env.reddit.userAgent, accessToken: redditToken(env) }) : manualChannel,
    email: manualChannel,
    forwarded: manualChannel,
    test: createTestChannel(),
    ...overrides,
  };
}
