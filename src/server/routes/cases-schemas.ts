// What the case routes answer (cases.ts): one CaseSummary for the inbox, a changed or merged case and the author's
// other cases, and the case screen's detail built on it.
import { Type } from '@sinclair/typebox';
import { CASE_STATUSES } from '../../domain/cases/status.js';
import { CASE_OUTCOMES } from '../../domain/cases/outcomes.js';
import { CLOCK_MET_BY, type ClockState, type WhenCaseEnds } from '../../domain/clocks/index.js';
import { PLATFORMS } from '../../domain/platform.js';
import { PRIORITIES } from '../../domain/routing/schema.js';
import { CATEGORIES, RISKS } from '../../triage/types.js';
import { TOTAL_CAP } from '../cases-query.js';
import { DateTime, Nullable, StringEnum, Uuid } from '../openapi.js';
import { PostSchema } from './posts.js';
import { CaseReply } from './replies-schemas.js';

// Types, not lists, in the domain; `satisfies` keeps these in step with them.
const CLOCK_STATES = ['running', 'paused', 'warning', 'breached', 'met', 'stopped'] as const satisfies readonly ClockState[];
const WHEN_CASE_ENDS = ['met', 'stopped', 'continues'] as const satisfies readonly WhenCaseEnds[];
const TIMINGS = ['now', 'past', 'unknown'] as const;

export const CaseSummary = Type.Object({
  id: Uuid(),
  number: Type.Integer({ description: 'what people quote: "case 140"' }),
  status: StringEnum(CASE_STATUSES),
  priority: StringEnum(PRIORITIES),
  siteId: Nullable(Type.String()),
  siteName: Nullable(Type.String()),
  teamId: Nullable(Type.String()),
  teamName: Nullable(Type.String()),
  assigneeId: Nullable(Uuid()),
  assigneeName: Nullable(Type.String()),
  confidential: Type.Boolean({ description: 'came in privately, or a rule marked it: only some roles may open it' }),
  grievance: Type.Boolean({ description: 'marked a formal grievance' }),
  tags: Type.Array(Type.String()),
  categories: Type.Array(StringEnum(CATEGORIES)),
  risks: Type.Array(StringEnum(RISKS)),
  severity: Type.Integer({ minimum: 0, maximum: 3 }),
  timing: StringEnum(TIMINGS, { description: 'now: the author is at the site right now' }),
  platform: StringEnum(PLATFORMS),
  authorName: Nullable(Type.String()),
  authorHandle: Nullable(Type.String()),
  excerpt: Type.String({ description: 'the start of the first post' }),
  createdAt: DateTime(),
  updatedAt: DateTime(),
  version: Type.Integer({ description: 'send it back with a change (PATCH); it moves with every change' }),
  nextClock: Nullable(
    Type.Object({ name: Type.String(), dueAt: DateTime(), warningAt: DateTime(), state: StringEnum(CLOCK_STATES) }),
    { description: 'the clock due next, as it stood when last saved; null when none is running' },
  ),
  approvalRequired: Type.Boolean({ description: 'its public replies wait for an approver (a routing rule asked for it)' }),
  authorId: Nullable(Uuid()),
  mergedInto: Nullable(Uuid(), { description: 'the case it was merged into' }),
  outcome: Nullable(StringEnum(CASE_OUTCOMES), { description: 'how a resolved or closed case ended, when someone recorded it' }),
  escalatedToMe: Type.Optional(Type.Boolean({ description: 'in the inbox list only: a clock of this case escalated to you and is still owed' })),
});

export const CaseList = Type.Object({
  items: Type.Array(CaseSummary),
  nextCursor: Nullable(Type.String(), { description: 'pass as `cursor` for the next page; null on the last' }),
  total: Nullable(Type.Integer(), { description: `cases the filters match, up to ${TOTAL_CAP}; null on a page after the first` }),
  totalCapped: Type.Boolean({ description: `more than ${TOTAL_CAP} match` }),
});

