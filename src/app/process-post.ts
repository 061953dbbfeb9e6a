// Processing ingested posts: triage each, then open a case, join the author's open case, or keep it as praise or
// chatter that reports count. A batch is handled set-based in one transaction (a few statements whatever its size),
// because one query per step per post made processing a hundred times slower than ingesting. Idempotent: a
// processed post is skipped, so job retries are safe.
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../store/db.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Platform } from '../domain/platform.js';
import type { Triage } from '../triage/types.js';
import { analyze, ENGINE_VERSION } from '../triage/analyze.js';
import type { OrgState } from './org-state.js';
import { addEvents, type NewEvent } from './timeline.js';
import { planRouting, type RoutingPlan } from './route-case.js';
import { nextClockOf, saveClocks } from './clocks.js';
import { createNotifications } from './notifications.js';
import { announceAll } from './events.js';
import { resumeWaitingClocks } from './clock-triggers.js';
import { stillOnSite } from '../domain/on-site.js';
import { reopenWindowStart, revisionWorsened } from '../domain/cases/reopen.js';
import { reopenCases, type Reopening } from './reopen-cases.js';

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
  handle: string | null;
  display_name: string | null;
  created_at: Date;
  /** Of the case the post already belongs to (an edited post). */
  case_status: string | null;
  /** What the post read before this edit: its stored triage and its last revision's rating. */
  previous_triage: Triage | null;
  previous_rating: number | null;
}

export type PostOutcome = 'skipped' | 'opened' | 'joined' | 'updated' | 'kept';

const EXCERPT_CHARS = 280;
const AUTOMATION = { kind: 'automation' } as const;

/**
 * Complaints open cases; so does any post carrying a risk (a crisis post is often no complaint at all, and it is the
 * one that must reach a person), a forwarded post, which a person already chose as needing follow-up, and a post in a
 * language triage cannot read, which a person must read instead. A low star rating is an unhappy reviewer the team
 * can answer, whether it comes without words (Google allows those) or with words triage did not read as a complaint.
 */
function opensCase(post: PostRow, triage: Triage): boolean {
  return post.platform === 'forwarded' || triage.complaint || triage.risks.length > 0 || Boolean(triage.needsHuman) || lowStars(post);
}

/** The post that reopens an ended case, as its clocks need it; `postedAt` is when its news was written. */
function reopeningPost(post: PostRow, triage: Triage, postedAt: Date): Reopening['posts'][number] {
  return { id: post.id, triage, platform: post.platform, channelAccountId: post.channel_account_id, visibility: post.visibility, postedAt };
}

const lowStars = (post: Pick<PostRow, 'rating'>) => post.rating !== null && post.rating <= 2;

/** A person reads what triage could not: a language it does not know, or low stars over words it found no complaint in. */
function needsReading(post: Pick<PostRow, 'rating' | 'text'>, triage: Triage): boolean {
  return Boolean(triage.needsHuman) || (lowStars(post) && !triage.complaint && post.text.trim() !== '');
}

export const NEEDS_READING_TAG = 'needs-reading';

function previousReading(post: PostRow): { rating: number | null; complaint: boolean; risks: string[] } | null {
  return post.previous_triage ? { rating: post.previous_rating, complaint: post.previous_triage.complaint, risks: post.previous_triage.risks } : null;
}

