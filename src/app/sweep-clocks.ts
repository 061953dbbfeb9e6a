// The clock sweep: asks PostgreSQL for the clocks whose next wake-up has come (an indexed column), advances
// each with the pure clock rules, and records warnings, breaches and escalations. SKIP LOCKED lets several
// workers sweep at once without taking the same clock; the pure rules make a repeated sweep a no-op.
// Everything is decided in memory first and written with one multi-row statement per table, so a sweep's cost
// is a handful of round trips however many clocks are due.
import type { Db } from '../store/db.js';
import type { JobQueue } from '../jobs/queue.js';
import { advanceClock, type Clock } from '../domain/clocks/index.js';
import { escalationRecipient } from '../domain/routing/index.js';
import type { OrgState } from './org-state.js';
import { addEvents, type NewEvent } from './timeline.js';
import { refreshNextClocks, saveClocks, type ClockWrite } from './clocks.js';
import { createNotifications, type NewNotification } from './notifications.js';
import { announceAll } from './events.js';

export interface SweepResult {
  examined: number;
  events: number;
}

export async function sweepClocks(db: Db, queue: JobQueue, org: OrgState, now: Date, limit = 2000): Promise<SweepResult> {
  return db.transaction(async (tx) => {
    const due = await tx.query<{ case_id: string; data: Clock; assignee_email: string | null; number: number }>(
      `SELECT k.case_id, k.data, u.email AS assignee_email, c.number
         FROM clocks k JOIN cases c ON c.id = k.case_id LEFT JOIN users u ON u.id = c.assignee_id
        WHERE k.next_wake_at <= $1
        ORDER BY k.next_wake_at LIMIT $2
        FOR UPDATE OF k SKIP LOCKED`,
      [now, limit],
    );
    const clocks: ClockWrite[] = [];
    const events: NewEvent[] = [];
    const notes: NewNotification[] = [];
    const touched = new Set<string>();
    for (const row of due.rows) {
      const policy = org.clockPolicies.find((p) => p.id === row.data.policy);
      if (!policy) continue;
      const advanced = advanceClock(row.data, policy, now);
      clocks.push({ caseId: row.case_id, clock: advanced.clock, policy });
      touched.add(row.case_id);
      for (const e of advanced.events) {
        const type = e.type === 'warning' ? 'clock.warning' : e.type === 'breach' ? 'clock.breached' : 'clock.escalated';
        // Warnings and breaches go to the assignee; paging whoever is on call is the escalation chain's job, so
        // an unassigned breach is not paged twice.
        const who =
          e.type === 'escalation'
            ? escalationRecipient(e.notify, { teams: org.teams, owner: advanced.clock.owner, assignee: row.assignee_email, at: new Date(e.at) })
            : row.assignee_email
              ? { user: row.assignee_email }
              : { problem: 'unassigned' };
        events.push({
          caseId: row.case_id,
          type,
          actor: { kind: 'automation' },
          data: { clock: e.clock, at: e.at, ...('step' in e ? { step: e.step, note: e.note } : {}), to: 'user' in who ? who.user : null },
        });
        const userId = 'user' in who ? org.userIdByEmail.get(who.user.toLowerCase()) : undefined;
        if (!userId) continue;
        // A step that reaches the case's own assignee (the on-call person a crisis rule gave it to) tells them nothing
        // the breach did not: the timeline records the step, their phone is not paged again.
        if (e.type === 'escalation' && row.assignee_email && 'user' in who && who.user.toLowerCase() === row.assignee_email.toLowerCase()) continue;
        notes.push({
          key: `clock:${row.case_id}:${e.clock}:${e.type}:${'step' in e ? e.step : 0}`,
          userId,
          kind: e.type === 'warning' ? 'breach_warning' : 'escalation',
          urgent: e.type !== 'warning',
          subject: `Case #${row.number}: “${policy.name}” ${e.type === 'warning' ? 'due soon' : e.type === 'breach' ? 'overdue' : 'escalated to you'}`,
          caseId: row.case_id,
          payload: { clock: e.clock, at: e.at, ...('note' in e && e.note ? { note: e.note } : {}) },
        });
      }
    }
    await saveClocks(tx, clocks);
    await addEvents(tx, events);
    await createNotifications(tx, queue, notes);
    await refreshNextClocks(tx, [...touched]);
    await announceAll(tx, [...touched].map((caseId) => ({ caseId, kind: 'updated' as const })));
    return { examined: due.rows.length, events: events.length };
  });
}
