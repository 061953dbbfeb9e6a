// One reply of the evidence exports, as the CSV and PDF renderers take it: a plain public reply at a Chicago site,
// which each test changes only where it matters.
import type { EvidenceRow } from '../../src/app/reply-evidence.js';

const CHICAGO = { timeZone: 'America/Chicago', source: 'site' } as const;

export const evidenceRow = (over: Partial<EvidenceRow> = {}): EvidenceRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  caseId: '00000000-0000-4000-8000-0000000000c1',
  case: 17,
  siteId: 'northside',
  siteName: 'Northside Hospital',
  zone: CHICAGO,
  platform: 'google',
  kind: 'public',
  status: 'sent',
  createdAt: new Date('2026-11-20T10:00:00Z'),
  sentAt: new Date('2026-11-20T10:05:00Z'),
  writtenBy: 'agent@example.org',
  verdict: 'ok',
  findings: [],
  policyVersion: 'reply-guard@2.0.0',
  overrideReason: null,
  overriddenBy: null,
  approvedBy: null,
  decidedAt: null,
  approvalComment: null,
  platformUrl: null,
  text: 'Thank you for telling us.',
  answered: null,
  ...over,
});
