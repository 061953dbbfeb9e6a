// Where a platform's access token comes from. Access tokens live an hour or two (Google, Reddit), so a fixed one suits
// a trial; production sets an OAuth client and a refresh token, and a fresh access token is fetched from the token
// endpoint when the cached one is about to expire.
import { callPlatform, shortReason } from './http.js';
import { ChannelError } from './types.js';

export interface RefreshSettings {
  /** Names the platform in errors: "Google OAuth refused …". */
  platform: string;
  tokenUrl: string;
  clientId: string;
  /** Empty for a public client (X allows those): only the client id is sent. */
  clientSecret: string;
  refreshToken: string;
  /** `body`: client id and secret as form fields (Google, X); `basic`: HTTP Basic authentication (Reddit). */
  clientAuth: 'body' | 'basic';
  /** Headers the token endpoint wants besides (Reddit's User-Agent). */
  headers?: Record<string, string>;
}

export type TokenSource = () => Promise<string>;

/** Renew this long before the stated expiry, so a token does not lapse between fetch and use. */
export const RENEW_EARLY_MS = 60_000;

export function fixedToken(token: string): TokenSource {
  return async () => token;
}

export interface IssuedToken {
  accessToken: string;
  /** Seconds until it expires. */
  expiresIn: number;
  /** A platform that rotates refresh tokens (X) sends the next one here; the one sent is then spent. */
  refreshToken: string | null;
}

/** One refresh-token grant at the platform's token endpoint. */
export async function requestToken(settings: RefreshSettings): Promise<IssuedToken> {
  const name = `${settings.platform} OAuth`;
  const basic = settings.clientAuth === 'basic';
  const client: Record<string, string> = basic ? {} : { client_id: settings.clientId, ...(settings.clientSecret ? { client_secret: settings.clientSecret } : {}) };
  const res = await callPlatform(name, settings.tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'refresh_token', ...client, refresh_token: settings.refreshToken }).toString(),
    contentType: 'application/x-www-form-urlencoded',
    headers: {
      ...settings.headers,
      ...(basic ? { authorization: `Basic ${Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64')}` } : {}),
    },
  });
  const body = res.body as { access_token?: unknown; expires_in?: unknown; refresh_token?: unknown; error?: unknown; error_description?: unknown } | null;
  if (res.status !== 200 || typeof body?.access_token !== 'string') {
    const reason = [shortReason(body?.error), shortReason(body?.error_description)].filter(Boolean).join(': ');
    // invalid_grant / invalid_client need a person to re-authorize; only an outage is worth retrying.
    throw new ChannelError(`${name} refused to renew the access token (${res.status}${reason ? ` ${reason}` : ''})`, res.status === 429 || res.status >= 500);
  }
  return {
    accessToken: body.access_token,
    expiresIn: typeof body.expires_in === 'number' ? body.expires_in : 3600,
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : null,
  };
}

/** A token kept until shortly before it expires; concurrent callers share one renewal. */
export function cachedToken(renew: () => Promise<{ token: string; until: number }>, now: () => number = Date.now): TokenSource {
  let cached: { token: string; until: number } | null = null;
  let pending: Promise<string> | null = null;
  return async () => {
    if (cached && now() < cached.until) return cached.token;
    pending ??= renew()
      .then((c) => {
        cached = c;
        return c.token;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
}

export function refreshingToken(settings: RefreshSettings, now: () => number = Date.now): TokenSource {
  return cachedToken(async () => {
    const issued = await requestToken(settings);
    return { token: issued.accessToken, until: now() + issued.expiresIn * 1000 - RENEW_EARLY_MS };
  }, now);
}
