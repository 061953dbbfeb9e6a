// Replies: checked by the PHI guard, approved where a rule requires it, and delivered through an outbox. The reply
// row is written in the same transaction as its timeline event and its delivery job; delivery marks the row
// "sending" before it calls the platform, so after a crash or a failed call the retry first asks the platform
// whether the reply is already there (by its idempotency key) and never posts twice.
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../store/db.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Platform } from '../domain/platform.js';
import type { OrgState } from './org-state.js';
import type { ChannelRegistry } from '../channels/registry.js';
import { ChannelError } from '../channels/types.js';
import { checkReply, type GuardResult } from '../domain/reply-guard/check.js';
import { GUARD_POLICY_VERSION } from '../domain/reply-guard/policy.js';
import { addEvent, type Actor } from './timeline.js';
import { announce } from './events.js';
import { meetClocksFor, pauseOutreachForPatient } from './clock-triggers.js';

export type ReplyKind = 'public' | 'private' | 'email';

const INVITES_CONTACT = /\b(message us|DM us|direct message|send us a (private )?message|reach out to|contact (us|our)|call (us|our)|email (us|our)|escr[ií]b[ae]nos|ll[aá]m[ae]nos|env[ií]enos un mensaje)\b/i;

export interface CaseForReply {
  id: string;
  siteId: string | null;
  confidential: boolean;
  platform: Platform;
  approvalRequired: boolean;
}

/** `writer`: the name of whoever writes the reply, so their own signature is not read as a patient's name. */
export async function guardFor(db: Queryable, org: OrgState, c: CaseForReply, text: string, kind: ReplyKind, writer?: string): Promise<GuardResult> {
  const first = await db.query<{ text: string; handle: string | null; display_name: string | null }>(
    `SELECT p.text, a.handle, a.display_name FROM posts p JOIN authors a ON a.id = p.author_id WHERE p.case_id = $1 ORDER BY p.created_at LIMIT 1`,
    [c.id],
  );
  const post = first.rows[0];
  return checkReply(text, {
    profile: org.profile,
    post: post ? { text: post.text, author: { handle: post.handle ?? undefined, displayName: post.display_name ?? undefined } } : undefined,
    confidential: c.confidential,
    platform: c.platform,
    siteId: c.siteId,
    visibility: kind === 'public' ? 'public' : 'private',
    writer,
  });
}

export interface NewReply {
  kind: ReplyKind;
  text: string;
  guard: GuardResult;
  overrideReason?: string;
  userId: string | null;
  /** The runtime's clock, so the reply and its event carry the time the runtime lives in. */
  at: Date;
}

