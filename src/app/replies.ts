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
import { approvalRequirement, approversInWords, mayApprove, type AppliedRule, type ApprovalRequirement } from '../domain/routing/approval.js';
import { teamOfRef } from '../domain/routing/resolve.js';
import type { Role } from '../config/file-schema.js';

export type ReplyKind = 'public' | 'private' | 'email';

const INVITES_CONTACT = /\b(message us|DM us|direct message|send us a (private )?message|reach out to|contact (us|our)|call (us|our)|email (us|our)|escr[ií]b[ae]nos|ll[aá]m[ae]nos|env[ií]enos un mensaje)\b/i;

export interface CaseForReply {
  id: string;
  siteId: string | null;
  confidential: boolean;
  platform: Platform;
  approvalRequired: boolean;
  /** The team that owns the case: approvers named as 'assigned' are its members. */
  teamId?: string | null;
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
  /** For a reply that waits for approval: which rules asked and whom they named (`approvalFor`), kept on its event. */
  approval?: ApprovalRequirement | null;
}

/** A reply the case cannot take as written; `field` names what to change. */
export class ReplyRefused extends Error {
  constructor(
    readonly reason: 'no_public_post' | 'duplicate',
    message: string,
    readonly field: { path: string; message: string },
  ) {
    super(message);
  }
}

/** Replies still on their way out: saving the same public text again would post it twice. */
const NOT_OUT_YET: Record<string, string> = {
  pending_approval: 'is already waiting for approval',
  manual: 'is already waiting to be posted by hand',
  queued: 'is already queued to be posted',
  sending: 'is already being posted',
  failed: 'is already queued to be posted (a retry is due)',
};

const ago = (from: Date, to: Date): string => {
  const minutes = Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 90) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} hours ago` : `${Math.round(hours / 24)} days ago`;
};

/**
 * The post a reply answers. A public reply answers the newest public post: a private message that joined the case
 * must never be the target of a public reply API. Other replies go to the author, so the newest post of any kind.
 */
async function replyTarget(tx: Queryable, caseId: string, kind: ReplyKind): Promise<string | null> {
  const post = await tx.query<{ id: string }>(
    `SELECT id FROM posts WHERE case_id = $1 ${kind === 'public' ? `AND visibility = 'public'` : ''} ORDER BY created_at DESC LIMIT 1`,
    [caseId],
  );
  const id = post.rows[0]?.id ?? null;
  if (kind === 'public' && !id)
    throw new ReplyRefused('no_public_post', 'This case has no public post to answer: only private messages came in. Follow up by private message or email.', {
      path: 'kind',
      message: 'no public post on this case',
    });
  return id;
}

/** Refuses a public reply whose text is already on its way out to the same post. */
async function refuseDuplicate(tx: Queryable, caseId: string, postId: string, text: string, at: Date): Promise<void> {
  const earlier = await tx.query<{ id: string; status: string; created_at: Date; writer: string | null }>(
    `SELECT r.id, r.status, r.created_at, u.name AS writer FROM replies r LEFT JOIN users u ON u.id = r.created_by
      WHERE r.case_id = $1 AND r.post_id = $2 AND r.kind = 'public' AND r.status = ANY($3::text[])
        AND regexp_replace(btrim(r.text), '\\s+', ' ', 'g') = regexp_replace(btrim($4), '\\s+', ' ', 'g')
      ORDER BY r.created_at LIMIT 1`,
    [caseId, postId, Object.keys(NOT_OUT_YET), text],
  );
  const row = earlier.rows[0];
  if (!row) return;
  const written = `written ${row.writer ? `by ${row.writer} ` : ''}${ago(row.created_at, at)}`;
  throw new ReplyRefused('duplicate', `The same public reply to this post (${written}) ${NOT_OUT_YET[row.status]}; it was not saved a second time.`, {
    path: 'text',
    message: `same text as reply ${row.id}, which ${NOT_OUT_YET[row.status]}`,
  });
}

/**
 * Writes the reply, its event and (unless it waits for approval or a person) its delivery job, in one transaction.
 * Throws `ReplyRefused` for a public reply on a case without a public post, or one already on its way out.
 */
export async function queueReply(tx: Queryable, queue: JobQueue, channels: ChannelRegistry, c: CaseForReply, r: NewReply): Promise<{ id: string; status: string }> {
  // Only public replies go through the platform's reply API, which posts in public; a private word is sent by hand.
  const manual = r.kind !== 'public' || channels[c.platform].mode === 'manual';
  const status = r.kind === 'public' && c.approvalRequired ? 'pending_approval' : manual ? 'manual' : 'queued';
  const postId = await replyTarget(tx, c.id, r.kind);
  if (r.kind === 'public' && postId) await refuseDuplicate(tx, c.id, postId, r.text, r.at);
  const row = await tx.query<{ id: string }>(
    `INSERT INTO replies (case_id, post_id, kind, text, status, idempotency_key, findings, verdict, policy_version, override_reason, override_by, invites_contact, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      c.id, postId, r.kind, r.text, status, `reply-${randomUUID()}`, JSON.stringify(r.guard.findings), r.guard.verdict,
      r.guard.policyVersion ?? GUARD_POLICY_VERSION, r.overrideReason ?? null, r.overrideReason ? r.userId : null, r.kind === 'public' && INVITES_CONTACT.test(r.text), r.userId, r.at,
    ],
  );
  const id = row.rows[0].id;
  const actor: Actor = r.userId ? { kind: 'user', id: r.userId } : { kind: 'system' };
  // A held reply's event says which rules held it and who may approve it, in words and as the approve step reads it.
  const approval = status === 'pending_approval' && r.approval ? { approval: { ...r.approval, approvers: approversInWords(r.approval) } } : {};
  await addEvent(tx, c.id, status === 'pending_approval' ? 'reply.awaiting_approval' : 'reply.queued', actor, {
    replyId: id, kind: r.kind, verdict: r.guard.verdict, override: Boolean(r.overrideReason), manual, ...approval,
  }, r.at);
  if (status === 'queued') await queue.enqueue('reply.deliver', [{ replyId: id }], { tx });
  await announce(tx, { caseId: c.id, kind: 'updated' });
  return { id, status };
}

