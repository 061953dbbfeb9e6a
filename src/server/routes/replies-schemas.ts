// What the reply routes answer (replies.ts), and the replies and guard findings a case shows (cases-schemas.ts).
import { Type } from '@sinclair/typebox';
import { RULE_IDS } from '../../domain/reply-guard/types.js';
import { SCENARIOS } from '../../domain/templates/index.js';
import { DateTime, Nullable, StringEnum, Uuid } from '../openapi.js';

export const REPLY_KINDS = ['public', 'private', 'email'] as const;
// The replies table's CHECK constraint (migration 002): there is no list of them in the code to import.
export const REPLY_STATUSES = ['pending_approval', 'queued', 'sending', 'sent', 'failed', 'manual', 'posted_manually', 'rejected'] as const;
const VERDICTS = ['ok', 'warn', 'block'] as const;

export const FindingSchema = Type.Object({
  rule: StringEnum(RULE_IDS),
  level: StringEnum(['block', 'warn'] as const, { description: 'block: the draft cannot go out as written (without a written override); warn: look again' }),
  start: Type.Integer({ description: 'UTF-16 offset into the draft' }),
  end: Type.Integer({ description: 'exclusive' }),
  message: Type.String(),
  suggestion: Type.Optional(Type.String()),
});

const Verdict = StringEnum(VERDICTS, { description: 'block when any finding blocks, else warn when any warns, else ok' });

export const GuardAnswer = Type.Object({
  verdict: Verdict,
  findings: Type.Array(FindingSchema),
  policyVersion: Type.String({ description: "the reply guard's policy version, e.g. `reply-guard@1.16.0`" }),
});

export const SentReply = Type.Object({
  id: Uuid(),
  status: StringEnum(['pending_approval', 'queued', 'manual'] as const, {
    description: 'pending_approval: waits for an approver; queued: Redress posts it; manual: someone posts or sends it by hand, then marks it posted',
  }),
  findings: Type.Array(FindingSchema),
  verdict: Verdict,
});

/** A reply as the case screen shows it (GET /api/v1/cases/{id}). */
export const CaseReply = Type.Object({
  id: Uuid(),
  kind: StringEnum(REPLY_KINDS),
  text: Type.String(),
  status: StringEnum(REPLY_STATUSES),
  findings: Type.Array(FindingSchema, { description: 'what the guard found when it was saved' }),
  verdict: Verdict,
  overrideReason: Nullable(Type.String(), { description: 'the written reason a blocked draft was sent anyway' }),
  approver: Nullable(Type.String(), { description: 'the name of whoever approved or rejected it' }),
  approvalComment: Nullable(Type.String(), { description: 'on a rejected reply, why' }),
  platformUrl: Nullable(Type.String()),
  error: Nullable(Type.String(), { description: 'why the last delivery attempt failed' }),
  createdBy: Nullable(Type.String(), { description: "the writer's name" }),
  createdById: Nullable(Uuid()),
  createdAt: DateTime(),
  sentAt: Nullable(DateTime()),
  canApprove: Type.Optional(Type.Boolean({ description: 'on a reply waiting for approval: whether you may approve or reject it (never its writer)' })),
  approvers: Type.Optional(Type.String({ description: 'on a reply waiting for approval: who may approve it, in words' })),
});

export const CaseTemplate = Type.Object({
  id: Type.String({ description: '<scenario>.<language>.<variant>' }),
  scenario: StringEnum(SCENARIOS),
  language: StringEnum(['en', 'es'] as const, { description: "the case's first post's language (Spanish, else English)" }),
  name: Type.String({ description: 'the scenario in words' }),
  channel: StringEnum(['public', 'private'] as const, { description: 'public: a public reply; private: a direct message or email' }),
  version: Type.Integer(),
  text: Type.String({ description: "filled with the site's approved contacts and your first name" }),
});

export const ReplyPolicy = Type.Object({
  version: Type.String({ description: 'the policy version the guard enforces' }),
  markdown: Type.String({ description: 'the written policy, as Markdown' }),
});