function triagePost(post: PostRow, org: OrgState): Triage {
  return analyze(
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
}

/**
 * The post's triage as the case should take it: a post written "now" but long ago (an import, a late webhook) no
 * longer places anyone in the building. The stored triage keeps what the engine read.
 */
function asOf(triage: Triage, postedAt: Date, now: Date): Triage {
  return triage.timing === 'now' && !stillOnSite(postedAt, now) ? { ...triage, timing: 'past' } : triage;
}

export async function processPost(db: Db, queue: JobQueue, org: OrgState, postId: string, now = new Date()): Promise<PostOutcome> {
  return (await processPosts(db, queue, org, [postId], now))[0];
}

/** Outcomes in the order of `postIds`. */
export async function processPosts(db: Db, queue: JobQueue, org: OrgState, postIds: string[], now = new Date()): Promise<PostOutcome[]> {
  const outcomes = new Map<string, PostOutcome>();
  await db.transaction(async (tx) => {
    const found = await tx.query<PostRow>(
      `SELECT p.id, p.platform, p.text, p.rating, p.author_id, p.channel_account_id, p.listing_site_id, p.visibility, p.case_id,
              p.created_at, a.handle, a.display_name, c.status AS case_status, p.triage AS previous_triage,
              (SELECT r.rating FROM post_revisions r WHERE r.post_id = p.id ORDER BY r.revision DESC LIMIT 1) AS previous_rating
         FROM posts p JOIN authors a ON a.id = p.author_id LEFT JOIN cases c ON c.id = p.case_id
        WHERE p.id = ANY($1::uuid[]) AND p.processed_at IS NULL
        ORDER BY p.created_at, p.id FOR UPDATE OF p`,
      [postIds],
    );
    if (found.rows.length === 0) return;
    const posts = found.rows;
    const authorIds = [...new Set(posts.map((p) => p.author_id))];
    // Two workers holding posts of one author must not both open a case for them. Locks are taken in one global
    // order, so two batches sharing authors wait for each other instead of deadlocking.
    await tx.query(`SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtext(a) AS h FROM unnest($1::text[]) a ORDER BY 1) l`, [authorIds]);
    const history = await tx.query<{ author_id: string; open_case: string | null; resolved_case: string | null; cases: number }>(
      `SELECT author_id, count(*)::int AS cases,
              (array_agg(id ORDER BY created_at) FILTER (WHERE status NOT IN ('resolved', 'closed') AND merged_into IS NULL))[1] AS open_case,
              (array_agg(id ORDER BY resolved_at DESC) FILTER (WHERE status = 'resolved' AND merged_into IS NULL AND resolved_at >= $2))[1] AS resolved_case
         FROM cases WHERE author_id = ANY($1::uuid[]) GROUP BY author_id`,
      [authorIds, reopenWindowStart(now)],
    );
    const openCase = new Map(history.rows.filter((h) => h.open_case).map((h) => [h.author_id, h.open_case!]));
    const recentlyResolved = new Map(history.rows.filter((h) => h.resolved_case).map((h) => [h.author_id, h.resolved_case!]));
    const priorCases = new Map(history.rows.map((h) => [h.author_id, h.cases]));

    const batch = new BatchWrites();
    for (const post of posts) {
      const read = triagePost(post, org);
      const triage = asOf(read, post.created_at, now);
      const caseId = post.case_id ?? openCase.get(post.author_id) ?? recentlyResolved.get(post.author_id) ?? null;
      let outcome: PostOutcome;
      if (post.case_id) {
        outcome = 'updated';
        batch.merge(post.case_id, triage, post.text);
        const worse = post.case_status === 'resolved' || post.case_status === 'closed' ? revisionWorsened(previousReading(post), { rating: post.rating, ...triage }) : null;
        // An edit is news when it is made: its clocks count from now, not from when the post was first written.
        if (worse) batch.reopenBy(post.case_id, worse, reopeningPost(post, triage, now));
      } else if (caseId) {
        outcome = 'joined';
        batch.merge(caseId, triage, post.text);
        batch.events.push({ caseId, type: 'post.joined', actor: AUTOMATION, data: { postId: post.id, platform: post.platform, visibility: post.visibility } });
        if (post.visibility === 'private') batch.resume.add(caseId);
        // A thank-you joins the resolved case it answers; a new complaint takes it back into recovery.
        if (!openCase.has(post.author_id) && opensCase(post, triage)) {
          batch.reopenBy(caseId, 'its author wrote again', reopeningPost(post, triage, post.created_at));
          openCase.set(post.author_id, caseId);
        }
      } else if (opensCase(post, triage)) {
        outcome = 'opened';
        const opened = batch.open(post, triage);
        openCase.set(post.author_id, opened.id);
        const prior = priorCases.get(post.author_id) ?? 0;
        priorCases.set(post.author_id, prior + 1);
        opened.priorCases = prior;
      } else {
        outcome = 'kept';
      }
      outcomes.set(post.id, outcome);
      batch.posts.push({ id: post.id, triage: read, case_id: outcome === 'kept' ? null : (post.case_id ?? openCase.get(post.author_id) ?? caseId) });
    }
    await batch.write(tx, queue, org, now);
  });
  return postIds.map((id) => outcomes.get(id) ?? 'skipped');
}

interface NewCase {
  id: string;
  post: PostRow;
  triage: Triage;
  siteId: string | null;
  priorCases: number;
}

interface CaseMerge {
  categories: Set<string>;
  risks: Set<string>;
  severity: number;
  now: boolean;
  text: string;
}

/** What a batch of posts writes, collected in memory and written with one statement per table. */
class BatchWrites {
  readonly opened: NewCase[] = [];
  readonly merges = new Map<string, CaseMerge>();
  readonly events: NewEvent[] = [];
  readonly resume = new Set<string>();
  /** Ended cases to take back into recovery, with why and the posts that reopen them. */
  readonly reopen = new Map<string, Reopening>();
  readonly posts: { id: string; triage: Triage; case_id: string | null }[] = [];

  open(post: PostRow, triage: Triage): NewCase {
    const opened = { id: randomUUID(), post, triage, siteId: triage.site ?? post.listing_site_id, priorCases: 0 };
    this.opened.push(opened);
    return opened;
  }

  /** The first reason a case reopens is the one its timeline gives; every reopening post counts for its clocks. */
  reopenBy(caseId: string, reason: string, post: Reopening['posts'][number]): void {
    const had = this.reopen.get(caseId);
    if (had) had.posts.push(post);
    else this.reopen.set(caseId, { reason, posts: [post] });
  }

  /** A case is as serious as its most serious post: risks and categories add up, severity takes the maximum. */
  merge(caseId: string, triage: Triage, text: string): void {
    const m = this.merges.get(caseId) ?? { categories: new Set(), risks: new Set(), severity: 0, now: false, text: '' };
    for (const c of triage.categories) m.categories.add(c);
    for (const r of triage.risks) m.risks.add(r);
    m.severity = Math.max(m.severity, triage.severity);
    m.now ||= triage.timing === 'now';
    m.text += ` ${text}`;
    this.merges.set(caseId, m);
  }

  async write(tx: Queryable, queue: JobQueue, org: OrgState, now: Date): Promise<void> {
    const plans = await this.insertCases(tx, org, now);
    await this.applyMerges(tx);
    await tx.query(
      `UPDATE posts p SET triage = u.triage, triage_engine = u.triage->>'engine', case_id = u.case_id, processed_at = now()
         FROM unnest($1::uuid[], $2::jsonb[], $3::uuid[]) AS u(id, triage, case_id) WHERE p.id = u.id`,
      [this.posts.map((p) => p.id), this.posts.map((p) => JSON.stringify(p.triage)), this.posts.map((p) => p.case_id)],
    );
    // The timeline of a new case reads: opened, the routing decisions, then posts that joined it.
    const opened = this.opened.map((c): NewEvent => ({ caseId: c.id, type: 'case.opened', actor: AUTOMATION, data: { postId: c.post.id, engine: ENGINE_VERSION } }));
    await addEvents(tx, [...opened, ...plans.flatMap((p) => p.events), ...this.events], now);
    await saveClocks(tx, plans.flatMap((p) => p.clocks));
    await reopenCases(tx, queue, org, now, this.reopen);
    await createNotifications(tx, queue, plans.flatMap((p) => p.notifications));
    for (const caseId of this.resume) await resumeWaitingClocks(tx, org, now, caseId);
    const created = new Set(this.opened.map((c) => c.id));
    const touched = new Set(this.posts.map((p) => p.case_id).filter((id): id is string => id !== null));
    await announceAll(tx, [...touched].map((caseId) => ({ caseId, kind: created.has(caseId) ? 'created' : 'updated' })));
  }

  /** New cases are written already routed: numbers are drawn first so routing can name them in notifications. */
  private async insertCases(tx: Queryable, org: OrgState, now: Date): Promise<RoutingPlan[]> {
    if (this.opened.length === 0) return [];
    const numbers = await tx.query<{ n: number }>(`SELECT nextval(pg_get_serial_sequence('cases', 'number'))::int AS n FROM generate_series(1, $1)`, [this.opened.length]);
    const plans = this.opened.map((c, i) =>
      planRouting(org, {
        caseId: c.id,
        caseNumber: numbers.rows[i].n,
        triage: c.triage,
        siteId: c.siteId,
        platform: c.post.platform,
        channelAccountId: c.post.channel_account_id,
        visibility: c.post.visibility,
        author: { hasOpenCase: false, priorCases: c.priorCases },
        postedAt: c.post.created_at,
        now,
      }),
    );
    await tx.query(
      // A case dates from the post: the patient has been waiting since they wrote, and reports measure from then.
      `INSERT INTO cases (id, number, site_id, author_id, platform, categories, risks, severity, timing, excerpt, search, confidential,
                          team_id, assignee_id, priority, tags, approval_required, next_due_at, next_clock, status, created_at)
       SELECT r.id, r.number, r.site_id, r.author_id, r.platform, r.categories, r.risks, r.severity, r.timing, r.excerpt,
              to_tsvector('simple', case_search_text(r.search)), r.confidential, r.team_id, r.assignee_id, r.priority, r.tags, r.approval_required,
              r.next_due_at, r.next_clock, 'triaged', LEAST(r.created_at, now())
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, number int, site_id text, author_id uuid, platform text, categories text[],
              risks text[], severity smallint, timing text, excerpt text, search text, confidential boolean, team_id text,
              assignee_id uuid, priority text, tags text[], approval_required boolean, next_due_at timestamptz, next_clock jsonb,
              created_at timestamptz)`,
      [
        JSON.stringify(
          this.opened.map((c, i) => {
            const plan = plans[i];
            const p = c.post;
            const next = nextClockOf(plan.clocks.map((w) => w.clock));
            return {
              id: c.id, number: numbers.rows[i].n, site_id: c.siteId, author_id: p.author_id, platform: p.platform,
              categories: c.triage.categories, risks: c.triage.risks, severity: c.triage.severity, timing: c.triage.timing,
              excerpt: p.text.slice(0, EXCERPT_CHARS), search: `${p.text} ${p.display_name ?? ''} ${p.handle ?? ''}`,
              confidential: plan.confidential, team_id: plan.team, assignee_id: plan.assigneeId, priority: plan.priority,
              tags: needsReading(p, c.triage) ? [...plan.tags, NEEDS_READING_TAG] : plan.tags, approval_required: plan.approvalRequired, next_due_at: next?.dueAt ?? null,
              next_clock: next?.summary ?? null, created_at: p.created_at,
            };
          }),
        ),
      ],
    );
    return plans;
  }

  private async applyMerges(tx: Queryable): Promise<void> {
    if (this.merges.size === 0) return;
    await tx.query(
      `UPDATE cases c SET
         categories = ARRAY(SELECT DISTINCT unnest(c.categories || m.categories)),
         risks = ARRAY(SELECT DISTINCT unnest(c.risks || m.risks)),
         severity = GREATEST(c.severity, m.severity),
         timing = CASE WHEN m.now THEN 'now' ELSE c.timing END,
         search = COALESCE(c.search, ''::tsvector) || to_tsvector('simple', case_search_text(m.text)),
         version = c.version + 1, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS m(id uuid, categories text[], risks text[], severity smallint, now boolean, text text)
        WHERE c.id = m.id`,
      [JSON.stringify([...this.merges].map(([id, m]) => ({ id, categories: [...m.categories], risks: [...m.risks], severity: m.severity, now: m.now, text: m.text })))],
    );
  }
}