/**
 * What the rules that routed the case ask of approval, read from its timeline (`rule.applied`), so a case keeps the
 * rule it was routed by when the configuration changes later. Team references are read for the case as it is now:
 * 'assigned' is the team that owns it today.
 */
export async function approvalFor(db: Queryable, org: OrgState, c: CaseForReply): Promise<ApprovalRequirement | null> {
  const applied = await db.query<{ data: AppliedRule }>(`SELECT data FROM case_events WHERE case_id = $1 AND type = 'rule.applied' ORDER BY id`, [c.id]);
  const site = c.siteId ? org.sites.get(c.siteId) : undefined;
  const where = site ? { id: site.id, kind: site.kind ?? 'hospital' } : null;
  return approvalRequirement(applied.rows.map((e) => e.data), (ref) => teamOfRef(ref, org.teams, where, c.teamId ?? null));
}

/** The approval a held reply waits for, as its `reply.awaiting_approval` event recorded it (null: no rule named anyone). */
export async function heldApproval(db: Queryable, caseId: string, replyId: string): Promise<ApprovalRequirement | null> {
  const r = await db.query<{ approval: ApprovalRequirement | null }>(
    `SELECT data->'approval' AS approval FROM case_events WHERE case_id = $1 AND type = 'reply.awaiting_approval' AND data->>'replyId' = $2 ORDER BY id DESC LIMIT 1`,
    [caseId, replyId],
  );
  const approval = r.rows[0]?.approval;
  return approval && Array.isArray(approval.named) ? approval : null;
}

/**
 * Replies as the case screen shows them, a held one with whether this person may approve or reject it
 * (`canApprove`: their role, the rule's named approvers, and never the writer) and who may, in words.
 */
export async function withApprovalRights<R extends Record<string, unknown>>(
  db: Queryable,
  org: OrgState,
  who: { userId: string | null; role: Role; email: string | null },
  caseId: string,
  replies: R[],
): Promise<(R & { canApprove?: boolean; approvers?: string })[]> {
  if (!replies.some((r) => r.status === 'pending_approval')) return replies;
  const held = await db.query<{ reply_id: string; approval: ApprovalRequirement | null }>(
    `SELECT data->>'replyId' AS reply_id, data->'approval' AS approval FROM case_events WHERE case_id = $1 AND type = 'reply.awaiting_approval' ORDER BY id`,
    [caseId],
  );
  const byReply = new Map(held.rows.map((e) => [e.reply_id, e.approval && Array.isArray(e.approval.named) ? e.approval : null]));
  return replies.map((r) => {
    if (r.status !== 'pending_approval') return r;
    const approval = byReply.get(String(r.id)) ?? null;
    const isWriter = Boolean(who.userId) && r.createdById === who.userId;
    return { ...r, canApprove: !isWriter && mayApprove(who, approval, org.teams), approvers: approversInWords(approval) };
  });
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
