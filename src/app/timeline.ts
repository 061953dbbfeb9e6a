// Appending to a case's timeline. Events are append-only (a trigger refuses updates and deletes).
import type { Queryable } from '../store/db.js';

export type Actor = { kind: 'user'; id: string } | { kind: 'automation' } | { kind: 'system' };

export interface NewEvent {
  caseId: string;
  type: string;
  actor: Actor;
  data?: object;
  /** When it happened by the runtime's clock; the database's clock if not given. */
  at?: Date;
}

export async function addEvent(tx: Queryable, caseId: string, type: string, actor: Actor, data: object = {}, at?: Date): Promise<void> {
  await addEvents(tx, [{ caseId, type, actor, data, at }]);
}

/** Many events in one statement; they keep their order on the timeline (ids follow the array). `at` dates those without their own time. */
export async function addEvents(tx: Queryable, events: NewEvent[], at?: Date): Promise<void> {
  if (events.length === 0) return;
  await tx.query(
    `INSERT INTO case_events (case_id, type, actor_kind, actor_id, data, created_at)
     SELECT e.case_id, e.type, e.actor_kind, e.actor_id, e.data, COALESCE(e.at, now())
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::jsonb[], $6::timestamptz[]) WITH ORDINALITY AS e(case_id, type, actor_kind, actor_id, data, at, n)
      ORDER BY e.n`,
    [
      events.map((e) => e.caseId),
      events.map((e) => e.type),
      events.map((e) => e.actor.kind),
      events.map((e) => (e.actor.kind === 'user' ? e.actor.id : null)),
      events.map((e) => JSON.stringify(e.data ?? {})),
      events.map((e) => (e.at ?? at)?.toISOString() ?? null),
    ],
  );
}
