// Replies read together with the case around them: who decided on one and why, what kind of reply an event
// was about, which clocks marking one sent will meet.
import type { CaseEvent, Clock, Reply, ReplyKind } from '../api/types.js';
import { platformLabel } from './labels.js';
import { metByContact } from '../../domain/clocks/policy.js';

export interface ReplyDecision {
  approved: boolean;
  /** The approver's name, when known. */
  by: string | null;
  /** When they decided (the decision event's time), when known. */
  at: string | null;
  comment: string | null;
}

const nameOf = (p: Reply['approver']): string | null => (p && typeof p === 'object' ? p.name : p || null);

/**
 * The approval decision on a reply: the latest `reply.approved`/`reply.rejected` event naming it carries who, when
 * and the comment; the reply's own `approver` and `approvalComment` fill in what the event lacks.
 */
export function replyDecision(reply: Reply, timeline: CaseEvent[]): ReplyDecision | null {
  const event = [...timeline].reverse().find((e) => (e.type === 'reply.rejected' || e.type === 'reply.approved') && e.data?.replyId === reply.id);
  const comment = (typeof event?.data?.comment === 'string' && event.data.comment.trim() ? event.data.comment : null) ?? (reply.approvalComment?.trim() ? reply.approvalComment : null);
  const by = event?.actor.name ?? nameOf(reply.approver);
  if (!event && !by && !comment) return null;
  return { approved: event ? event.type === 'reply.approved' : reply.status !== 'rejected', by: by ?? null, at: event?.createdAt ?? null, comment };
}

export interface ReplyFacts {
  kind: ReplyKind | null;
  /** Sent by a person (a private word always is; a public reply when the platform has no reply API here). */
  manual: boolean | null;
}

/** What an event about a reply says of it, completed from the case's replies by id when the event lacks it. */
export function replyFacts(event: CaseEvent, replies: Reply[] = []): ReplyFacts {
  const d = event.data ?? {};
  const reply = typeof d.replyId === 'string' ? replies.find((r) => r.id === d.replyId) : undefined;
  const kind = (['public', 'private', 'email'] as const).find((k) => k === d.kind) ?? reply?.kind ?? null;
  let manual: boolean | null = typeof d.manual === 'boolean' ? d.manual : null;
  if (manual === null && kind && kind !== 'public') manual = true;
  if (manual === null && reply && ['manual', 'posted_manually'].includes(reply.status)) manual = true;
  if (manual === null && reply && ['queued', 'sent', 'failed'].includes(reply.status)) manual = false;
  return { kind, manual };
}

const KIND_NOUN: Record<ReplyKind, string> = { public: 'public reply', private: 'private message', email: 'email' };

/** "a private message", "an email", "a public reply". */
export const kindNoun = (kind: ReplyKind, article: 'a' | 'the' = 'a') => `${article === 'the' ? 'the' : kind === 'email' ? 'an' : 'a'} ${KIND_NOUN[kind]}`;

/** Where the reply goes: " on Google" for a public reply or a platform's private message; nothing for email. */
export function routeOf(kind: ReplyKind, platform: string | undefined): string {
  if (!platform || kind === 'email' || ['email', 'forwarded', 'test'].includes(platform)) return '';
  return ` on ${platformLabel(platform)}`;
}

/** The case's clocks still waiting on what marking a reply of this kind sent meets (each clock's `metBy`). */
export function clocksMetBySending(kind: ReplyKind, clocks: Clock[]): Clock[] {
  const contact = kind === 'public' ? 'public_reply' : 'private_outreach';
  return clocks.filter((c) => c.metBy && metByContact(c.metBy, contact) && c.state !== 'met' && c.state !== 'stopped');
}
