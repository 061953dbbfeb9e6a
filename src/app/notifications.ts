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

/**
 * A person is told about a case only if they may open it (their sites, as the API decides) and their account is
 * active: a rotation or a team that spans sites must not carry a case to someone outside its site. `at`: the
 * runtime's clock, so a notice made by work played back at its own time (the demo's history) is dated then.
 */
export async function createNotifications(tx: Queryable, queue: JobQueue, items: NewNotification[], at?: Date): Promise<number> {
  if (items.length === 0) return 0;
  const r = await tx.query<{ id: string }>(
    `INSERT INTO notifications (idempotency_key, user_id, destination_id, kind, urgent, subject, case_id, payload, created_at)
     SELECT x.*, COALESCE($9::timestamptz, now()) FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::boolean[], $6::text[], $7::uuid[], $8::jsonb[])
              AS x(key, user_id, destination_id, kind, urgent, subject, case_id, payload)
       LEFT JOIN users u ON u.id = x.user_id
       LEFT JOIN cases c ON c.id = x.case_id
      WHERE x.user_id IS NULL
         OR (u.disabled_at IS NULL AND (x.case_id IS NULL OR u.role = 'admin' OR cardinality(u.sites) = 0 OR c.site_id = ANY(u.sites)))
     ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
    [
      items.map((n) => n.key),
      items.map((n) => n.userId ?? null),
      items.map((n) => n.destinationId ?? null),
      items.map((n) => n.kind),
      items.map((n) => n.urgent),
      items.map((n) => n.subject),
      items.map((n) => n.caseId ?? null),
      items.map((n) => JSON.stringify(n.payload ?? {})),
      at ?? null,
    ],
  );
  await queue.enqueue('notification.deliver', r.rows.map(({ id: notificationId }) => ({ notificationId })), { tx });
  return r.rows.length;
}

// What approval notices say. A request that someone else settled says who settled it, so nobody opens a case to
// approve what is already decided.

export const approvalRequestSubject = (caseNumber: number): string => `A public reply on case #${caseNumber} waits for your approval`;

export function approvalSettledSubject(caseNumber: number, approved: boolean, by: { name: string; isYou: boolean }): string {
  const verb = approved ? 'approved' : 'rejected';
  return by.isYou ? `You ${verb} the public reply on case #${caseNumber}` : `A public reply on case #${caseNumber} was ${verb} by ${by.name}`;
}

/** For the writer: what happens next to their reply (`status`: the reply's status after the decision). */
export function approvalOutcomeSubject(caseNumber: number, status: string): string {
  const outcome =
    status === 'manual' ? 'was approved: post it by hand and mark it posted' : status === 'queued' ? 'was approved and is being posted' : 'was rejected; the reason is on the case';
  return `Your public reply on case #${caseNumber} ${outcome}`;
}
