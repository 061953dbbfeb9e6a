// Loads the demo health system and its posts into an empty database, with every demo user's password set to the
// published demo password. Post times are placed relative to now so the inbox looks live.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../store/db.js';
import type { JobQueue } from '../jobs/queue.js';
import { loadConfigFile } from '../config/load-file.js';
import { applyConfig } from '../app/apply-config.js';
import { ingestPosts, type IngestResult } from '../app/ingest.js';
import { DEMO_PASSWORD, hashPassword } from '../app/passwords.js';

export const DEMO_CONFIG_PATH = fileURLToPath(new URL('./redress.demo.yaml', import.meta.url));
const DEMO_POSTS_PATH = fileURLToPath(new URL('./posts.jsonl', import.meta.url));
export const DEMO_ADMIN_EMAIL = 'admin@example.org';

export function demoPosts(now: Date): object[] {
  return readFileSync(DEMO_POSTS_PATH, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const { minutesAgo, ...post } = JSON.parse(line) as { minutesAgo: number } & Record<string, unknown>;
      return { ...post, createdAt: new Date(now.getTime() - minutesAgo * 60_000).toISOString() };
    });
}

export async function loadDemo(db: Db, queue: JobQueue, now = new Date()): Promise<IngestResult> {
  await applyConfig(db, loadConfigFile(DEMO_CONFIG_PATH));
  await db.query('UPDATE users SET password_hash = $1 WHERE password_hash IS NULL', [await hashPassword(DEMO_PASSWORD)]);
  await db.query(`INSERT INTO settings (key, value) VALUES ('demo', 'true') ON CONFLICT (key) DO NOTHING`);
  return ingestPosts(db, queue, demoPosts(now));
}

export async function isDemo(db: Db): Promise<boolean> {
  const r = await db.query(`SELECT 1 FROM settings WHERE key = 'demo'`);
  return r.rows.length > 0;
}
