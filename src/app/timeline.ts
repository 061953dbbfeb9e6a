// Appending to a case's timeline. Events are append-only (a trigger refuses updates and deletes).
import type { Queryable } from '../store/db.js';

export type Actor = { kind: 'user'; id: string } | { kind: 'automation' } | { kind: 'system' };

export async function addEvent(tx: Queryable, caseId: string, type: string, actor: Actor, data: object = {}): Promise<void> {
  await tx.query(`INSERT INTO case_events (case_id, type, actor_kind, actor_id, data) VALUES ($1, $2, $3, $4, $5)`, [
    caseId,
    type,
    actor.kind,
    actor.kind === 'user' ? actor.id : null,
    JSON.stringify(data),
  ]);
}
