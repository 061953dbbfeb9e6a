// The evidence export as CSV: one row per public reply. The columns are a contract with whoever files or checks the
// export (a compliance officer's spreadsheet, a regulator's import), so they are listed once here, documented in
// docs/api.md, and only ever added at the end: a column is never renamed, moved or dropped.
import { approvalOf, replyStatusText, type EvidenceRow, type FollowUpStep } from '../app/reply-evidence.js';
import { isoInZone } from '../domain/calendar/zone-text.js';
import { toCsv } from './csv.js';

/** Every column, in order, with what it holds. Times are ISO 8601 in the reply's `timeZone`, with its offset. */
export const EVIDENCE_CSV_COLUMNS = [
  ['id', "the reply's id"],
  ['case', 'the case number'],
  ['kind', 'always public'],
  ['status', 'the reply\'s status in words ("posted by hand", "waiting for approval")'],
  ['createdAt', 'when the reply was written'],
  ['sentAt', 'when it was posted (empty: not posted)'],
  ['writtenBy', "the writer's email"],
  ['verdict', "the reply guard's verdict: ok, warn or block"],
  ['findings', "the guard's findings as JSON (rule, level, message, start and end in the text)"],
  ['policyVersion', 'the reply policy the guard checked it against'],
  ['overrideReason', 'the written reason a blocked reply was sent anyway'],
  ['overriddenBy', "the overrider's email"],
  ['approval', 'approved, rejected, waiting or not required'],
  ['decidedBy', 'whoever approved or rejected it'],
  ['decidedAt', 'when they decided'],
  ['approvalComment', "the decider's comment"],
  ['platformUrl', 'the link to the reply on the platform'],
  ['text', 'the reply as written'],
  ['site', "the name of the case's site (empty: the case has no site)"],
  ['siteId', "the site's id"],
  ['timeZone', "the IANA zone every time in the row is given in: the site's, else the organization's, else UTC"],
  ['postPlatform', 'the platform of the public post the reply answered (empty: no public post on the case)'],
  ['postUrl', 'the public link to that post'],
  ['postAuthorHandle', "its author's public handle, as the post carried it"],
  ['postAuthorName', "its author's display name, as the post carried it"],
  ['postedAt', 'when the post was published'],
  ['postRating', 'its star rating, when it is a review'],
  ['postText', 'the post as it read when the reply was written'],
  ['postEditedAfterReply', 'true when the author edited the post after the reply (postText and postRating are as before the edit)'],
  ['privateFollowUp', "the case's private follow-up, oldest first, separated by ' | ': time, method and outcome of each step (no notes, no message text)"],
] as const;

export type EvidenceCsvColumn = (typeof EVIDENCE_CSV_COLUMNS)[number][0];
export const EVIDENCE_CSV_HEADER: readonly EvidenceCsvColumn[] = EVIDENCE_CSV_COLUMNS.map(([name]) => name);

/** A case's follow-up in one cell: "2026-02-28T21:40:00-06:00 Phone call: reached the patient | …". */
export function followUpText(steps: readonly FollowUpStep[], timeZone: string): string {
  return steps.map((s) => `${isoInZone(s.at, timeZone)} ${s.method}: ${s.outcome}`).join(' | ');
}

export function evidenceCsvRow(r: EvidenceRow, followUp: readonly FollowUpStep[]): Record<EvidenceCsvColumn, unknown> {
  const tz = r.zone.timeZone;
  const at = (d: Date | null | undefined) => (d ? isoInZone(d, tz) : null);
  const post = r.answered;
  return {
    id: r.id,
    case: r.case,
    kind: r.kind,
    status: replyStatusText(r.status),
    createdAt: at(r.createdAt),
    sentAt: at(r.sentAt),
    writtenBy: r.writtenBy,
    verdict: r.verdict,
    findings: r.findings,
    policyVersion: r.policyVersion,
    overrideReason: r.overrideReason,
    overriddenBy: r.overriddenBy,
    approval: approvalOf(r),
    decidedBy: r.approvedBy,
    decidedAt: at(r.decidedAt),
    approvalComment: r.approvalComment,
    platformUrl: r.platformUrl,
    text: r.text,
    site: r.siteName,
    siteId: r.siteId,
    timeZone: tz,
    postPlatform: post?.platform,
    postUrl: post?.url,
    postAuthorHandle: post?.authorHandle,
    postAuthorName: post?.authorName,
    postedAt: at(post?.postedAt),
    postRating: post?.rating,
    postText: post?.text,
    postEditedAfterReply: post ? post.editedAfterReply : null,
    privateFollowUp: followUpText(followUp, tz),
  };
}

export function evidenceCsv(rows: readonly EvidenceRow[], followUp: ReadonlyMap<string, readonly FollowUpStep[]>): string {
  return toCsv(
    EVIDENCE_CSV_HEADER,
    rows.map((r) => {
      const cells = evidenceCsvRow(r, followUp.get(r.caseId) ?? []);
      return EVIDENCE_CSV_HEADER.map((h) => cells[h]);
    }),
  );
}
