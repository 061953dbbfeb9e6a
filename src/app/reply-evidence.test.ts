import { describe, expect, it } from 'vitest';
import { approvalOf, evidenceFileName, replyStatusText } from './reply-evidence.js';

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
});
