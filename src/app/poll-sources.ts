// Polling the platforms that do not push posts to us. Each channel account with a source is read from its stored
// cursor, what is new goes through the same ingestion as the API (idempotent, so a poll repeated after a crash
// before its cursor was saved creates nothing twice), and then the cursor moves on. One account failing (a revoked
// token, a rate limit) is recorded for admins and does not hold back the others; the next poll tries again.
import type { Db, Queryable } from '../store/db.js';
import type { JobQueue } from '../jobs/queue.js';
import { sourceOf, type SourceRegistry } from '../channels/sources.js';
import type { SourcePage } from '../channels/types.js';
import type { Platform } from '../domain/platform.js';
import type { OrganizationProfile } from '../domain/organization.js';
import { ingestPosts } from './ingest.js';

export interface PollDeps {
  db: Db;
  queue: JobQueue;
  sources: SourceRegistry;
  now: () => Date;
  backfillDays: number;
  /** The organization as it stands now, whose names a source searching a public place looks for. */
  profile: () => Promise<OrganizationProfile>;
}

/** Every name people use for the organization and its sites. */
export function organizationNames(profile: OrganizationProfile): string[] {
  const { organization, sites } = profile;
  return [...new Set([organization.name, ...organization.aliases, ...sites.flatMap((s) => [s.name, ...s.aliases])].filter(Boolean))];
}

export interface AccountPoll {
  channelAccountId: string;
  read: number;
  accepted: number;
  revised: number;
  /** The platform could not be read; `error` says why. */
  failed: boolean;
  /** Why it failed, or what an admin should know about a poll that worked (rejected posts, a truncated burst). */
  error: string | null;
}

function problemOf(err: unknown): string {
  return err instanceof Error ? err.message.slice(0, 500) : 'unknown error';
}

/** Files that came with new posts are kept beside them, once: a post read again keeps the files it has. */
async function keepFiles(tx: Queryable, page: SourcePage, ids: (string | null)[]): Promise<void> {
  const rows = page.posts.flatMap((post, i) =>
    (page.files?.get(post.externalId) ?? []).map((f) => ({ post_id: ids[i], filename: f.filename, content_type: f.contentType, bytes: Buffer.from(f.bytes).toString('base64') })),
  );
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO uploads (post_id, filename, content_type, bytes)
     SELECT r.post_id, r.filename, r.content_type, decode(r.bytes, 'base64') FROM jsonb_to_recordset($1::jsonb) AS r(post_id uuid, filename text, content_type text, bytes text)
      WHERE r.post_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM uploads u WHERE u.post_id = r.post_id)`,
    [JSON.stringify(rows)],
  );
}

/** `only`: one channel account by id (an admin's "read now"); otherwise every account a source reads. */
export async function pollSources(deps: PollDeps, only?: string): Promise<AccountPoll[]> {
  const platforms = (Object.keys(deps.sources) as Platform[]).filter((p) => deps.sources[p]);
  if (platforms.length === 0) return [];
  const accounts = await deps.db.query<{ id: string; platform: Platform; external_id: string; cursor: string | null }>(
    `SELECT a.id, a.platform, a.external_id, c.cursor FROM channel_accounts a LEFT JOIN source_cursors c ON c.channel_account_id = a.id
      WHERE a.platform = ANY($1::text[]) AND a.external_id IS NOT NULL AND ($2::text IS NULL OR a.id = $2) ORDER BY a.id`,
    [platforms, only ?? null],
  );
  const since = new Date(deps.now().getTime() - deps.backfillDays * 86_400_000);
  const names = organizationNames(await deps.profile());
  const results: AccountPoll[] = [];
  for (const account of accounts.rows) {
    const source = sourceOf(deps.sources, { id: account.id, platform: account.platform, externalId: account.external_id });
    if (!source) continue;
    const result: AccountPoll = { channelAccountId: account.id, read: 0, accepted: 0, revised: 0, failed: false, error: null };
    try {
      const page = await source.fetchNew({ id: account.id, externalId: account.external_id, names }, account.cursor, since);
      const ingested = await ingestPosts(deps.db, deps.queue, page.posts.map((p) => ({ ...p, channelAccount: account.id })), (tx, ids) =>
        keepFiles(tx, page, ids),
      );
      Object.assign(result, { read: page.posts.length, accepted: ingested.accepted, revised: ingested.revised });
      const notes = [
        ingested.rejected.length ? `${ingested.rejected.length} post(s) rejected, first: ${ingested.rejected[0].details.map((d) => `${d.path} ${d.message}`).join('; ')}` : '',
        page.truncated ? 'more was new than one poll reads; the oldest of it was not read' : '',
      ].filter(Boolean);
      result.error = notes.length ? notes.join('. ') : null;
      await deps.db.query(
        `INSERT INTO source_cursors (channel_account_id, cursor, polled_at, posts_read, last_error, failed_at) VALUES ($1, $2, $3::timestamptz, $4, $5::text, CASE WHEN $5::text IS NULL THEN NULL ELSE $3::timestamptz END)
         ON CONFLICT (channel_account_id) DO UPDATE SET cursor = EXCLUDED.cursor, polled_at = EXCLUDED.polled_at,
           posts_read = source_cursors.posts_read + EXCLUDED.posts_read, last_error = EXCLUDED.last_error, failed_at = EXCLUDED.failed_at`,
        [account.id, page.cursor, deps.now(), page.posts.length, result.error],
      );
    } catch (err) {
      Object.assign(result, { failed: true, error: problemOf(err) });
      await deps.db.query(
        `INSERT INTO source_cursors (channel_account_id, last_error, failed_at) VALUES ($1, $2, $3)
         ON CONFLICT (channel_account_id) DO UPDATE SET last_error = EXCLUDED.last_error, failed_at = EXCLUDED.failed_at`,
        [account.id, result.error, deps.now()],
      );
    }
    results.push(result);
  }
  return results;
}
