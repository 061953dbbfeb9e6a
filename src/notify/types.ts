// The notification contract shared by every delivery channel. Senders never decide *whether* to send
// (preferences.ts does) nor *when to retry* (retry.ts does); they deliver once and report what happened.

export const DESTINATION_KINDS = ['email', 'slack', 'teams', 'webhook'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];

export interface Destination {
  id: string;
  kind: DestinationKind;
  name: string;
  /** Incoming-webhook address for slack, teams and webhook destinations. */
  url?: string;
  /** Recipients for email destinations. */
  to?: string[];
  /** HMAC key for generic webhooks; without it the request goes unsigned. */
  secret?: string;
  /** May post text and author names leave the building through this destination? Off unless an admin opts in. */
  includeContent: boolean;
  /** Allow loopback/private targets (and plain http): for local testing and on-premises receivers only. */
  allowPrivateAddress?: boolean;
}

// `test` is the admin's "Send test" from Settings: it carries no case and no patient data.
export const NOTIFICATION_KINDS = ['page', 'escalation', 'assignment', 'mention', 'approval', 'digest', 'breach_warning', 'test'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface Notification {
  id: string;
  /** Stable across retries of the same delivery, so receivers can drop duplicates. */
  idempotencyKey: string;
  kind: NotificationKind;
  urgent: boolean;
  /** Caller-written headline. Treated as possibly containing PHI: only sent where content is allowed. */
  subject: string;
  caseId: string;
  caseUrl: string;
  category?: string;
  site?: string;
  severity?: string;
  /** PHI: only rendered when the destination's includeContent is true. */
  content?: { excerpt?: string; authorName?: string };
  createdAt: string;
}

export interface SendContext {
  /** Clock for signatures and timestamps; injected so tests are deterministic. */
  now?: () => Date;
  /** 1 for the first try; carried to receivers that want it. */
  attempt?: number;
}

export type DeliveryResult =
  | { ok: true; providerId?: string }
  | { ok: false; retryable: boolean; reason: string; /** Receiver asked us to wait (HTTP Retry-After). */ retryAfterMs?: number };

export interface Sender {
  kind: DestinationKind;
  /** Why this sender can deliver nothing at all (email without an SMTP server), so callers can say so before sending. */
  unavailable?: string;
  send(dest: Destination, notification: Notification, ctx?: SendContext): Promise<DeliveryResult>;
  /** Releases pooled connections (email); absent for stateless senders. */
  close?(): Promise<void>;
}
