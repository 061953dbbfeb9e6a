// The evidence regulators ask for: every public reply of a case or period with how it was checked (guard findings,
// policy version), any override with its reason and author, and the approval. One query feeds the CSV and the PDF
// export so the two can never disagree about which replies were sent or what was recorded about them.
import type { Queryable } from '../store/db.js';
import type { Role } from '../config/file-schema.js';
import type { Finding, Verdict } from '../domain/reply-guard/types.js';

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
}

export interface EvidenceRow {
  id: string;
  case: number;
  siteId: string | null;
  siteName: string | null;
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

/** The export's file name says what it covers: one case, or a period. */
export function evidenceFileName(filter: EvidenceFilter, caseNumber: number | undefined, ext: 'csv' | 'pdf'): string {
  const day = (iso?: string) => iso?.slice(0, 10);
  // `to` is exclusive: the file names the last day it covers, as the dashboard's period does.
  const lastDay = (iso?: string) => (iso ? new Date(Date.parse(iso) - 1).toISOString().slice(0, 10) : undefined);
  const what = filter.caseId ? `case-${caseNumber ?? 'unknown'}` : [filter.site, day(filter.from) ?? 'start', lastDay(filter.to) ?? 'now'].filter(Boolean).join('-');
  return `redress-public-replies-${what}.${ext}`;
}

/** Public replies in the reader's site scope (the same rule as `inScope`: admins and unscoped users see all). */
export async function publicReplyEvidence(db: Queryable, reader: EvidenceReader, filter: EvidenceFilter): Promise<EvidenceRow[]> {
  const params: unknown[] = [];
  const where = [`r.kind = 'public'`];
  if (filter.caseId) where.push(`r.case_id = $${params.push(filter.caseId)}`);
  if (filter.site) where.push(`c.site_id = $${params.push(filter.site)}`);
  if (filter.from) where.push(`r.created_at >= $${params.push(filter.from)}`);
  if (filter.to) where.push(`r.created_at < $${params.push(filter.to)}`);
  if (reader.role !== 'admin' && reader.sites.length > 0) where.push(`c.site_id = ANY($${params.push([...reader.sites])}::text[])`);
  const r = await db.query<EvidenceRow>(
    `SELECT r.id, c.number AS "case", c.site_id AS "siteId", s.name AS "siteName", c.platform, r.kind, r.status, r.created_at AS "createdAt",
            r.sent_at AS "sentAt", cu.email AS "writtenBy", r.verdict, r.findings, r.policy_version AS "policyVersion",
            r.override_reason AS "overrideReason", ou.email AS "overriddenBy", ap.email AS "approvedBy",
            r.approval_comment AS "approvalComment", r.decided_at AS "decidedAt", r.platform_url AS "platformUrl", r.text
       FROM replies r JOIN cases c ON c.id = r.case_id LEFT JOIN sites s ON s.id = c.site_id
       LEFT JOIN users cu ON cu.id = r.created_by LEFT JOIN users ou ON ou.id = r.override_by LEFT JOIN users ap ON ap.id = r.approver_id
      WHERE ${where.join(' AND ')} ORDER BY r.created_at, r.id`,
    params,
  );
  return r.rows;
}
