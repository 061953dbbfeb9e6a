// Reopening ended cases when their patient comes back (src/domain/cases/reopen.ts says when): the case goes back
// into recovery with the reason on its timeline, loses the outcome it ended with, starts the clocks reopened cases
// start (and, for a public complaint, the public acknowledgement a new one gets), and tells its owner.
import type { Queryable } from '../store/db.js';
import type { JobQueue } from '../jobs/queue.js';
import type { OrgState } from './org-state.js';
import { addEvent, addEvents } from './timeline.js';
import { startClocksOn } from './clock-triggers.js';
import { refreshNextClock, saveClocks } from './clocks.js';
import { createNotifications } from './notifications.js';
import { planReopenedComplaintClocks, type ReopenInput } from './route-case.js';
import type { ExistingClock } from '../domain/clocks/index.js';

const AUTOMATION = { kind: 'automation' } as const;

interface EndedCase {
  id: string;
  number: number;
  status: string;
  outcome: string | null;
  siteId: string | null;
  teamId: string | null;
  assigneeId: string | null;
  authorId: string | null;
}

/** Why a case reopens, and the posts of this batch that reopen it (a public complaint among them is owed a public answer). */
export interface Reopening {
  reason: string;
  posts: ReopenInput['post'][];
}

/** `reasons`: case id → why it reopens. Cases that are open again already, or merged away, are left alone. */
export async function reopenCases(tx: Queryable, queue: JobQueue, org: OrgState, now: Date, reasons: Map<string, Reopening>): Promise<void> {
  if (reasons.size === 0) return;
  const ended = await tx.query<EndedCase>(
    `SELECT id, number, status, outcome, site_id AS "siteId", team_id AS "teamId", assignee_id AS "assigneeId", author_id AS "authorId"
       FROM cases WHERE id = ANY($1::uuid[]) AND status IN ('resolved', 'closed') AND merged_into IS NULL ORDER BY id FOR UPDATE`,
    [[...reasons.keys()]],
  );
  for (const c of ended.rows) {
    const { reason, posts } = reasons.get(c.id)!;
    await tx.query(`UPDATE cases SET status = 'in_recovery', outcome = NULL, version = version + 1, updated_at = $2 WHERE id = $1`, [c.id, now]);
    await addEvent(tx, c.id, 'case.reopened', AUTOMATION, { from: c.status, to: 'in_recovery', reason }, now);
    if (c.outcome) await addEvent(tx, c.id, 'outcome.set', AUTOMATION, { from: c.outcome, to: null }, now);
    await startClocksOn(tx, org, now, c, 'case_reopened');
    await restartAcknowledgement(tx, org, now, c, posts);
    if (c.assigneeId)
      await createNotifications(tx, queue, [
        { key: `reopened:${c.id}:${now.toISOString()}`, userId: c.assigneeId, kind: 'informed', urgent: false, subject: `Case #${c.number} reopened: ${reason}`, caseId: c.id },
      ]);
  }
}

/**
 * A public complaint that reopens the case starts the public acknowledgement again, as a new case's public complaint
 * does (`planReopenedComplaintClocks`). Read after the reopened case's own clocks started, so an acknowledgement
 * the case still owes, or one a `case_reopened` policy just started, is never doubled.
 */
async function restartAcknowledgement(tx: Queryable, org: OrgState, now: Date, c: EndedCase, posts: ReopenInput['post'][]): Promise<void> {
  if (!posts.some((p) => p.visibility === 'public' && p.triage.complaint)) return;
  const existing = await tx.query<ExistingClock>(`SELECT policy, state FROM clocks WHERE case_id = $1 FOR UPDATE`, [c.id]);
  const clocks = [...existing.rows];
  // Routing sees the author as a new case would: their other cases, this one aside.
  const prior = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE author_id = $1 AND id <> $2`, [c.authorId, c.id]);
  const author = { hasOpenCase: false, priorCases: prior.rows[0].n };
  let started = false;
  for (const post of posts) {
    const plan = planReopenedComplaintClocks(org, { caseId: c.id, siteId: c.siteId, teamId: c.teamId, author, post, clocks, now });
    if (plan.clocks.length === 0) continue;
    await saveClocks(tx, plan.clocks);
    await addEvents(tx, plan.events, now);
    clocks.push(...plan.clocks.map((w) => ({ policy: w.clock.policy, state: w.clock.state })));
    started = true;
  }
  if (started) await refreshNextClock(tx, c.id);
}
