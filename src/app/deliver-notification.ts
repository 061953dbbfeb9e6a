// Delivering one notification: in-app it already is (the row); email to the user when SMTP is configured and
// their preferences say now; chat and webhook destinations through their sender. Every attempt is logged; a
// failure retries with backoff and ends, past the policy, in the dead letter that admins see.
import type { Db } from '../store/db.js';
import type { JobQueue } from '../jobs/queue.js';
import {
  afterFailure,
  decideDelivery,
  DEFAULT_RETRY_POLICY,
  URGENT_RETRY_POLICY,
  type Destination,
  type DestinationKind,
  type Notification,
  type Sender,
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
  dest: { id: string; kind: DestinationKind; name: string; config: { url?: string; to?: string[]; secret?: string }; include_content: boolean; allow_private_address: boolean; enabled: boolean } | null;
  category: string | null;
  site: string | null;
  severity: number | null;
}

export interface DeliveryDeps {
  db: Db;
  queue: JobQueue;
  senders: Record<DestinationKind, Sender> | null;
  publicUrl: string;
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
  let destination: Destination | null = null;
  if (row.dest?.enabled) {
    destination = { id: row.dest.id, kind: row.dest.kind, name: row.dest.name, ...row.dest.config, includeContent: row.dest.include_content, allowPrivateAddress: row.dest.allow_private_address };
  } else if (row.user_email && deps.senders) {
    const decision = decideDelivery(row.user_prefs?.mode ? row.user_prefs : { mode: 'immediate' }, notification, deps.now());
    if (decision.action !== 'send_now') {
      await db.query(`UPDATE notifications SET status = 'held', deliver_after = $2 WHERE id = $1`, [id, decision.at]);
      await deps.queue.enqueue('notification.deliver', [{ notificationId: id }], { startAfter: decision.at });
      return;
    }
    destination = { id: `user:${row.user_email}`, kind: 'email', name: row.user_email, to: [row.user_email], includeContent: false };
  }
  if (!destination || !deps.senders) {
    // In-app only: the row is the notification, visible at GET /api/v1/notifications.
    await db.transaction(async (tx) => {
      await tx.query(`UPDATE notifications SET status = 'sent', sent_at = now() WHERE id = $1`, [id]);
      await tx.query(`INSERT INTO notification_deliveries (notification_id, channel, attempt, ok, detail) VALUES ($1, 'in_app', 1, true, NULL)`, [id]);
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
