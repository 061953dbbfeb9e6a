// Ingestion: validated posts are written with their authors in one transaction together with the jobs that will
// process them. `(platform, externalId)` is unique, so sending the same batch twice creates nothing new; a known
// post whose text or rating changed becomes a new revision (the old one is kept), never an overwrite.
import type { Db, Queryable } from '../store/db.js';
import type { JobQueue } from '../jobs/queue.js';
import { schemaProblems, type Problem } from '../config/problems.js';
import { PostInputSchema, type PostInput } from './post-input.js';

/** Posts are queued for processing in groups: a bulk import costs one job row per group, not one per post. */
export const POSTS_PER_JOB = 200;

export interface IngestResult {
  accepted: number;
  duplicates: number;
  revised: number;
  rejected: { index: number; details: Problem[] }[];
  /** Post ids in input order; null for rejected entries. */
  ids: (string | null)[];
}

/** Problems that JSON Schema cannot express: text PostgreSQL cannot store. */
function textProblems(value: unknown, path: string, out: Problem[]): void {
  if (typeof value === 'string') {
    if (!value.isWellFormed()) out.push({ path, message: 'contains an invalid Unicode sequence (lone surrogate)' });
    else if (value.includes('\u0000')) out.push({ path, message: 'contains a NUL character' });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) textProblems(v, path ? `${path}.${k}` : k, out);
  }
}

export function validatePost(raw: unknown): { ok: true; post: PostInput } | { ok: false; details: Problem[] } {
  const details = schemaProblems(PostInputSchema, raw);
  if (details.length === 0) textProblems(raw, '', details);
  const post = raw as PostInput;
  if (details.length === 0 && !post.text.trim() && post.rating == null) details.push({ path: 'text', message: 'must not be empty unless the post has a rating' });
  if (details.length) return { ok: false, details };
  return { ok: true, post: raw as PostInput };
}

interface Lookups {
  channelSites: Map<string, string | null>;
  siteIds: Set<string>;
  userIdsByEmail: Map<string, string>;
}

async function loadLookups(db: Queryable): Promise<Lookups> {
  const [channels, sites, users] = await Promise.all([
    db.query<{ id: string; site_id: string | null }>('SELECT id, site_id FROM channel_accounts'),
    db.query<{ id: string }>('SELECT id FROM sites'),
    db.query<{ id: string; email: string }>('SELECT id, email FROM users'),
  ]);
  return {
    channelSites: new Map(channels.rows.map((c) => [c.id, c.site_id])),
    siteIds: new Set(sites.rows.map((s) => s.id)),
    userIdsByEmail: new Map(users.rows.map((u) => [u.email.toLowerCase(), u.id])),
  };
}

function referenceProblems(p: PostInput, l: Lookups): Problem[] {
  const out: Problem[] = [];
  if (p.channelAccount && !l.channelSites.has(p.channelAccount)) out.push({ path: 'channelAccount', message: `no channel account "${p.channelAccount}"` });
  if (p.listing && !l.siteIds.has(p.listing)) out.push({ path: 'listing', message: `no site "${p.listing}"` });
  if (p.forwardedBy && !l.userIdsByEmail.has(p.forwardedBy.toLowerCase())) out.push({ path: 'forwardedBy', message: `no user "${p.forwardedBy}"` });
  if (p.platform === 'forwarded' && !p.forwardedBy) out.push({ path: 'forwardedBy', message: 'required for a forwarded post' });
  return out;
}

function defaultVisibility(p: PostInput): 'public' | 'private' {
  return p.visibility ?? (p.platform === 'email' || p.platform === 'forwarded' ? 'private' : 'public');
}

/**
 * `within` runs in the ingestion transaction once the posts are written, with their ids in input order, so what a
 * caller stores beside a post (a forwarded screenshot) is written with it or not at all.
 */
