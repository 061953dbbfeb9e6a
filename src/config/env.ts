// Every environment setting Redress reads, validated once at start-up. Nothing else reads process.env.
import { resolve } from 'node:path';
import type { ImapMailbox } from '../channels/email/imap-inbox.js';

export interface EnvConfig {
  /** HTTP port of the web app and API. */
  port: number;
  /** Interface to listen on; `localhost` keeps a fresh install off the network until someone decides otherwise. */
  host: string;
  /** PostgreSQL server (production). Unset: the embedded PGlite database in `dataDir`. */
  databaseUrl?: string;
  /** Where the embedded database and uploads live. */
  dataDir: string;
  /** Organization config file (YAML or JSON); optional. */
  configPath?: string;
  /** Base URL people use to reach Redress, for links in emails and chat messages. */
  publicUrl: string;
  /** Sign-out after this much inactivity. */
  sessionIdleMinutes: number;
  /** Sign-out this long after sign-in, active or not. */
  sessionAbsoluteHours: number;
  /** Behind a reverse proxy that sets X-Forwarded-*: needed for Secure cookies and real client addresses. */
  trustProxy: boolean;
  /** Failed sign-ins allowed per address and email in 15 minutes before 429. */
  loginAttemptsPer15Min: number;
  /** How long a password an admin or the CLI generated works before its first use (it is then replaced at once). */
  oneTimePasswordHours: number;
  /** Largest request body, in bytes (a batch of 1,000 posts fits in the default). */
  bodyLimitBytes: number;
  /** Outgoing mail server, e.g. smtp://user:pass@mail.example.org:587; unset: email notifications are held. */
  smtpUrl?: string;
  /** Sender address of notification emails. */
  smtpFrom: string;
  /** Allow notification destinations on private or loopback addresses (tests, on-premise chat). */
  allowPrivateOutbound: boolean;
  /** Jobs a worker takes per poll. */
  workerBatchSize: number;
  /** Seconds between a worker's polls when idle. */
  workerPollSeconds: number;
  /** Application log level (pino): fatal, error, warn, info, debug. Logs never hold post text or names. */
  logLevel: string;
  /** Google Business Profile API host; tests point it at a local fake. */
  googleBusinessBaseUrl: string;
  /** A fixed OAuth access token (scope business.manage) for Google review replies; it expires within the hour, so for trials. */
  googleBusinessAccessToken?: string;
  /**
   * OAuth client and refresh token Redress renews Google access tokens with (production); all three or none.
   * Neither these nor an access token: Google replies stay manual.
   */
  googleOAuth?: { clientId: string; clientSecret: string; refreshToken: string };
  /** Google's OAuth token endpoint; tests point it at a local fake. */
  googleOAuthTokenUrl: string;
  /** Facebook Graph API host; tests point it at a local fake. */
  facebookGraphBaseUrl: string;
  /** Graph API version in every Facebook path, e.g. v21.0: pinned so a Facebook default change cannot alter responses. */
  facebookGraphVersion: string;
  /**
   * Page access tokens by Page id (a facebook channel account's externalId), from `<pageId>=<token>,…`; empty:
   * Facebook replies stay manual. A page missing here gets its replies posted by hand.
   */
  facebookPageTokens: Record<string, string>;
  /** App secret Facebook signs webhook deliveries with (X-Hub-Signature-256); unset: the Facebook webhook is off. */
  facebookAppSecret?: string;
  /** The token you typed into the app's webhook settings; Facebook echoes it in the subscription handshake. */
  facebookVerifyToken?: string;
  /** X API host; tests point it at a local fake. */
  xApiBaseUrl: string;
  /**
   * OAuth 2.0 user-context access tokens (scopes tweet.write, tweet.read, users.read) by X user id (an x channel account's externalId), from
   * `<userId>=<token>,…`; empty: X replies stay manual.
   */
  xAccountTokens: Record<string, string>;
  /**
   * X refresh tokens by X user id, from `<userId>=<refresh token>,…`, with the OAuth 2.0 client they were issued to
   * (`X_OAUTH_CLIENT_ID`, and `X_OAUTH_CLIENT_SECRET` for a confidential client). X rotates refresh tokens on every
   * renewal, so Redress keeps the current one in the database; a new one configured here (after re-authorizing)
   * replaces it. An account listed here and in X_ACCOUNT_TOKENS uses this.
   */
  xOAuth?: { clientId: string; clientSecret: string; tokenUrl: string; refreshTokens: Record<string, string> };
  /** Reddit OAuth API host; tests point it at a local fake. */
  redditApiBaseUrl: string;
  /**
   * The Reddit account we answer as: its username, the descriptive User-Agent Reddit requires, and either a fixed
   * OAuth access token (scopes submit, history, and read for subreddits; it lives an hour, so for trials) or an OAuth client and permanent
   * refresh token Redress renews it with. No username: Reddit replies stay manual.
   */
  reddit?: { username: string; userAgent: string; accessToken?: string; oauth?: { clientId: string; clientSecret: string; refreshToken: string } };
  /** Reddit's OAuth token endpoint; tests point it at a local fake. */
  redditOAuthTokenUrl: string;
  /**
   * "Contact us" mailboxes read over IMAP, by the email channel account's externalId (the address people write to),
   * from `<address>=imaps://user:password@host:993/INBOX,…` (user and password URL-encoded). Plain imap:// must
   * upgrade with STARTTLS unless the server is on this machine. The mailbox is only read, never changed.
   */
  imapMailboxes: Record<string, ImapMailbox>;
  /**
   * Minutes between polls of the platforms that do not push posts to us (Google reviews, X mentions, for channel
   * accounts whose credentials are set); 0 turns polling off. Google asks integrators not to poll more than needed.
   */
  sourcePollMinutes: number;
  /** How far back the first poll of a newly added channel account reads, in days. */
  sourceBackfillDays: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: { path: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n')}`);
  }
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): EnvConfig {
  const problems: { path: string; message: string }[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push({ path: name, message: `must be an integer from ${min} to ${max}, got "${raw}"` });
      return fallback;
    }
    return n;
  };
  const bool = (name: string): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return false;
    if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
    problems.push({ path: name, message: `must be true or false, got "${raw}"` });
    return false;
  };
  const port = int('PORT', 8080, 0, 65535);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    problems.push({ path: 'DATABASE_URL', message: 'must start with postgres:// or postgresql://' });
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push({ path: 'SMTP_URL', message: 'must start with smtp:// or smtps://' });
  // Secrets are never quoted back in a problem: it would put them in start-up logs.
  const baseUrl = (name: string, fallback: string): string => {
    const raw = env[name] || fallback;
    if (!/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(raw)) problems.push({ path: name, message: `must be an http:// or https:// URL without query, got "${raw}"` });
    return raw.replace(/\/+$/, '');
  };
  const secret = (name: string): string | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    if (/\s/.test(raw)) problems.push({ path: name, message: 'must not contain spaces or line breaks' });
    return raw;
  };
  const facebookGraphVersion = env.FACEBOOK_GRAPH_VERSION || 'v21.0';
  if (!/^v\d+\.\d+$/.test(facebookGraphVersion)) problems.push({ path: 'FACEBOOK_GRAPH_VERSION', message: `must look like v21.0, got "${facebookGraphVersion}"` });
  const logLevel = env.LOG_LEVEL || 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'silent'].includes(logLevel))
    problems.push({ path: 'LOG_LEVEL', message: 'must be one of fatal, error, warn, info, debug, silent' });
  const config: EnvConfig = {
    port,
    host: env.HOST || 'localhost',
    databaseUrl,
    dataDir: resolve(env.REDRESS_DATA_DIR || '.redress'),
    configPath: env.REDRESS_CONFIG || undefined,
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: int('SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
    trustProxy: bool('TRUST_PROXY'),
    loginAttemptsPer15Min: int('LOGIN_ATTEMPTS_PER_15_MIN', 10, 1, 10_000),
    oneTimePasswordHours: int('ONE_TIME_PASSWORD_HOURS', 72, 1, 24 * 30),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 8 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    smtpUrl,
    smtpFrom: env.SMTP_FROM || 'Redress <redress@localhost>',
    allowPrivateOutbound: bool('REDRESS_ALLOW_PRIVATE_OUTBOUND'),
    workerBatchSize: int('WORKER_BATCH_SIZE', 50, 1, 1000),
    workerPollSeconds: int('WORKER_POLL_SECONDS', 1, 1, 60),
    logLevel,
    googleBusinessBaseUrl: baseUrl('GOOGLE_BUSINESS_BASE_URL', 'https://mybusiness.googleapis.com'),
    googleBusinessAccessToken: secret('GOOGLE_BUSINESS_ACCESS_TOKEN'),
    googleOAuth: googleOAuth(env, secret, problems),
    googleOAuthTokenUrl: baseUrl('GOOGLE_OAUTH_TOKEN_URL', 'https://oauth2.googleapis.com/token'),
    facebookGraphBaseUrl: baseUrl('FACEBOOK_GRAPH_BASE_URL', 'https://graph.facebook.com'),
    facebookGraphVersion,
    facebookPageTokens: tokensById('FACEBOOK_PAGE_TOKENS', 'page', env.FACEBOOK_PAGE_TOKENS, problems),
    facebookAppSecret: secret('FACEBOOK_APP_SECRET'),
    facebookVerifyToken: secret('FACEBOOK_VERIFY_TOKEN'),
    xApiBaseUrl: baseUrl('X_API_BASE_URL', 'https://api.x.com'),
    xAccountTokens: tokensById('X_ACCOUNT_TOKENS', 'user', env.X_ACCOUNT_TOKENS, problems),
    xOAuth: xOAuth(env, secret, baseUrl('X_OAUTH_TOKEN_URL', 'https://api.x.com/2/oauth2/token'), problems),
    redditApiBaseUrl: baseUrl('REDDIT_API_BASE_URL', 'https://oauth.reddit.com'),
    reddit: redditAccount(env, secret, problems),
    redditOAuthTokenUrl: baseUrl('REDDIT_OAUTH_TOKEN_URL', 'https://www.reddit.com/api/v1/access_token'),
    imapMailboxes: imapMailboxes(env.IMAP_MAILBOXES, problems),
    sourcePollMinutes: pollMinutes(int('SOURCE_POLL_MINUTES', 10, 0, 60), problems),
    sourceBackfillDays: int('SOURCE_BACKFILL_DAYS', 7, 0, 90),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** `<address>=<imap(s) URL>` entries; problems name the entry by position and never quote its URL (it holds a password). */
function imapMailboxes(raw: string | undefined, problems: { path: string; message: string }[]): Record<string, ImapMailbox> {
  const boxes: Record<string, ImapMailbox> = {};
  if (!raw) return boxes;
  raw.split(',').forEach((entry, i) => {
    const path = `IMAP_MAILBOXES[${i}]`;
    const at = entry.indexOf('=');
    const address = entry.slice(0, Math.max(at, 0)).trim().toLowerCase();
    let url: URL | null = null;
    try {
      url = new URL(entry.slice(at + 1).trim());
    } catch {
      url = null;
    }
    if (at < 1 || !/^[^@\s]+@[^@\s]+$/.test(address)) problems.push({ path, message: 'must be <email address>=<imaps:// or imap:// URL>' });
    else if (!url || !['imap:', 'imaps:'].includes(url.protocol) || !url.hostname || !url.username || !url.password)
      problems.push({ path, message: `the URL for ${address} must be imaps://user:password@host[:port][/mailbox] or imap://…` });
    else if (boxes[address]) problems.push({ path, message: `${address} is listed twice` });
    else
      boxes[address] = {
        host: url.hostname,
        port: Number(url.port || (url.protocol === 'imaps:' ? 993 : 143)),
        secure: url.protocol === 'imaps:',
        user: decodeURIComponent(url.username),
        pass: decodeURIComponent(url.password),
        path: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'INBOX',
      };
  });
  return boxes;
}

function xOAuth(
  env: NodeJS.ProcessEnv,
  secret: (name: string) => string | undefined,
  tokenUrl: string,
  problems: { path: string; message: string }[],
): EnvConfig['xOAuth'] {
  const refreshTokens = tokensById('X_REFRESH_TOKENS', 'user', env.X_REFRESH_TOKENS, problems);
  const clientId = secret('X_OAUTH_CLIENT_ID');
  if (Object.keys(refreshTokens).length === 0) return undefined;
  if (!clientId) {
    problems.push({ path: 'X_OAUTH_CLIENT_ID', message: 'is needed with X_REFRESH_TOKENS (the OAuth 2.0 client the tokens were issued to)' });
    return undefined;
  }
  return { clientId, clientSecret: secret('X_OAUTH_CLIENT_SECRET') ?? '', tokenUrl, refreshTokens };
}

/** A poll every N minutes is a cron step, so N must divide the hour for the polls to be evenly spaced. */
function pollMinutes(n: number, problems: { path: string; message: string }[]): number {
  if (n === 0 || 60 % n === 0) return n;
  problems.push({ path: 'SOURCE_POLL_MINUTES', message: `must divide 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60) or be 0, got "${n}"` });
  return 10;
}

/** `<id>=<token>,<id>=<token>` with numeric ids; problems name the entry by position, never its token. */
function tokensById(name: string, what: string, raw: string | undefined, problems: { path: string; message: string }[]): Record<string, string> {
  const tokens: Record<string, string> = {};
  if (!raw) return tokens;
  raw.split(',').forEach((entry, i) => {
    const at = entry.indexOf('=');
    const id = entry.slice(0, Math.max(at, 0)).trim();
    const token = entry.slice(at + 1).trim();
    const path = `${name}[${i}]`;
    if (at < 1 || !/^\d+$/.test(id) || !token || /\s/.test(token)) problems.push({ path, message: `must be <numeric ${what} id>=<access token>` });
    else if (tokens[id]) problems.push({ path, message: `${what} ${id} is listed twice` });
    else tokens[id] = token;
  });
  return tokens;
}

function redditAccount(env: NodeJS.ProcessEnv, secret: (name: string) => string | undefined, problems: { path: string; message: string }[]): EnvConfig['reddit'] {
  const username = env.REDDIT_USERNAME?.trim() || undefined;
  const accessToken = secret('REDDIT_ACCESS_TOKEN');
  const oauthNames = ['REDDIT_CLIENT_ID', 'REDDIT_CLIENT_SECRET', 'REDDIT_REFRESH_TOKEN'];
  const [clientId, clientSecret, refreshToken] = oauthNames.map(secret);
  const oauth = clientId && clientSecret && refreshToken ? { clientId, clientSecret, refreshToken } : undefined;
  if (!oauth && (clientId || clientSecret || refreshToken))
    for (const name of oauthNames) if (!env[name]) problems.push({ path: name, message: 'is needed with the other REDDIT_CLIENT_ID, REDDIT_CLIENT_SECRET, REDDIT_REFRESH_TOKEN settings' });
  if (username && !/^[A-Za-z0-9_-]{3,20}$/.test(username)) problems.push({ path: 'REDDIT_USERNAME', message: `must be a Reddit username (3-20 letters, digits, _ or -), got "${username}"` });
  const credentials = Boolean(accessToken || clientId || clientSecret || refreshToken);
  if (credentials && !username) problems.push({ path: 'REDDIT_USERNAME', message: 'is needed to answer on Reddit (the account whose comments Redress posts and finds)' });
  if (username && !credentials) problems.push({ path: 'REDDIT_ACCESS_TOKEN', message: 'or REDDIT_CLIENT_ID, REDDIT_CLIENT_SECRET and REDDIT_REFRESH_TOKEN are needed with REDDIT_USERNAME' });
  if (!username || !(accessToken || oauth)) return undefined;
  return { username, userAgent: env.REDDIT_USER_AGENT?.trim() || `server:redress:0.1 (by /u/${username})`, accessToken, oauth };
}

function googleOAuth(env: NodeJS.ProcessEnv, secret: (name: string) => string | undefined, problems: { path: string; message: string }[]): EnvConfig['googleOAuth'] {
  const names = ['GOOGLE_OAUTH_CLIENT_ID', 'GOOGLE_OAUTH_CLIENT_SECRET', 'GOOGLE_OAUTH_REFRESH_TOKEN'];
  const [clientId, clientSecret, refreshToken] = names.map(secret);
  if (clientId && clientSecret && refreshToken) return { clientId, clientSecret, refreshToken };
  if (clientId || clientSecret || refreshToken)
    for (const name of names) if (!env[name]) problems.push({ path: name, message: 'is needed with the other GOOGLE_OAUTH_* settings' });
  return undefined;
}
