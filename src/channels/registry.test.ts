import { describe, expect, it } from 'vitest';
import { readEnv } from '../config/env.js';
import { createChannels } from './registry.js';

describe('channel registry', () => {
  it('keeps Google and Facebook manual until their credentials are configured', () => {
    const channels = createChannels({}, readEnv({}));
    expect(channels.google.mode).toBe('manual');
    expect(channels.facebook.mode).toBe('manual');
  });

  it('answers through the API clients once tokens are set', () => {
    const channels = createChannels({}, readEnv({ GOOGLE_BUSINESS_ACCESS_TOKEN: 'ya29.t', FACEBOOK_PAGE_TOKENS: '104882913375021=EAAt' }));
    expect(channels.google.mode).toBe('api');
    expect(channels.facebook.mode).toBe('api');
    expect(channels.yelp.mode).toBe('manual');
  });

  it('answers X and Reddit through their APIs once an account token is set', () => {
    const env = readEnv({ X_ACCOUNT_TOKENS: '1475829300=xtoken', REDDIT_ACCESS_TOKEN: 'rtoken', REDDIT_USERNAME: 'CedarPlainsHealth' });
    const channels = createChannels({}, env);
    expect([channels.x.mode, channels.reddit.mode]).toEqual(['api', 'api']);
    expect(env.reddit?.userAgent).toBe('server:redress:0.1 (by /u/CedarPlainsHealth)');
  });

  it('answers Reddit with a refresh token instead of a fixed access token', () => {
    const env = readEnv({ REDDIT_USERNAME: 'CedarPlainsHealth', REDDIT_CLIENT_ID: 'c', REDDIT_CLIENT_SECRET: 's', REDDIT_REFRESH_TOKEN: 'r' });
    expect(createChannels({}, env).reddit.mode).toBe('api');
  });

  it('answers Google through the API with an OAuth refresh token instead of a fixed access token', () => {
    const env = readEnv({ GOOGLE_OAUTH_CLIENT_ID: 'c', GOOGLE_OAUTH_CLIENT_SECRET: 's', GOOGLE_OAUTH_REFRESH_TOKEN: 'r' });
    expect(createChannels({}, env).google.mode).toBe('api');
  });
});
