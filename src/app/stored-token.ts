// Access tokens from a refresh token the platform rotates (X): each renewal spends the refresh token and returns the
// next one. The current one lives in the database, and renewal happens under a per-key advisory lock inside a
// transaction, so any number of web and worker processes share one token and never spend the same refresh token
// twice (the second would be refused and the account cut off until someone re-authorizes). The renewal call runs
// inside that transaction; a process that dies after X answered and before the commit loses the new refresh token,
// and someone must re-authorize: rare, and loud (every X call then fails with the platform's refusal).
// The stored tokens are sealed (AES-256-GCM) under a key derived from the configured refresh token, which lives in
// the environment, so a copy of the database alone holds no live credential.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { Db } from '../store/db.js';
import { cachedToken, RENEW_EARLY_MS, requestToken, type RefreshSettings, type TokenSource } from '../channels/oauth-token.js';

export interface StoredTokenSettings extends RefreshSettings {
  /** Names the token in the database, e.g. `x:<user id>`. */
  key: string;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
const SEALED = 'v1:';

export function tokenSealer(seed: string) {
  const key = Buffer.from(hkdfSync('sha256', seed, 'redress', 'oauth_tokens', 32));
  return {
    seal(text: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return SEALED + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    /** Rows written before tokens were sealed are read as they are, and sealed on the next renewal. */
    open(stored: string): string {
      if (!stored.startsWith(SEALED)) return stored;
      const raw = Buffer.from(stored.slice(SEALED.length), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

export function storedRefreshingToken(db: Db, settings: StoredTokenSettings, now: () => number = Date.now): TokenSource {
  const seed = hashOf(settings.refreshToken);
  const { seal, open } = tokenSealer(settings.refreshToken);
  const fresh = (expiresAt: Date | null) => expiresAt !== null && now() < expiresAt.getTime() - RENEW_EARLY_MS;

  const renew = () =>
    db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`oauth:${settings.key}`]);
      const r = await tx.query<{ seed_hash: string; refresh_token: string; access_token: string | null; expires_at: Date | null }>(
        `SELECT seed_hash, refresh_token, access_token, expires_at FROM oauth_tokens WHERE key = $1`,
        [settings.key],
      );
      const found = r.rows[0]?.seed_hash === seed ? r.rows[0] : null;
      const row = found && { ...found, refresh_token: open(found.refresh_token), access_token: found.access_token && open(found.access_token) };
      // Another process renewed it while we waited for the lock.
      if (row?.access_token && fresh(row.expires_at)) return { token: row.access_token, until: row.expires_at!.getTime() - RENEW_EARLY_MS };
      const issued = await requestToken({ ...settings, refreshToken: row?.refresh_token ?? settings.refreshToken });
      const expiresAt = new Date(now() + issued.expiresIn * 1000);
      await tx.query(
        `INSERT INTO oauth_tokens (key, seed_hash, refresh_token, access_token, expires_at, updated_at) VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (key) DO UPDATE SET seed_hash = EXCLUDED.seed_hash, refresh_token = EXCLUDED.refresh_token,
           access_token = EXCLUDED.access_token, expires_at = EXCLUDED.expires_at, updated_at = now()`,
        [settings.key, seed, seal(issued.refreshToken ?? row?.refresh_token ?? settings.refreshToken), seal(issued.accessToken), expiresAt],
      );
      return { token: issued.accessToken, until: expiresAt.getTime() - RENEW_EARLY_MS };
    });

  return cachedToken(renew, now);
}