export async function ingestPosts(db: Db, queue: JobQueue, raws: unknown[], within?: (tx: Queryable, ids: (string | null)[]) => Promise<void>): Promise<IngestResult> {
  const result: IngestResult = { accepted: 0, duplicates: 0, revised: 0, rejected: [], ids: raws.map(() => null) };
  const valid: { index: number; post: PostInput }[] = [];
  const lookups = await loadLookups(db);
  raws.forEach((raw, index) => {
    const v = validatePost(raw);
    const details = v.ok ? referenceProblems(v.post, lookups) : v.details;
    if (details.length) result.rejected.push({ index, details });
    else valid.push({ index, post: (v as { post: PostInput }).post });
  });
  // Within one batch the last copy of a post wins, as if the copies had been sent one after the other.
  const byKey = new Map<string, { index: number; post: PostInput }>();
  for (const v of valid) byKey.set(`${v.post.platform}\u0000${v.post.externalId}`, v);
  const unique = [...byKey.values()];
  if (unique.length === 0) return result;

  await db.transaction(async (tx) => {
    const authorIds = await upsertAuthors(tx, unique.map((u) => u.post));
    const rows = unique.map(({ post: p }) => ({
      platform: p.platform,
      external_id: p.externalId,
      url: p.url ?? null,
      thread_id: p.threadId ?? null,
      parent_id: p.parentId ?? null,
      author_id: authorIds.get(`${p.platform}\u0000${p.author.id}`),
      channel_account_id: p.channelAccount ?? null,
      listing_site_id: p.listing ?? (p.channelAccount ? lookups.channelSites.get(p.channelAccount) : null) ?? null,
      text: p.text,
      rating: p.rating ?? null,
      created_at: p.createdAt,
      visibility: defaultVisibility(p),
      forwarded_by: p.forwardedBy ? lookups.userIdsByEmail.get(p.forwardedBy.toLowerCase()) : null,
      raw: p,
    }));
    // One JSON parameter instead of fifteen per row: PostgreSQL binds and plans it faster, on both drivers.
    const inserted = await tx.query<{ id: string; platform: string; external_id: string }>(
      `INSERT INTO posts (platform, external_id, url, thread_id, parent_id, author_id, channel_account_id, listing_site_id, text, rating,
         created_at, visibility, forwarded_by, raw)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(platform text, external_id text, url text, thread_id text, parent_id text,
         author_id uuid, channel_account_id text, listing_site_id text, text text, rating smallint, created_at timestamptz, visibility text,
         forwarded_by uuid, raw jsonb)
       ON CONFLICT (platform, external_id) DO NOTHING
       RETURNING id, platform, external_id`,
      [JSON.stringify(rows)],
    );
    const newIds = new Map(inserted.rows.map((r) => [`${r.platform}\u0000${r.external_id}`, r.id]));
    const toProcess: string[] = [...newIds.values()];
    const known = unique.filter((u) => !newIds.has(`${u.post.platform}\u0000${u.post.externalId}`));
    const existing = await existingPosts(tx, known.map((k) => k.post));
    const idByKey = new Map(newIds);
    for (const { post } of unique) {
      const key = `${post.platform}\u0000${post.externalId}`;
      if (newIds.has(key)) {
        result.accepted++;
        continue;
      }
      const old = existing.get(key)!;
      idByKey.set(key, old.id);
      if (old.text === post.text && (old.rating ?? null) === (post.rating ?? null)) {
        result.duplicates++;
        continue;
      }
      await reviseRow(tx, old, post);
      result.revised++;
      toProcess.push(old.id);
    }
    for (const v of valid) result.ids[v.index] = idByKey.get(`${v.post.platform}\u0000${v.post.externalId}`) ?? null;
    // Copies of the same post earlier in the batch count as duplicates.
    result.duplicates += valid.length - unique.length;
    if (within) await within(tx, result.ids);
    const groups = Array.from({ length: Math.ceil(toProcess.length / POSTS_PER_JOB) }, (_, i) => toProcess.slice(i * POSTS_PER_JOB, (i + 1) * POSTS_PER_JOB));
    await queue.enqueue('post.process', groups.map((postIds) => ({ postIds })), { tx });
  });
  queue.wakeWorkers();
  return result;
}

async function upsertAuthors(tx: Queryable, posts: PostInput[]): Promise<Map<string, string>> {
  const authors = new Map<string, PostInput>();
  for (const p of posts) authors.set(`${p.platform}\u0000${p.author.id}`, p);
  const list = [...authors.values()];
  const rows = list.map((p) => ({ platform: p.platform, platform_user_id: p.author.id, handle: p.author.handle ?? null, display_name: p.author.displayName ?? null }));
  const r = await tx.query<{ id: string; platform: string; platform_user_id: string }>(
    `INSERT INTO authors (platform, platform_user_id, handle, display_name)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(platform text, platform_user_id text, handle text, display_name text)
     ON CONFLICT (platform, platform_user_id) DO UPDATE
       SET handle = COALESCE(EXCLUDED.handle, authors.handle), display_name = COALESCE(EXCLUDED.display_name, authors.display_name)
     RETURNING id, platform, platform_user_id`,
    [JSON.stringify(rows)],
  );
  return new Map(r.rows.map((a) => [`${a.platform}\u0000${a.platform_user_id}`, a.id]));
}

interface ExistingPost {
  id: string;
  platform: string;
  external_id: string;
  text: string;
  rating: number | null;
  raw: unknown;
  revision: number;
  case_id: string | null;
}

async function existingPosts(tx: Queryable, posts: PostInput[]): Promise<Map<string, ExistingPost>> {
  if (posts.length === 0) return new Map();
  const r = await tx.query<ExistingPost>(
    `SELECT p.id, p.platform, p.external_id, p.text, p.rating, p.raw, p.revision, p.case_id
       FROM posts p JOIN unnest($1::text[], $2::text[]) AS k(platform, external_id)
         ON p.platform = k.platform AND p.external_id = k.external_id
      FOR UPDATE OF p`,
    [posts.map((p) => p.platform), posts.map((p) => p.externalId)],
  );
  return new Map(r.rows.map((p) => [`${p.platform}\u0000${p.external_id}`, p]));
}

async function reviseRow(tx: Queryable, old: ExistingPost, post: PostInput): Promise<void> {
  await tx.query(`INSERT INTO post_revisions (post_id, revision, text, rating, raw) VALUES ($1, $2, $3, $4, $5)`, [
    old.id, old.revision, old.text, old.rating, JSON.stringify(old.raw),
  ]);
  await tx.query(`UPDATE posts SET text = $2, rating = $3, raw = $4, revision = revision + 1, processed_at = NULL WHERE id = $1`, [
    old.id, post.text, post.rating ?? null, JSON.stringify(post),
  ]);
  if (old.case_id)
    await tx.query(`INSERT INTO case_events (case_id, type, actor_kind, data) VALUES ($1, 'post.revised', 'system', $2)`, [
      old.case_id,
      JSON.stringify({ postId: old.id, revision: old.revision + 1, oldRating: old.rating, newRating: post.rating ?? null }),
    ]);
}
