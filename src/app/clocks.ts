// Case clocks in the database: one row per clock with its due time and next wake-up in indexed columns, so the
// sweep asks PostgreSQL for what is due instead of scanning cases; the full record stays in `data`.
import type { Queryable } from '../store/db.js';
import { clockState, nextWakeAt, type Clock, type ClockPolicy } from '../domain/clocks/index.js';

export async function saveClock(tx: Queryable, caseId: string, clock: Clock, policy: ClockPolicy | undefined): Promise<void> {
  const wake = policy ? nextWakeAt(clock, policy) : null;
  await tx.query(
    `INSERT INTO clocks (case_id, name, policy, state, due_at, next_wake_at, data) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (case_id, name) DO UPDATE SET state = EXCLUDED.state, due_at = EXCLUDED.due_at,
       next_wake_at = EXCLUDED.next_wake_at, data = EXCLUDED.data`,
    [caseId, clock.name, clock.policy, clock.state, clock.dueAt, wake, JSON.stringify(clock)],
  );
}

/** Keeps the case's nearest unmet clock on the case row, for the inbox's countdown and "breaching soon" sort. */
export async function refreshNextClock(tx: Queryable, caseId: string): Promise<void> {
  await tx.query(
    `UPDATE cases c SET next_due_at = n.due_at, next_clock = n.summary
       FROM (SELECT $1::uuid AS case_id) k
       LEFT JOIN LATERAL (
         SELECT due_at, jsonb_build_object('name', name, 'dueAt', data->>'dueAt', 'warningAt', data->>'warningAt', 'state', state) AS summary
           FROM clocks WHERE case_id = $1 AND state NOT IN ('met', 'paused') ORDER BY due_at LIMIT 1) n ON true
      WHERE c.id = k.case_id`,
    [caseId],
  );
}

export async function caseClocks(db: Queryable, caseId: string, now: Date): Promise<(Pick<Clock, 'name' | 'policy' | 'startedAt' | 'dueAt' | 'state'> & { owner?: string })[]> {
  const r = await db.query<{ data: Clock }>('SELECT data FROM clocks WHERE case_id = $1 ORDER BY due_at', [caseId]);
  return r.rows.map(({ data }) => ({ name: data.name, policy: data.policy, owner: data.owner, startedAt: data.startedAt, dueAt: data.dueAt, state: clockState(data, now) }));
}
