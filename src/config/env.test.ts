import { describe, expect, it } from 'vitest';
import { ConfigError, readEnv } from './env.js';

const problems = (env: NodeJS.ProcessEnv) => {
  try {
    readEnv(env);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
};

describe('platform API settings', () => {
  it('defaults to the real hosts and no credentials', () => {
    const env = readEnv({});
    expect(env.googleBusinessBaseUrl).toBe('https://mybusiness.googleapis.com');
    expect(env.facebookGraphBaseUrl).toBe('https://graph.facebook.com');
    expect(env.facebookGraphVersion).toBe('v21.0');
    expect(env.facebookPageTokens).toEqual({});
    expect(env.googleBusinessAccessToken).toBeUndefined();
  });

  it('reads page tokens by page id and trims a trailing slash from base URLs', () => {
    const env = readEnv({ FACEBOOK_PAGE_TOKENS: '111=EAAone, 222=EAAtwo', FACEBOOK_GRAPH_BASE_URL: 'http://127.0.0.1:4000/' });
    expect(env.facebookPageTokens).toEqual({ '111': 'EAAone', '222': 'EAAtwo' });
    expect(env.facebookGraphBaseUrl).toBe('http://127.0.0.1:4000');
  });

  it('names each bad setting and never quotes a token', () => {
    const found = problems({
      GOOGLE_BUSINESS_BASE_URL: 'mybusiness.googleapis.com',
      FACEBOOK_GRAPH_VERSION: '21',
      FACEBOOK_PAGE_TOKENS: '111=EAAsecret,page=EAAsecret2,111=EAAsecret3',
      FACEBOOK_APP_SECRET: 'has space',
    });
    expect(found.map((p) => p.path).sort()).toEqual(['FACEBOOK_APP_SECRET', 'FACEBOOK_GRAPH_VERSION', 'FACEBOOK_PAGE_TOKENS[1]', 'FACEBOOK_PAGE_TOKENS[2]', 'GOOGLE_BUSINESS_BASE_URL']);
    expect(JSON.stringify(found)).not.toMatch(/EAAsecret|has space/);
  });

  it('wants the Google OAuth client and refresh token together', () => {
    expect(problems({ GOOGLE_OAUTH_REFRESH_TOKEN: '1//r' }).map((p) => p.path)).toEqual(['GOOGLE_OAUTH_CLIENT_ID', 'GOOGLE_OAUTH_CLIENT_SECRET']);
    expect(readEnv({ GOOGLE_OAUTH_CLIENT_ID: 'c', GOOGLE_OAUTH_CLIENT_SECRET: 's', GOOGLE_OAUTH_REFRESH_TOKEN: 'r' }).googleOAuth).toEqual({ clientId: 'c', clientSecret: 's', refreshToken: 'r' });
  });

  it('lists every problem of the X and Reddit settings by name, never a token', () => {
    const found = problems({ X_ACCOUNT_TOKENS: '12=ok,handle=tok-secret', REDDIT_ACCESS_TOKEN: 'r-secret' });
    expect(found.map((p) => p.path).sort()).toEqual(['REDDIT_USERNAME', 'X_ACCOUNT_TOKENS[1]']);
    expect(JSON.stringify(found)).not.toMatch(/secret/);
    const partial = problems({ REDDIT_USERNAME: 'CedarPlainsHealth', REDDIT_CLIENT_ID: 'id-secret' });
    expect(partial.map((p) => p.path).sort()).toEqual(['REDDIT_CLIENT_SECRET', 'REDDIT_REFRESH_TOKEN']);
    expect(problems({ REDDIT_USERNAME: 'CedarPlainsHealth' }).map((p) => p.path)).toEqual(['REDDIT_ACCESS_TOKEN']);
  });
});

describe('polling settings', () => {
  it('polls every 10 minutes and reads a week back by default', () => {
    expect(readEnv({})).toMatchObject({ sourcePollMinutes: 10, sourceBackfillDays: 7 });
  });

  it('wants a poll interval that divides the hour, or 0 for none', () => {
    expect(readEnv({ SOURCE_POLL_MINUTES: '0' }).sourcePollMinutes).toBe(0);
    expect(problems({ SOURCE_POLL_MINUTES: '7' }).map((p) => p.path)).toEqual(['SOURCE_POLL_MINUTES']);
    expect(problems({ SOURCE_BACKFILL_DAYS: '-1' }).map((p) => p.path)).toEqual(['SOURCE_BACKFILL_DAYS']);
  });
});

describe('IMAP mailboxes', () => {
  it('reads each address with its server, port, TLS, decoded login and mailbox', () => {
    const env = readEnv({ IMAP_MAILBOXES: 'Contact@Juniper.example=imaps://contact%40juniper.example:p%40ss@imap.juniper.example/Patient%20Feedback, billing@juniper.example=imap://b:pw@127.0.0.1:1143' });
    expect(env.imapMailboxes).toEqual({
      'contact@juniper.example': { host: 'imap.juniper.example', port: 993, secure: true, user: 'contact@juniper.example', pass: 'p@ss', path: 'Patient Feedback' },
      'billing@juniper.example': { host: '127.0.0.1', port: 1143, secure: false, user: 'b', pass: 'pw', path: 'INBOX' },
    });
  });

  it('names a bad entry by position and never quotes its password', () => {
    const found = problems({ IMAP_MAILBOXES: 'contact@x.org=https://u:hunter2@x.org,not-an-address=imaps://u:hunter2@x.org,c@x.org=imaps://nopassword@x.org' });
    expect(found.map((p) => p.path)).toEqual(['IMAP_MAILBOXES[0]', 'IMAP_MAILBOXES[1]', 'IMAP_MAILBOXES[2]']);
    expect(JSON.stringify(found)).not.toContain('hunter2');
  });
});

describe('X refresh tokens', () => {
  it('reads refresh tokens by user id with the client they were issued to', () => {
    const env = readEnv({ X_REFRESH_TOKENS: '1498230077416329216=rt-one', X_OAUTH_CLIENT_ID: 'cid' });
    expect(env.xOAuth).toEqual({ clientId: 'cid', clientSecret: '', tokenUrl: 'https://api.x.com/2/oauth2/token', refreshTokens: { '1498230077416329216': 'rt-one' } });
  });

  it('wants the OAuth client with the refresh tokens, and never quotes a token', () => {
    const found = problems({ X_REFRESH_TOKENS: '1498230077416329216=rt-secret' });
    expect(found.map((p) => p.path)).toEqual(['X_OAUTH_CLIENT_ID']);
    expect(JSON.stringify(found)).not.toContain('rt-secret');
  });
});
