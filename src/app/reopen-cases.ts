// Reopening ended cases when their patient comes back (src/domain/cases/reopen.ts says when): the case goes back
// into recovery with the reason on its timeline, loses the outcome it ended with, starts the clocks reopened cases
// start, and tells its owner.
import type { Queryable } from '../store/db.js';
import type { JobQueue } from '../jobs/queue.js';
import type { OrgState } from './org-state.js';
import { addEvent } from './timeline.js';
import { startClocksOn } from './clock-triggers.js';
import { createNotifications } from './notifications.js';

const AUTOMATION = { kind: 'automation' } as const;

interface EndedCase {
  id: string;
  number: number;
  status: string;
  outcome: string | null;
  siteId: string | null;
  teamId: string | null;
  assigneeId: string | null;
}

/** `reasons`: case id → why it reopens. Cases that are open again already, or merged away, are left alone. */
export async function reopenCases(tx: Queryable, queue: JobQueue, org: OrgState, now: Date, reasons: Map<string, string>): Promise<void> {
  if (reasons.size === 0) return;
  const ended = await tx.query<EndedCase>(
    `SELECT id, number, status, outcome, site_id AS "siteId", team_id AS "teamId", assignee_id AS "assigneeId"
       FROM cases WHERE id = ANY($1::uuid[]) AND status IN ('resolved', 'closed') AND merged_into IS NULL ORDER BY id FOR UPDATE`,
    [[...reasons.keys()]],
  );
  for (const c of ended.rows) {
    const reason = reasons.get(c.id)!;
    await tx.query(`UPDATE cases SET status = 'in_recovery', outcome = NULL, version = version + 1, updated_at = $2 WHERE id = $1`, [c.id, now]);
    await addEvent(tx, c.id, 'case.reopened', AUTOMATION, { from: c.status, to: 'in_recovery', reason }, now);
    if (c.outcome) await addEvent(tx, c.id, 'outcome.set', AUTOMATION, { from: c.outcome, to: null }, now);
    await startClocksOn(tx, org, now, c, 'case_reopened');
    if (c.assigneeId)
      await createNotifications(tx, queue, [
        { key: `reopened:${c.id}:${now.toISOString()}`, userId: c.assigneeId, kind: 'informed', urgent: false, subject: `Case #${c.number} reopened: ${reason}`, caseId: c.id },
      ]);
  }
}