/** Writes the reply, its event and (unless it waits for approval or a person) its delivery job, in one transaction. */
export async function queueReply(tx: Queryable, queue: JobQueue, channels: ChannelRegistry, c: CaseForReply, r: NewReply): Promise<{ id: string; status: string }> {
  // Only public replies go through the platform's reply API, which posts in public; a private word is sent by hand.
  const manual = r.kind !== 'public' || channels[c.platform].mode === 'manual';
  const status = r.kind === 'public' && c.approvalRequired ? 'pending_approval' : manual ? 'manual' : 'queued';
  const postId = await tx.query<{ id: string }>(`SELECT id FROM posts WHERE case_id = $1 ORDER BY created_at DESC LIMIT 1`, [c.id]);
  const row = await tx.query<{ id: string }>(
    `INSERT INTO replies (case_id, post_id, kind, text, status, idempotency_key, findings, verdict, policy_version, override_reason, override_by, invites_contact, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      c.id, postId.rows[0]?.id ?? null, r.kind, r.text, status, `reply-${randomUUID()}`, JSON.stringify(r.guard.findings), r.guard.verdict,
      r.guard.policyVersion ?? GUARD_POLICY_VERSION, r.overrideReason ?? null, r.overrideReason ? r.userId : null, r.kind === 'public' && INVITES_CONTACT.test(r.text), r.userId, r.at,
    ],
  );
  const id = row.rows[0].id;
  const actor: Actor = r.userId ? { kind: 'user', id: r.userId } : { kind: 'system' };
  await addEvent(tx, c.id, status === 'pending_approval' ? 'reply.awaiting_approval' : 'reply.queued', actor, {
    replyId: id, kind: r.kind, verdict: r.guard.verdict, override: Boolean(r.overrideReason), manual,
  }, r.at);
  if (status === 'queued') await queue.enqueue('reply.deliver', [{ replyId: id }], { tx });
  await announce(tx, { caseId: c.id, kind: 'updated' });
  return { id, status };
}

interface ReplyRow {
  id: string;
  case_id: string;
  kind: ReplyKind;
  text: string;
  status: string;
  idempotency_key: string;
  invites_contact: boolean;
  platform: Platform;
  external_id: string | null;
  thread_id: string | null;
  parent_id: string | null;
  account_external_id: string | null;
}

/** Marks a reply as out (sent by us or posted by hand) and meets the clock it answers. */
export async function markReplyOut(tx: Queryable, org: OrgState, at: Date, reply: { id: string; case_id: string; kind: ReplyKind; invites_contact?: boolean }, sent: { platformReplyId: string | null; url: string | null; manual: boolean; actor: Actor }): Promise<void> {
  await tx.query(`UPDATE replies SET status = $2, platform_reply_id = $3, platform_url = $4, sent_at = $5, error = NULL WHERE id = $1`, [
    reply.id, sent.manual ? 'posted_manually' : 'sent', sent.platformReplyId, sent.url, at,
  ]);
  await addEvent(tx, reply.case_id, 'reply.sent', sent.actor, { replyId: reply.id, kind: reply.kind, url: sent.url, manual: sent.manual }, at);
  await meetClocksFor(tx, org, at, reply.case_id, reply.kind === 'public' ? 'public_reply' : 'private_outreach');
  if (reply.invites_contact) await pauseOutreachForPatient(tx, org, at, reply.case_id);
  // The first reply out acknowledges the case; the timeline says so, from which status, and who did it.
  const moved = await tx.query<{ from: string }>(
    `UPDATE cases c SET status = 'acknowledged', version = c.version + 1, updated_at = $2
       FROM (SELECT id, status FROM cases WHERE id = $1 FOR UPDATE) before
      WHERE c.id = before.id AND before.status IN ('new', 'triaged')
      RETURNING before.status AS "from"`,
    [reply.case_id, at],
  );
  if (moved.rows[0]) await addEvent(tx, reply.case_id, 'status.changed', sent.actor, { from: moved.rows[0].from, to: 'acknowledged', because: 'reply.sent' }, at);
  await announce(tx, { caseId: reply.case_id, kind: 'updated' });
}

export interface DeliverDeps {
  db: Db;
  channels: ChannelRegistry;
  org: { get(): Promise<OrgState> };
  now(): Date;
  /** Tests only: runs after the platform accepted the reply and before it is marked sent, to simulate a crash there. */
  afterSend?: () => Promise<void>;
}

export async function deliverReply(deps: DeliverDeps, replyId: string): Promise<'sent' | 'already' | 'skipped'> {
  const claimed = await deps.db.transaction(async (tx) => {
    const r = await tx.query<ReplyRow>(
      `SELECT r.id, r.case_id, r.kind, r.text, r.status, r.idempotency_key, r.invites_contact, c.platform, p.external_id, p.thread_id, p.parent_id, ca.external_id AS account_external_id
         FROM replies r JOIN cases c ON c.id = r.case_id LEFT JOIN posts p ON p.id = r.post_id LEFT JOIN channel_accounts ca ON ca.id = p.channel_account_id
        WHERE r.id = $1 FOR UPDATE OF r`,
      [replyId],
    );
    const row = r.rows[0];
    if (!row || !['queued', 'sending', 'failed'].includes(row.status)) return null;
    // A private reply queued by an older version must never reach a public reply API: it goes to a person.
    if (row.kind !== 'public') {
      await tx.query(`UPDATE replies SET status = 'manual', error = 'A private reply is sent by hand, never through a public reply API.' WHERE id = $1`, [replyId]);
      return null;
    }
    // `failed` too: a timeout or a dropped connection may come after the platform accepted the reply.
    const interrupted = row.status === 'sending' || row.status === 'failed';
    await tx.query(`UPDATE replies SET status = 'sending', attempts = attempts + 1 WHERE id = $1`, [replyId]);
    return { row, interrupted };
  });
  if (!claimed) return 'skipped';
  const { row, interrupted } = claimed;
  const channel = deps.channels[row.platform];
  const target = { platform: row.platform, postExternalId: row.external_id ?? '', threadId: row.thread_id, parentExternalId: row.parent_id, channelAccountExternalId: row.account_external_id };
  const outgoing = { text: row.text, idempotencyKey: row.idempotency_key };
  const already = interrupted ? await channel.findSent(target, outgoing) : null;
  let sent = already;
  if (!sent) {
    try {
      sent = await channel.sendReply(target, outgoing);
    } catch (err) {
      const retryable = !(err instanceof ChannelError) || err.retryable;
      await deps.db.query(`UPDATE replies SET status = $2, error = $3 WHERE id = $1`, [replyId, retryable ? 'failed' : 'manual', (err as Error).message]);
      if (retryable) throw err;
      return 'skipped';
    }
    await deps.afterSend?.();
  }
  const org = await deps.org.get();
  await deps.db.transaction((tx) => markReplyOut(tx, org, deps.now(), row, { platformReplyId: sent.platformReplyId, url: sent.url, manual: false, actor: { kind: 'automation' } }));
  return already ? 'already' : 'sent';
}
