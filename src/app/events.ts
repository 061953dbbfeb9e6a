// Live updates for open inboxes: changes are announced with pg_notify inside the writing transaction, so web
// processes hear about work done by any worker process, and only once it is committed. Payloads carry ids only.
import type { Queryable } from '../store/db.js';

export const EVENTS_CHANNEL = 'redress_events';

export interface LiveEvent {
  caseId: string;
  kind: 'created' | 'updated';
}

export async function announce(tx: Queryable, event: LiveEvent): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify(event)]);
}
