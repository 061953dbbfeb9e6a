// Delivering one notification: in-app it already is (the row); email to the user when SMTP is configured and
// their preferences say now; a destination through its own kind's sender, which needs only its own configuration
// (a Slack page goes out without SMTP). Every attempt is logged; a failure retries with backoff and ends, past the
// policy, in the dead letter that admins see. A destination that cannot be used (turned off, email without SMTP) is
// recorded as not delivered, never as sent.
import type { Db } from '../store/db.js';
import type { JobQueue } from '../jobs/queue.js';
import {
  afterFailure,
  decideDelivery,
  DEFAULT_RETRY_POLICY,
  destinationFromStored,
  URGENT_RETRY_POLICY,
  type Destination,
  type DestinationKind,
  type Notification,
  type Sender,
  type StoredDestination,
  type UserPrefs,
} from '../notify/index.js';

interface Row {
  id: string;
  idempotency_key: string;
  kind: Notification['kind'] | 'informed';
  urgent: boolean;
  subject: string;
  case_id: string | null;
  status: string;
  attempts: number;
  created_at: Date;
  user_email: string | null;
  user_prefs: UserPrefs | null;
  dest: StoredDestination | null;
  category: string | null;
  site: string | null;
  severity: number | null;
}

export interface DeliveryDeps {
  db: Db;
  queue: JobQueue;
  senders: Record<DestinationKind, Sender>;
  publicUrl: string;
  /** REDRESS_ALLOW_PRIVATE_OUTBOUND, read at each send: see destinationFromStored. */
  allowPrivateOutbound: boolean;
  now(): Date;
}

export async function deliverNotification(deps: DeliveryDeps, id: string): Promise<void> {
  const { db } = deps;
  const r = await db.query<Row>(
    `SELECT n.*, u.email AS user_email, u.prefs AS user_prefs, c.categories[1] AS category, s.name AS site, c.severity,
            CASE WHEN d.id IS NULL THEN NULL ELSE to_jsonb(d) END AS dest
       FROM notifications n LEFT JOIN users u ON u.id = n.user_id LEFT JOIN destinations d ON d.id = n.destination_id
       LEFT JOIN cases c ON c.id = n.case_id LEFT JOIN sites s ON s.id = c.site_id
      WHERE n.id = $1`,
    [id],
  );
  const row = r.rows[0];
  if (!row || row.status === 'sent' || row.status === 'dead') return;
  const notification: Notification = {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    kind: row.kind === 'informed' ? 'assignment' : row.kind,
    urgent: row.urgent,
    subject: row.subject,
    caseId: row.case_id ?? '',
    caseUrl: row.case_id ? `${deps.publicUrl}/#/cases/${row.case_id}` : deps.publicUrl,
    category: row.category ?? undefined,
    site: row.site ?? undefined,
    severity: row.severity === null ? undefined : String(row.severity),
    createdAt: row.created_at.toISOString(),
  };
  if (row.dest && !row.dest.enabled) return notDelivered(deps, row, row.dest.kind, `destination “${row.dest.name}” is turned off`);
  let destination: Destination | null = null;
  const emailOff = deps.senders.email.unavailable;
  if (row.dest) {
    destination = destinationFromStored(row.dest, deps.allowPrivateOutbound);
  } else if (row.user_email && !emailOff) {
    const decision = decideDelivery(row.user_prefs?.mode ? row.user_prefs : { mode: 'immediate' }, notification, deps.now());
    if (decision.action !== 'send_now') {
      await db.query(`UPDATE notifications SET status = 'held', deliver_after = $2 WHERE id = $1`, [id, decision.at]);
      await deps.queue.enqueue('notification.deliver', [{ notificationId: id }], { startAfter: decision.at });
      return;
    }
    destination = { id: `user:${row.user_email}`, kind: 'email', name: row.user_email, to: [row.user_email], includeContent: false };
  }
  if (!destination) {
    // In-app only: the row is the notification, visible at GET /api/v1/notifications. Why no email went is kept.
    const detail = row.user_email && emailOff ? 'in-app only: email not sent, SMTP is not configured' : null;
    await db.transaction(async (tx) => {
      await tx.query(`UPDATE notifications SET status = 'sent', sent_at = now() WHERE id = $1`, [id]);
      await tx.query(`INSERT INTO notification_deliveries (notification_id, channel, attempt, ok, detail) VALUES ($1, 'in_app', 1, true, $2)`, [id, detail]);
    });
    return;
  }
  const attempt = row.attempts + 1;
  const result = await deps.senders[destination.kind].send(destination, notification, { attempt, now: deps.now });
  await db.transaction(async (tx) => {
    await tx.query(`INSERT INTO notification_deliveries (notification_id, channel, attempt, ok, detail) VALUES ($1, $2, $3, $4, $5)`, [
      id, destination.kind, attempt, result.ok, result.ok ? (result.providerId ?? null) : result.reason,
    ]);
    if (result.ok) {
      await tx.query(`UPDATE notifications SET status = 'sent', sent_at = now(), attempts = $2, last_error = NULL WHERE id = $1`, [id, attempt]);
      return;
    }
    const next = afterFailure(result, attempt, row.urgent ? URGENT_RETRY_POLICY : DEFAULT_RETRY_POLICY);
    if (next.action === 'dead_letter') {
      await tx.query(`UPDATE notifications SET status = 'dead', attempts = $2, last_error = $3 WHERE id = $1`, [id, attempt, result.reason]);
      return;
    }
    await tx.query(`UPDATE notifications SET status = 'failed', attempts = $2, last_error = $3 WHERE id = $1`, [id, attempt, result.reason]);
    await deps.queue.enqueue('notification.deliver', [{ notificationId: id }], { tx, startAfter: new Date(deps.now().getTime() + next.delayMs) });
  });
}

/** A delivery that cannot be attempted: logged and dead-lettered at once, with the reason, so nobody takes it for sent. */
async function notDelivered(deps: DeliveryDeps, row: Row, channel: string, reason: string): Promise<void> {
  const attempt = row.attempts + 1;
  await deps.db.transaction(async (tx) => {
    await tx.query(`INSERT INTO notification_deliveries (notification_id, channel, attempt, ok, detail) VALUES ($1, $2, $3, false, $4)`, [row.id, channel, attempt, reason]);
    await tx.query(`UPDATE notifications SET status = 'dead', attempts = $2, last_error = $3 WHERE id = $1`, [row.id, attempt, reason]);
  });
}
