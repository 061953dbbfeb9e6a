// The evidence regulators ask for: every public reply of a case or period with how it was checked (guard findings,
// policy version), any override with its reason and author, and the approval; the public post it answered, as it
// read then, since a reply is judged against what it answers; and a short record of the case's private follow-up
// (how, when, whether it reached the patient: never what was said), which shows the conversation was taken offline.
// Every time is meant to be read in the time zone of the case's site. One query feeds the CSV and the PDF export so
// the two can never disagree about which replies were sent or what was recorded about them.
import type { Queryable } from '../store/db.js';
import type { Role } from '../config/file-schema.js';
import type { Finding, Verdict } from '../domain/reply-guard/types.js';
import { firstValidZone } from '../domain/calendar/zone-text.js';
import { OUTREACH_LABELS, type OutreachMethod } from '../domain/cases/outreach.js';

export interface EvidenceFilter {
  caseId?: string;
  /** Only replies on cases of this site (within the reader's scope). */
  site?: string;
  /** ISO date-time, inclusive. */
  from?: string;
  /** ISO date-time, exclusive. */
  to?: string;
}

export interface EvidenceReader {
  role: Role;
  sites: readonly string[];
  /**
   * The condition on the case alias `c` that leaves out the confidential cases this reader may not open, adding its
   * parameter to `params` (`confidentialFilter` in server/confidential.ts), or null when they may open them all.
   */
  confidential(params: unknown[]): string | null;
}

/** Where a time zone came from: the case's site, the organization's default (a case without a site), or neither. */
export type ZoneSource = 'site' | 'organization' | 'default';

export interface EvidenceZone {
  timeZone: string;
  source: ZoneSource;
}

/**
 * The zone a case's times are read in: its site's, else the organization's default, else UTC. A zone that is no real
 * zone (edited into the database by hand) is passed over rather than failing the export.
 */
export function caseTimeZone(siteZone: string | null | undefined, organizationZone: string | undefined): EvidenceZone {
  const site = firstValidZone(siteZone);
  if (site) return { timeZone: site, source: 'site' };
  const org = firstValidZone(organizationZone);
  return org ? { timeZone: org, source: 'organization' } : { timeZone: 'UTC', source: 'default' };
}

/**
 * The zone a period's days are read in: the chosen site's, else the organization's default, else UTC. The export
 * states it beside the period, so "March" means the same hours to the reader as to the query.
 */
export const periodTimeZone = caseTimeZone;

/** The public post a reply answered, as it read when the reply was written. */
export interface AnsweredPost {
  platform: string;
  url: string | null;
  /** The author's public handle and display name as the post carried them. */
  authorHandle: string | null;
  authorName: string | null;
  text: string;
  rating: number | null;
  postedAt: Date;
  /** The author edited the post after the reply was written; `text` and `rating` are as they were then. */
  editedAfterReply: boolean;
}

/** One step of a case's private follow-up: how, when, and whether it reached the patient. No notes, no text. */
export interface FollowUpStep {
  at: Date;
  method: string;
  outcome: string;
}

export interface EvidenceRow {
  id: string;
  /** The case's id, which joins a reply to its case's private follow-up. */
  caseId: string;
  case: number;
  siteId: string | null;
  siteName: string | null;
  /** The zone this reply's times are printed in, and where it came from. */
  zone: EvidenceZone;
  platform: string;
  kind: 'public';
  status: string;
  createdAt: Date;
  sentAt: Date | null;
  writtenBy: string | null;
  verdict: Verdict;
  findings: Finding[];
  policyVersion: string;
  overrideReason: string | null;
  overriddenBy: string | null;
  /** Whoever decided an approval step, approving or rejecting (`status` says which). */
  approvedBy: string | null;
  approvalComment: string | null;
  decidedAt: Date | null;
  platformUrl: string | null;
  text: string;
  /** The public post the reply answered, or null when the case holds none (nothing public to answer). */
  answered: AnsweredPost | null;
}

// A reply's status in the words of the people who read the evidence, not the codes the outbox keeps.
const STATUS_WORDS: Record<string, string> = {
  pending_approval: 'waiting for approval',
  rejected: 'rejected at approval',
  queued: 'queued to post',
  sent: 'posted by Redress',
  manual: 'approved, to be posted by hand',
  posted_manually: 'posted by hand',
  failed: 'posting failed',
};
export const replyStatusText = (status: string) => STATUS_WORDS[status] ?? status.replace(/_/g, ' ');

