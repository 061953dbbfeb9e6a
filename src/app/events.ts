// Live updates for open inboxes: changes are announced with pg_notify inside the writing transaction, so web
// processes hear about work done by any worker process, and only once it is committed. Payloads carry ids only.
import type { Queryable } from '../store/db.js';

export const EVENTS_CHANNEL = 'redress_events';

export interface LiveEvent {
  caseId: string;
  kind: 'created' | 'updated';
}

export async function announce(tx: Queryable, event: LiveEvent): Promise<void> {
  await announceAll(tx, [event]);
}

export async function announceAll(tx: Queryable, events: LiveEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.query('SELECT pg_notify($1, e) FROM unnest($2::text[]) AS e', [EVENTS_CHANNEL, events.map((e) => JSON.stringify(e))]);
}
