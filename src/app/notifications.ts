// Creating notifications. Each has an idempotency key naming its purpose (e.g. route:<case>:<rule>:<user>), so a
// retried job or a repeated sweep never creates, and so never sends, the same notification twice.
import type { Queryable } from '../store/db.js';
import type { JobQueue } from '../jobs/queue.js';

export interface NewNotification {
  key: string;
  userId?: string;
  destinationId?: string;
  kind: 'page' | 'escalation' | 'assignment' | 'mention' | 'approval' | 'digest' | 'breach_warning' | 'informed';
  urgent: boolean;
  subject: string;
  caseId?: string;
  payload?: object;
}

export async function createNotifications(tx: Queryable, queue: JobQueue, items: NewNotification[]): Promise<number> {
  const created: string[] = [];
  for (const n of items) {
    const r = await tx.query<{ id: string }>(
      `INSERT INTO notifications (idempotency_key, user_id, destination_id, kind, urgent, subject, case_id, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [n.key, n.userId ?? null, n.destinationId ?? null, n.kind, n.urgent, n.subject, n.caseId ?? null, JSON.stringify(n.payload ?? {})],
    );
    if (r.rows[0]) created.push(r.rows[0].id);
  }
  await queue.enqueue('notification.deliver', created.map((notificationId) => ({ notificationId })), { tx });
  return created.length;
}
