import { describe, expect, it } from 'vitest';
import { approvalOf, caseTimeZone, evidenceFileName, replyStatusText } from './reply-evidence.js';

describe('reply evidence in words', () => {
  it('says what the approval step decided, and who decided is not always an approver', () => {
    expect(approvalOf({ status: 'rejected', approvedBy: 'risk@example.org' })).toBe('rejected');
    expect(approvalOf({ status: 'sent', approvedBy: 'risk@example.org' })).toBe('approved');
    expect(approvalOf({ status: 'pending_approval', approvedBy: null })).toBe('waiting');
    expect(approvalOf({ status: 'sent', approvedBy: null })).toBe('not required');
  });

  it('words the outbox statuses for a reader of the evidence', () => {
    expect(replyStatusText('manual')).toBe('approved, to be posted by hand');
    expect(replyStatusText('posted_manually')).toBe('posted by hand');
  });

  it('names the file for the case or the period it covers', () => {
    expect(evidenceFileName({ caseId: '00000000-0000-4000-8000-000000000001' }, 148, 'pdf')).toBe('redress-public-replies-case-148.pdf');
    expect(evidenceFileName({ site: 'northside', from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' }, undefined, 'csv')).toBe('redress-public-replies-northside-2026-11-01-2026-11-30.csv');
    expect(evidenceFileName({}, undefined, 'csv')).toBe('redress-public-replies-start-now.csv');
  });

  it("names a period's file by its days in the period's zone, not UTC's", () => {
    // March in Berlin starts at 23:00 UTC on Feb 28 and ends at 22:00 UTC on Mar 31.
    const march = { from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T22:00:00.000Z' };
    expect(evidenceFileName(march, undefined, 'pdf', 'Europe/Berlin')).toBe('redress-public-replies-2026-03-01-2026-03-31.pdf');
    expect(evidenceFileName(march, undefined, 'pdf')).toBe('redress-public-replies-2026-02-28-2026-03-31.pdf');
  });

  it("reads a case's times in its site's zone, else the organization's, else UTC, saying which", () => {
    expect(caseTimeZone('America/Chicago', 'America/Denver')).toEqual({ timeZone: 'America/Chicago', source: 'site' });
    expect(caseTimeZone(null, 'America/Denver')).toEqual({ timeZone: 'America/Denver', source: 'organization' });
    expect(caseTimeZone(null, undefined)).toEqual({ timeZone: 'UTC', source: 'default' });
    // A zone that is no zone (written into the database by hand) must not fail the export.
    expect(caseTimeZone('Mars/Olympus', undefined)).toEqual({ timeZone: 'UTC', source: 'default' });
  });
});
