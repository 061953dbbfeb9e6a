// Case clocks in the database: one row per clock with its due time and next wake-up in indexed columns, so the
// sweep asks PostgreSQL for what is due instead of scanning cases; the full record stays in `data`.
import type { Queryable } from '../store/db.js';
import { clockState, nextWakeAt, type Clock, type ClockPolicy } from '../domain/clocks/index.js';

export interface ClockWrite {
  caseId: string;
  clock: Clock;
  policy: ClockPolicy | undefined;
}

export async function saveClock(tx: Queryable, caseId: string, clock: Clock, policy: ClockPolicy | undefined): Promise<void> {
  await saveClocks(tx, [{ caseId, clock, policy }]);
}

/** Inserts or updates many clocks in one statement (one row per case and clock name). */
export async function saveClocks(tx: Queryable, all: ClockWrite[]): Promise<void> {
  if (all.length === 0) return;
  // One statement may not update a row twice; saved one by one, the last write of a clock would win, so it does here.
  const writes = [...new Map(all.map((w) => [`${w.caseId}:${w.clock.name}`, w])).values()];
  await tx.query(
    `INSERT INTO clocks (case_id, name, policy, state, due_at, next_wake_at, data)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::jsonb[])
     ON CONFLICT (case_id, name) DO UPDATE SET state = EXCLUDED.state, due_at = EXCLUDED.due_at,
       next_wake_at = EXCLUDED.next_wake_at, data = EXCLUDED.data`,
    [
      writes.map((w) => w.caseId),
      writes.map((w) => w.clock.name),
      writes.map((w) => w.clock.policy),
      writes.map((w) => w.clock.state),
      writes.map((w) => w.clock.dueAt),
      writes.map((w) => (w.policy ? nextWakeAt(w.clock, w.policy) : null)),
      writes.map((w) => JSON.stringify(w.clock)),
    ],
  );
}

/** Keeps the case's nearest unmet clock on the case row, for the inbox's countdown and "breaching soon" sort. */
export async function refreshNextClock(tx: Queryable, caseId: string): Promise<void> {
  await refreshNextClocks(tx, [caseId]);
}

/** What `refreshNextClocks` would store, for a new case whose clocks are all in memory (saves a write per case). */
export function nextClockOf(clocks: Clock[]): { dueAt: string; summary: Pick<Clock, 'name' | 'dueAt' | 'warningAt' | 'state'> } | null {
  const next = clocks.filter((c) => c.state !== 'met' && c.state !== 'stopped' && c.state !== 'paused').sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
  return next ? { dueAt: next.dueAt, summary: { name: next.name, dueAt: next.dueAt, warningAt: next.warningAt, state: next.state } } : null;
}

export async function refreshNextClocks(tx: Queryable, caseIds: string[]): Promise<void> {
  if (caseIds.length === 0) return;
  await tx.query(
    `UPDATE cases c SET next_due_at = n.due_at, next_clock = n.summary
       FROM unnest($1::uuid[]) AS k(case_id)
       LEFT JOIN LATERAL (
         SELECT due_at, jsonb_build_object('name', name, 'dueAt', data->>'dueAt', 'warningAt', data->>'warningAt', 'state', state) AS summary
           FROM clocks WHERE case_id = k.case_id AND state NOT IN ('met', 'stopped', 'paused') ORDER BY due_at LIMIT 1) n ON true
      WHERE c.id = k.case_id`,
    [[...new Set(caseIds)]],
  );
}

export async function caseClocks(db: Queryable, caseId: string, now: Date): Promise<(Pick<Clock, 'name' | 'policy' | 'startedAt' | 'dueAt' | 'state'> & { owner?: string; metLate: boolean })[]> {
  const r = await db.query<{ data: Clock }>('SELECT data FROM clocks WHERE case_id = $1 ORDER BY due_at', [caseId]);
  return r.rows.map(({ data }) => ({
    name: data.name, policy: data.policy, owner: data.owner, startedAt: data.startedAt, dueAt: data.dueAt, state: clockState(data, now),
    metLate: Boolean(data.metAt && data.breachedAt),
  }));
}
