// Shapes of the HTTP API (docs/api.md). Every screen imports its types from here, so a contract change
// is fixed in one place.
import type { Triage } from '../../triage/types.js';
import type { ClockMetBy } from '../../domain/clocks/policy.js';
import type { ClockState } from '../lib/time.js';
import type { ReplyKind } from '../lib/drafts.js';

export type { Triage, ClockState, ReplyKind };

export interface User {
  id: string;
  email: string;
  name: string;
  role: string;
  sites: string[];
  active?: boolean;
  disabledAt?: string | null;
}

/** What an admin gives for a new user; the server makes the first password. */
export interface NewUser {
  email: string;
  name: string;
  role: string;
  sites: string[];
}

/** The fields an edit may change (PATCH /users/:id); leave out what does not change. */
export interface UserPatch {
  name?: string;
  role?: string;
  sites?: string[];
  disabled?: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  role: string;
  sites: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface Session {
  user: User;
  csrfToken: string;
  /** Signed in with a one-time password: a password of one's own must be chosen before anything else. */
  mustChangePassword: boolean;
}

export type CaseStatus = 'new' | 'triaged' | 'acknowledged' | 'in_recovery' | 'resolved' | 'closed';
export type Priority = 'low' | 'normal' | 'high' | 'urgent';

export interface CaseSummary {
  id: string;
  number: number | string;
  status: CaseStatus;
  priority: Priority;
  siteId: string | null;
  siteName: string | null;
  teamId: string | null;
  teamName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  confidential: boolean;
  grievance: boolean;
  tags: string[];
  categories: string[];
  risks: string[];
  severity: number;
  timing: string;
  platform: string;
  authorName: string | null;
  authorHandle: string | null;
  excerpt: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  nextClock: { name: string; dueAt: string; state: ClockState } | null;
  /** Public replies on this case wait for an approver (a routing rule asked for it). */
  approvalRequired?: boolean;
  /** How a resolved or closed case ended (src/domain/cases/outcomes.ts), when someone recorded it. */
  outcome?: string | null;
  /** A clock of this case escalated to the reader and is still owed (the inbox lists it under "My cases"). */
  escalatedToMe?: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** GET /cases: the first page also says how many cases match, exactly up to 1,000 (`totalCapped`: more). */
export interface CasePage extends Page<CaseSummary> {
  total?: number | null;
  totalCapped?: boolean;
}

/** GET /cases/counts: each view's count, by the id it was asked under. */
export type ViewCounts = Record<string, { total: number; totalCapped: boolean }>;

export interface Post {
  id: string;
  platform: string;
  externalId: string | null;
  url: string | null;
  author: { handle?: string | null; displayName?: string | null };
  text: string;
  rating: number | null;
  createdAt: string;
  visibility: string;
  channelAccountId: string | null;
  forwardedBy: string | null;
  revision: number;
  caseId: string;
  triage: Triage | null;
  /** Files kept with the post: the screenshot a colleague forwarded. */
  attachments?: Attachment[];
}

export interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  bytes: number;
}

export interface Clock {
  name: string;
  policy: string;
  startedAt: string;
  dueAt: string;
  state: ClockState;
  /** Met, but after it was due. */
  metLate?: boolean;
  /** What meets it (its policy's metBy); null when its policy left the configuration. */
  metBy?: ClockMetBy | null;
  /** What resolving or closing the case does to it. */
  whenCaseEnds?: 'met' | 'stopped' | 'continues';
}

export interface CaseEvent {
  id: string;
  type: string;
  actor: { kind: 'user' | 'automation' | 'system'; id?: string; name?: string };
  data: Record<string, unknown>;
  createdAt: string;
}

export interface GuardFinding {
  rule: string;
  level: 'info' | 'warn' | 'block';
  start: number;
  end: number;
  message: string;
  suggestion?: string | null;
}

export type ReplyStatus = 'pending_approval' | 'queued' | 'sent' | 'failed' | 'manual' | 'posted_manually' | 'rejected';

export interface Reply {
  id: string;
  kind: ReplyKind;
  text: string;
  status: ReplyStatus;
  findings: GuardFinding[];
  overrideReason: string | null;
  /** Whoever approved or rejected it (the server gives the name). */
  approver: string | { id: string; name: string } | null;
  /** The approver's comment: on a rejected reply, why. The `reply.approved`/`reply.rejected` event carries it too. */
  approvalComment?: string | null;
  platformUrl: string | null;
  error: string | null;
  createdBy: string | { id: string; name: string } | null;
  /** The writer's user id: a reply needs a second person to approve it. */
  createdById?: string | null;
  /** On a reply waiting for approval: whether the reader may approve or reject it (the rule that held it may name who may; never the writer). */
  canApprove?: boolean;
  /** On a reply waiting for approval: who may approve it, in words ("risk managers (or an administrator)"). */
  approvers?: string;
  createdAt: string;
  sentAt: string | null;
}

export interface CaseDetail extends CaseSummary {
  posts: Post[];
  clocks: Clock[];
  timeline: CaseEvent[];
  replies: Reply[];
  author: {
    id: string;
    platform: string;
    handle: string | null;
    displayName: string | null;
    otherCases: CaseSummary[];
    /** Open cases of other accounts with the same full name: possibly the same patient, offered to merge. */
    sameNameCases: CaseSummary[];
  } | null;
  allowedTransitions: string[];
  publicReplies: 'api' | 'manual';
}

export interface CasePatch {
  version: number;
  status?: string;
  priority?: Priority;
  assigneeId?: string | null;
  teamId?: string | null;
  grievance?: boolean;
  /** With grievance: true, when the complaint was received; the case's first post when left out. */
  grievanceReceivedAt?: string;
  tags?: string[];
  outcome?: string | null;
}

export interface BulkResult {
  updated: number;
  failed: { id: string; message: string }[];
}

export interface CheckResult {
  verdict: 'ok' | 'warn' | 'block';
  findings: GuardFinding[];
}

export interface ReplyTemplate {
  id: string;
  scenario: string;
  language: string;
  name: string;
  /** public for a public reply; private for a direct message or email. */
  channel?: 'public' | 'private';
  text: string;
}

export interface ForwardedPostInput {
  text: string;
  originalPlatform: string;
  authorName?: string;
  url?: string;
  siteId?: string;
  note?: string;
  image?: { filename: string; contentType: string; dataBase64: string };
}

export interface SiteRef {
  id: string;
  name: string;
  [key: string]: unknown;
}

export interface TeamRef {
  id: string;
  name: string;
  members?: unknown[];
  [key: string]: unknown;
}

export interface OnCall {
  teamId: string;
  teamName: string;
  user: { id: string; name: string; email: string } | null;
  until: string | null;
  /** Someone covers the rotation's shift (a sick call, a swap). */
  override?: boolean;
}

export interface Notification {
  id: string;
  kind: string;
  subject: string;
  caseId: string | null;
  urgent: boolean;
  createdAt: string;
  readAt: string | null;
}

export interface Percentiles {
  medianMinutes: number | null;
  p90Minutes: number | null;
  count: number;
}

export interface ReportSummary {
  /** Every post that came in during the period, case or not. */
  postsReceived: number;
  /** Ended cases of the period by outcome, `not_recorded` for those without one. */
  outcomes: { outcome: string; count: number }[];
  /** The zone days are counted in: the chosen site's, else the organization's, else UTC. */
  timeZone: string;
  /** Cases opened per day (in `timeZone`) and platform. */
  volumeByDay: { day: string; platform: string; count: number }[];
  complaintsByCategory: { category: string; count: number }[];
  complaintsBySite: { siteId: string; siteName: string; count: number }[];
  /** Per clock: met on time, met late, breached and not yet met, still running (paused included). */
  clockCompliance: { clock: string; met: number; metLate: number; breached: number; running: number; stopped: number }[];
  timeToFirstPublicReply: Percentiles;
  timeToPrivateOutreach: Percentiles;
  invitations: { sent: number; takenUp: number };
  reviewsRaisedAfterRecovery: { count: number };
}

/** One row of the audit trail (GET /audit). `actor` is the user's email or the token's name. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  actorUserId: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The number of the case the entry is about (the case, or one of its posts, replies or files), as people quote it. */
  caseNumber?: number | null;
  /** With the caseNumber filter: how the entry concerns the case (`list`: a list read that showed it). */
  via?: 'case' | 'post' | 'reply' | 'upload' | 'list';
  details: Record<string, unknown>;
}

export interface ErrorDetail {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: string;
  message: string;
  details?: ErrorDetail[];
  findings?: GuardFinding[];
}

export interface StreamEvent {
  caseId: string;
  kind: 'created' | 'updated';
}
