// Processing one ingested post: triage it, then open a case, join the author's open case, or keep it as
// praise or chatter that reports count. Idempotent: a processed post is skipped, so job retries are safe.
import type { Db } from '../store/db.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Platform } from '../domain/platform.js';
import type { Triage } from '../triage/types.js';
import { analyze, ENGINE_VERSION } from '../triage/analyze.js';
import type { OrgState } from './org-state.js';
import { addEvent } from './timeline.js';
import { routeNewCase } from './route-case.js';
import { announce } from './events.js';
import { resumeWaitingClocks } from './clock-triggers.js';

interface PostRow {
  id: string;
  platform: Platform;
  text: string;
  rating: number | null;
  author_id: string;
  channel_account_id: string | null;
  listing_site_id: string | null;
  visibility: 'public' | 'private';
  case_id: string | null;
  processed_at: Date | null;
  handle: string | null;
  display_name: string | null;
  created_at: Date;
}

export type PostOutcome = 'skipped' | 'opened' | 'joined' | 'updated' | 'kept';

const EXCERPT_CHARS = 280;

/**
 * Complaints open cases; so does any post carrying a risk (a crisis post is often no complaint at all, and it is the
 * one that must reach a person), and a forwarded post, which a person already chose as needing follow-up.
 */
function opensCase(post: PostRow, triage: Triage): boolean {
  return post.platform === 'forwarded' || triage.complaint || triage.risks.length > 0;
}

export async function processPost(db: Db, queue: JobQueue, org: OrgState, postId: string, now = new Date()): Promise<PostOutcome> {
  return db.transaction(async (tx) => {
    const found = await tx.query<PostRow>(
      `SELECT p.id, p.platform, p.text, p.rating, p.author_id, p.channel_account_id, p.listing_site_id, p.visibility, p.case_id,
              p.processed_at, p.created_at, a.handle, a.display_name
         FROM posts p JOIN authors a ON a.id = p.author_id WHERE p.id = $1 FOR UPDATE OF p`,
      [postId],
    );
    const post = found.rows[0];
    if (!post || post.processed_at) return 'skipped';
    const triage = analyze(
      {
        id: post.id,
        text: post.text,
        platform: post.platform,
        rating: post.rating,
        listing: post.listing_site_id,
        author: { handle: post.handle ?? undefined, displayName: post.display_name ?? undefined },
        createdAt: post.created_at.toISOString(),
      },
      org.profile,
    );
    // Two posts of one author processed at once by two workers must not open two cases.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [post.author_id]);
    const open = await tx.query<{ id: string }>(
      `SELECT id FROM cases WHERE author_id = $1 AND status NOT IN ('resolved', 'closed') AND merged_into IS NULL ORDER BY created_at LIMIT 1`,
      [post.author_id],
    );
    let caseId = post.case_id ?? open.rows[0]?.id ?? null;
    let outcome: PostOutcome;
    if (post.case_id) {
      outcome = 'updated';
      await mergeTriageIntoCase(tx, post.case_id, triage, post.text);
    } else if (caseId) {
      outcome = 'joined';
      await mergeTriageIntoCase(tx, caseId, triage, post.text);
      await addEvent(tx, caseId, 'post.joined', { kind: 'automation' }, { postId: post.id, platform: post.platform, visibility: post.visibility });
      if (post.visibility === 'private') await resumeWaitingClocks(tx, org, now, caseId);
    } else if (opensCase(post, triage)) {
      outcome = 'opened';
      const siteId = triage.site ?? post.listing_site_id;
      const prior = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE author_id = $1', [post.author_id]);
      const created = await tx.query<{ id: string; number: number }>(
        // A case dates from the post: the patient has been waiting since they wrote, and reports measure from then.
        `INSERT INTO cases (site_id, author_id, platform, categories, risks, severity, timing, excerpt, search, confidential, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, to_tsvector('simple', $9), $10, LEAST($11::timestamptz, now())) RETURNING id, number`,
        [siteId, post.author_id, post.platform, triage.categories, triage.risks, triage.severity, triage.timing,
         post.text.slice(0, EXCERPT_CHARS), `${post.text} ${post.display_name ?? ''} ${post.handle ?? ''}`, post.visibility === 'private', post.created_at],
      );
      caseId = created.rows[0].id;
      await addEvent(tx, caseId, 'case.opened', { kind: 'automation' }, { postId: post.id, engine: ENGINE_VERSION });
      await routeNewCase(tx, queue, org, {
        caseId,
        caseNumber: created.rows[0].number,
        triage,
        siteId,
        platform: post.platform,
        channelAccountId: post.channel_account_id,
        visibility: post.visibility,
        author: { hasOpenCase: false, priorCases: prior.rows[0].n },
        now,
      });
    } else {
      outcome = 'kept';
    }
    await tx.query(`UPDATE posts SET triage = $2, triage_engine = $3, case_id = $4, processed_at = now() WHERE id = $1`, [
      post.id,
      JSON.stringify(triage),
      triage.engine,
      caseId,
    ]);
    if (caseId) await announce(tx, { caseId, kind: outcome === 'opened' ? 'created' : 'updated' });
    return outcome;
  });
}

/** A case is as serious as its most serious post: risks and categories add up, severity takes the maximum. */
async function mergeTriageIntoCase(tx: import('../store/db.js').Queryable, caseId: string, triage: Triage, text: string): Promise<void> {
  await tx.query(
    `UPDATE cases SET
       categories = ARRAY(SELECT DISTINCT unnest(categories || $2::text[])),
       risks = ARRAY(SELECT DISTINCT unnest(risks || $3::text[])),
       severity = GREATEST(severity, $4),
       timing = CASE WHEN $5 = 'now' THEN 'now' ELSE timing END,
       search = search || to_tsvector('simple', $6),
       version = version + 1, updated_at = now()
     WHERE id = $1`,
    [caseId, triage.categories, triage.risks, triage.severity, triage.timing, text],
  );
}
