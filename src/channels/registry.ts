// Which channel answers each platform. A platform whose API client has its credentials configured gets it; every
// other platform's replies are posted by hand.
import type { Platform } from '../domain/platform.js';
import type { EnvConfig } from '../config/env.js';
import type { Channel } from './types.js';
import { manualChannel } from './manual.js';
import { createTestChannel } from './test/test-channel.js';
import { createGoogleBusinessChannel } from './google/google-business.js';
import { fixedToken, refreshingToken, type TokenSource } from './google/access-token.js';
import { createFacebookPagesChannel } from './facebook/facebook-pages.js';
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
  | 'redditApiBaseUrl'
  | 'reddit'
>;

/** A refresh token when one is configured (it outlives any fixed access token), else the fixed token, else none. */
function googleToken(env: ChannelEnv | undefined): TokenSource | null {
  if (env?.googleOAuth) return refreshingToken({ tokenUrl: env.googleOAuthTokenUrl, ...env.googleOAuth });
  return env?.googleBusinessAccessToken ? fixedToken(env.googleBusinessAccessToken) : null;
}

export function createChannels(overrides: Partial<ChannelRegistry> = {}, env?: ChannelEnv): ChannelRegistry {
  const google = googleToken(env);
  return {
    facebook:
      env && Object.keys(env.facebookPageTokens).length
        ? createFacebookPagesChannel({ baseUrl: env.facebookGraphBaseUrl, version: env.facebookGraphVersion, pageTokens: env.facebookPageTokens })
        : manualChannel,
    google: env && google ? createGoogleBusinessChannel({ baseUrl: env.googleBusinessBaseUrl, accessToken: google }) : manualChannel,
    yelp: manualChannel,
    x: env && Object.keys(env.xAccountTokens).length ? createXChannel({ baseUrl: env.xApiBaseUrl, accountTokens: env.xAccountTokens }) : manualChannel,
    reddit: env?.reddit ? createRedditChannel({ baseUrl: env.redditApiBaseUrl, ...env.reddit }) : manualChannel,
    email: manualChannel,
    forwarded: manualChannel,
    test: createTestChannel(),
    ...overrides,
  };
}