/** What the approval step decided: approved, rejected, still waiting, or no step at all. */
export function approvalOf(r: Pick<EvidenceRow, 'status' | 'approvedBy'>): 'approved' | 'rejected' | 'waiting' | 'not required' {
  if (r.status === 'pending_approval') return 'waiting';
  if (!r.approvedBy) return 'not required';
  return r.status === 'rejected' ? 'rejected' : 'approved';
}

/** The export's file name says what it covers: one case, or a period, its days named in the period's zone. */
export function evidenceFileName(filter: EvidenceFilter, caseNumber: number | undefined, ext: 'csv' | 'pdf', timeZone = 'UTC'): string {
  const day = (t: number) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(t));
  const first = (iso?: string) => (iso ? day(Date.parse(iso)) : undefined);
  // `to` is exclusive: the file names the last day it covers, as the dashboard's period does.
  const lastDay = (iso?: string) => (iso ? day(Date.parse(iso) - 1) : undefined);
  const what = filter.caseId ? `case-${caseNumber ?? 'unknown'}` : [filter.site, first(filter.from) ?? 'start', lastDay(filter.to) ?? 'now'].filter(Boolean).join('-');
  return `redress-public-replies-${what}.${ext}`;
}

interface EvidenceQueryRow extends Omit<EvidenceRow, 'zone' | 'answered'> {
  siteZone: string | null;
  postPlatform: string | null;
  postUrl: string | null;
  postAuthorHandle: string | null;
  postAuthorName: string | null;
  postText: string | null;
  postRating: number | null;
  postedAt: Date | null;
  postEdited: boolean | null;
}

/**
 * Public replies in the reader's site scope (the same rule as `inScope`: admins and unscoped users see all), on the
 * cases they may open (confidential ones only as `reader.confidential` allows), each with the public post it
 * answered and the zone its times are read in (`organizationZone` for a case without a site).
 */
export async function publicReplyEvidence(db: Queryable, reader: EvidenceReader, filter: EvidenceFilter, organizationZone?: string): Promise<EvidenceRow[]> {
  const params: unknown[] = [];
  const where = [`r.kind = 'public'`];
  if (filter.caseId) where.push(`r.case_id = $${params.push(filter.caseId)}`);
  if (filter.site) where.push(`c.site_id = $${params.push(filter.site)}`);
  if (filter.from) where.push(`r.created_at >= $${params.push(filter.from)}`);
  if (filter.to) where.push(`r.created_at < $${params.push(filter.to)}`);
  if (reader.role !== 'admin' && reader.sites.length > 0) where.push(`c.site_id = ANY($${params.push([...reader.sites])}::text[])`);
  const hidden = reader.confidential(params);
  if (hidden) where.push(hidden);
  // The post answered is the one the reply was sent against (the case's newest when it was written) when that is
  // public; a private message that had joined the case is never it, and then the newest public post before the
  // reply is. Its text, rating and author's names are as they were when the reply was written: an edit made
  // afterwards left the earlier version in post_revisions (replaced_at), and the raw post carries the names it came with.
  const r = await db.query<EvidenceQueryRow>(
    `SELECT r.id, c.id AS "caseId", c.number AS "case", c.site_id AS "siteId", s.name AS "siteName", s.time_zone AS "siteZone", c.platform, r.kind, r.status,
            r.created_at AS "createdAt", r.sent_at AS "sentAt", cu.email AS "writtenBy", r.verdict, r.findings, r.policy_version AS "policyVersion",
            r.override_reason AS "overrideReason", ou.email AS "overriddenBy", ap.email AS "approvedBy",
            r.approval_comment AS "approvalComment", r.decided_at AS "decidedAt", r.platform_url AS "platformUrl", r.text,
            p.platform AS "postPlatform", p.url AS "postUrl", p.created_at AS "postedAt",
            COALESCE(COALESCE(pr.raw, p.raw)->'author'->>'handle', p.handle) AS "postAuthorHandle",
            COALESCE(COALESCE(pr.raw, p.raw)->'author'->>'displayName', p.display_name) AS "postAuthorName",
            COALESCE(pr.text, p.text) AS "postText", CASE WHEN pr.post_id IS NULL THEN p.rating ELSE pr.rating END AS "postRating",
            pr.post_id IS NOT NULL AS "postEdited"
       FROM replies r JOIN cases c ON c.id = r.case_id LEFT JOIN sites s ON s.id = c.site_id
       LEFT JOIN users cu ON cu.id = r.created_by LEFT JOIN users ou ON ou.id = r.override_by LEFT JOIN users ap ON ap.id = r.approver_id
       LEFT JOIN LATERAL (
         SELECT p.id, p.platform, p.url, p.created_at, p.text, p.rating, p.raw, a.handle, a.display_name
           FROM posts p JOIN authors a ON a.id = p.author_id
          WHERE p.visibility = 'public' AND (p.id = r.post_id OR (p.case_id = r.case_id AND p.created_at <= r.created_at))
          ORDER BY p.id = r.post_id DESC, p.created_at DESC, p.id DESC LIMIT 1) p ON true
       LEFT JOIN LATERAL (
         SELECT pr.post_id, pr.text, pr.rating, pr.raw FROM post_revisions pr
          WHERE pr.post_id = p.id AND pr.replaced_at > r.created_at ORDER BY pr.revision LIMIT 1) pr ON true
      WHERE ${where.join(' AND ')} ORDER BY r.created_at, r.id`,
    params,
  );
  return r.rows.map(({ siteZone, postPlatform, postUrl, postAuthorHandle, postAuthorName, postText, postRating, postedAt, postEdited, ...row }) => ({
    ...row,
    zone: caseTimeZone(row.siteId ? siteZone : null, organizationZone),
    answered:
      postPlatform === null
        ? null
        : { platform: postPlatform, url: postUrl, authorHandle: postAuthorHandle, authorName: postAuthorName, text: postText ?? '', rating: postRating, postedAt: postedAt!, editedAfterReply: Boolean(postEdited) },
  }));
}