export const CaseNumber = Type.Object({ id: Uuid(), number: Type.Integer() });

const CasePost = Type.Composite([
  Type.Pick(PostSchema, ['id', 'platform', 'externalId', 'url', 'author', 'text', 'rating', 'createdAt', 'visibility', 'channelAccountId', 'revision', 'caseId', 'triage']),
  Type.Object({
    forwardedBy: Nullable(Type.String(), { description: 'the name of the colleague who forwarded a private post' }),
    attachments: Type.Array(Type.Object({ id: Uuid(), filename: Type.String(), contentType: Type.String(), bytes: Type.Integer() }), {
      description: 'files kept with the post (GET /api/v1/uploads/{id}), such as a forwarded screenshot',
    }),
  }),
]);

const CaseClock = Type.Object({
  name: Type.String(),
  policy: Type.String({ description: 'clock policy id' }),
  owner: Type.Optional(Type.String({ description: 'the team that owns it' })),
  startedAt: DateTime(),
  dueAt: DateTime(),
  state: StringEnum(CLOCK_STATES),
  metLate: Type.Boolean({ description: 'met, but after it was due' }),
  metBy: Nullable(StringEnum(CLOCK_MET_BY), { description: "what meets it (its policy's metBy); null when its policy left the configuration" }),
  whenCaseEnds: StringEnum(WHEN_CASE_ENDS, { description: 'what resolving or closing the case does to it' }),
});

const CaseEvent = Type.Object({
  id: Type.Integer(),
  type: Type.String({ description: 'e.g. status.changed, assigned, note.added, reply.queued, clock.breached' }),
  actor: Type.Object({
    kind: StringEnum(['user', 'automation', 'system'] as const),
    id: Nullable(Uuid()),
    name: Nullable(Type.String()),
  }),
  data: Type.Record(Type.String(), Type.Unknown(), { description: 'what happened; its fields depend on the type' }),
  createdAt: DateTime(),
});

export const CaseDetail = Type.Composite([
  Type.Omit(CaseSummary, ['escalatedToMe']),
  Type.Object({
    posts: Type.Array(CasePost, { description: 'oldest first; private posts only for roles that may read them' }),
    clocks: Type.Array(CaseClock, { description: 'soonest due first' }),
    timeline: Type.Array(CaseEvent, { description: 'oldest first' }),
    replies: Type.Array(CaseReply, { description: 'oldest first' }),
    author: Type.Object({
      id: Uuid(),
      platform: StringEnum(PLATFORMS),
      handle: Nullable(Type.String()),
      displayName: Nullable(Type.String()),
      otherCases: Type.Array(CaseSummary, { description: "the author's other cases you may see, newest first (at most 20)" }),
      sameNameCases: Type.Array(CaseSummary, { description: 'open cases of other accounts with the same full name opened within a month: possibly the same patient, offered to merge' }),
    }),
    allowedTransitions: Type.Array(StringEnum(CASE_STATUSES), { description: 'the statuses it may move to' }),
    publicReplies: StringEnum(['api', 'manual'] as const, { description: 'api: Redress posts public replies; manual: someone posts them and marks them posted' }),
  }),
]);

const Person = Type.Object({ id: Uuid(), name: Type.String() });

export const NoteAnswer = Type.Object({
  id: Type.Integer({ description: "the note's timeline event" }),
  type: Type.Literal('note.added'),
  mentions: Type.Array(Person, { description: 'the people named who were notified' }),
  notTold: Type.Array(Person, { description: 'the people named who cannot open this case, so were not notified' }),
});

export const BulkAnswer = Type.Object({
  updated: Type.Integer(),
  failed: Type.Array(Type.Object({ id: Uuid(), message: Type.String({ description: 'why: not found, changed by someone else, must be closed from its own page…' }) }), {
    description: 'the cases left as they were; the others are changed all the same',
  }),
});
