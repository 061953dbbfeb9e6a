// Where the Google access token comes from. Google access tokens live about an hour, so a fixed one
// (GOOGLE_BUSINESS_ACCESS_TOKEN) suits a trial; production sets an OAuth client and a refresh token, and a fresh
// access token is fetched from the token endpoint when the cached one is about to expire.
import { callPlatform, shortReason } from '../http.js';
import { ChannelError } from '../types.js';

export interface RefreshSettings {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export type TokenSource = () => Promise<string>;

/** Renew this long before Google's stated expiry, so a token does not lapse between fetch and use. */
const EARLY_MS = 60_000;

export function fixedToken(token: string): TokenSource {
  return async () => token;
}

export function refreshingToken(settings: RefreshSettings, now: () => number = Date.now): TokenSource {
  let cached: { token: string; until: number } | null = null;
  let pending: Promise<string> | null = null;
  const refresh = async (): Promise<string> => {
    const res = await callPlatform('Google OAuth', settings.tokenUrl, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: settings.clientId, client_secret: settings.clientSecret, refresh_token: settings.refreshToken }).toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
    const body = res.body as { access_token?: unknown; expires_in?: unknown; error?: unknown; error_description?: unknown } | null;
    if (res.status !== 200 || typeof body?.access_token !== 'string') {
      const reason = [shortReason(body?.error), shortReason(body?.error_description)].filter(Boolean).join(': ');
      // invalid_grant / invalid_client need a person to re-authorize; only an outage is worth retrying.
      throw new ChannelError(`Google OAuth refused to renew the access token (${res.status}${reason ? ` ${reason}` : ''})`, res.status === 429 || res.status >= 500);
    }
    const seconds = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    cached = { token: body.access_token, until: now() + seconds * 1000 - EARLY_MS };
    return body.access_token;
  };
  return async () => {
    if (cached && now() < cached.until) return cached.token;
    // Concurrent deliveries share one renewal.
    pending ??= refresh().finally(() => {
      pending = null;
    });
    return pending;
  };
}