// A private message or email written in Redress goes out by hand (no platform posts it for us): its status in words.
const PRIVATE_STATUS_WORDS: Record<string, string> = {
  manual: 'written, not yet confirmed sent',
  posted_manually: 'sent',
  sent: 'sent',
  queued: 'waiting to be sent',
  failed: 'sending failed',
};

/**
 * The private follow-up of each case, oldest first: outreach logged by the team (a call, a visit, a letter: whether
 * it reached the patient) and private messages and emails written in Redress (whether they went out). Only how,
 * when and the outcome: notes and message text stay out of the evidence, which may travel outside the hospital.
 */
export async function privateFollowUp(db: Queryable, caseIds: readonly string[]): Promise<Map<string, FollowUpStep[]>> {
  const byCase = new Map<string, FollowUpStep[]>();
  if (caseIds.length === 0) return byCase;
  const r = await db.query<{ caseId: string; at: Date; source: 'outreach' | 'reply'; method: string; reached: boolean | null; status: string | null }>(
    `SELECT e.case_id AS "caseId", e.created_at AS at, 'outreach' AS source, e.data->>'method' AS method, (e.data->>'reached')::boolean AS reached, NULL AS status, e.id::text AS tie
       FROM case_events e WHERE e.type = 'outreach.logged' AND e.case_id = ANY($1::uuid[])
     UNION ALL
     SELECT r.case_id, COALESCE(r.sent_at, r.created_at), 'reply', r.kind, NULL, r.status, r.id::text
       FROM replies r WHERE r.kind IN ('private', 'email') AND r.case_id = ANY($1::uuid[])
     ORDER BY at, tie`,
    [[...new Set(caseIds)]],
  );
  for (const row of r.rows) {
    const step: FollowUpStep =
      row.source === 'outreach'
        ? { at: row.at, method: OUTREACH_LABELS[row.method as OutreachMethod] ?? row.method, outcome: row.reached ? 'reached the patient' : 'did not reach the patient' }
        : { at: row.at, method: row.method === 'email' ? 'Email written in Redress' : 'Private message written in Redress', outcome: PRIVATE_STATUS_WORDS[row.status ?? ''] ?? (row.status ?? '').replace(/_/g, ' ') };
    byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), step]);
  }
  return byCase;
}
