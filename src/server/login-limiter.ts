// Failed password checks per client address and email over the last 15 minutes, counted in the database so every
// web process shares the count: sign-in and changing one's password both guess at a password.
import type { Db } from '../store/db.js';
import { hashSecret } from '../app/api-tokens.js';

export class LoginLimiter {
  constructor(
    private readonly db: Db,
    private readonly limit: number,
  ) {}
  async blocked(key: string): Promise<boolean> {
    const r = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM login_failures WHERE key_hash = $1 AND at > now() - interval '15 minutes'`,
      [hashSecret(key)],
    );
    return r.rows[0].n >= this.limit;
  }
  async fail(key: string): Promise<void> {
    await this.db.query(`DELETE FROM login_failures WHERE at < now() - interval '15 minutes'`);
    await this.db.query(`INSERT INTO login_failures (key_hash) VALUES ($1)`, [hashSecret(key)]);
  }
  async clear(key: string): Promise<void> {
    await this.db.query(`DELETE FROM login_failures WHERE key_hash = $1`, [hashSecret(key)]);
  }
}
