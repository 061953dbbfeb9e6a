// The evidence PDF on its own: what each reply section says, text the built-in font cannot show, and many replies.
import { describe, expect, it } from 'vitest';
import { describeScope, printable, renderEvidencePdf } from './evidence-pdf.js';
import { pdfText } from './test-pdf-text.js';
import type { EvidenceRow } from '../app/reply-evidence.js';

const reply = (over: Partial<EvidenceRow> = {}): EvidenceRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  case: 17,
  siteId: 'northside',
  siteName: 'Northside Hospital',
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
  ...over,
});

const render = (replies: EvidenceRow[]) =>
  renderEvidencePdf(
    { organization: 'Test Health', filter: {}, generatedAt: new Date('2026-11-28T12:00:00Z'), generatedBy: 'Pat (pat@example.org)', policy: { version: 'reply-guard@2.0.0', markdown: '# Policy\n\n1. **Names (block).** No names\n   of patients.' }, replies },
    { compress: false },
  ).then(pdfText);

describe('evidence PDF', () => {
  it('states who wrote, checked, overrode and decided on each reply, under which policy', async () => {
    const text = await render([
      reply({ findings: [{ rule: 'patient_name', level: 'block', start: 0, end: 5, message: 'Names a patient' }], verdict: 'block', overrideReason: 'Name is the public handle', overriddenBy: 'px@example.org', approvedBy: 'risk@example.org', approvalComment: 'Fine' }),
      reply({ id: '00000000-0000-4000-8000-000000000002', status: 'rejected', approvedBy: 'risk@example.org', approvalComment: 'Too specific', policyVersion: 'reply-guard@1.0.0' }),
    ]);
    expect(text).toContain('Generated at: 2026-11-28 12:00:00 UTC');
    expect(text).toContain('1. Names (block). No names of patients.');
    expect(text).toContain('Site: Northside Hospital');
    expect(text).toContain('Sent at: 2026-11-20 10:05:00 UTC');
    expect(text).toContain('[block] patient_name: Names a patient (matched "Thank")');
    expect(text).toContain('Override: Name is the public handle (by px@example.org)');
    expect(text).toContain('Approved by: risk@example.org: Fine');
    expect(text).toContain('Rejected by: risk@example.org: Too specific');
    expect(text).toContain('Policy version: reply-guard@1.0.0 (not the policy printed in this file)');
  });

  it('prints names beyond Windows-1252 as written, and drops control characters', async () => {
    expect(printable('Gracias\tNguyễn\u0007\r\nbye')).toBe('Gracias Nguyễn\nbye');
    const text = await render([reply({ text: 'Cảm ơn Nguyễn Thị Hoa, dziękujemy z Łodzi, спасибо.' })]);
    expect(text).toContain('Cảm ơn Nguyễn Thị Hoa, dziękujemy z Łodzi, спасибо.');
  });

  it('numbers the pages of a long export', async () => {
    const text = await render(Array.from({ length: 30 }, (_, i) => reply({ case: i + 1 })));
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('Case #30');
  });

  it('names the case by number only through a reply the reader may see', () => {
    const caseId = '00000000-0000-4000-8000-0000000000aa';
    expect(describeScope({ caseId }, [reply()])).toBe('case #17');
    expect(describeScope({ caseId }, [])).toBe(`case ${caseId}`);
    expect(describeScope({ from: '2026-11-01T00:00:00Z' }, [])).toBe('period 2026-11-01 00:00:00 UTC to now (end exclusive)');
  });
});
