import { describe, expect, it } from 'vitest';
import { auditFilterProblems, auditQuery, NO_AUDIT_FILTERS } from './audit.js';

describe('audit log filters', () => {
  it('sends only the filters that are set, with the days as the viewer’s own midnights and the last day included', () => {
    const q = auditQuery({ ...NO_AUDIT_FILTERS, action: ' case.read ', from: '2026-03-01', to: '2026-03-02' });
    expect([...q.keys()]).toEqual(['action', 'from', 'to']);
    expect(q.get('action')).toBe('case.read');
    expect(q.get('from')).toBe(new Date(2026, 2, 1).toISOString());
    expect(q.get('to')).toBe(new Date(2026, 2, 3).toISOString());
  });

  it('adds the page cursor and size for the table but not for the export', () => {
    const filters = { ...NO_AUDIT_FILTERS, actor: '5b0c4d1e-0000-4000-8000-000000000001', entity: 'case' };
    expect(auditQuery(filters, { before: '120', limit: 50 }).toString()).toBe('actor=5b0c4d1e-0000-4000-8000-000000000001&entity=case&before=120&limit=50');
    expect(auditQuery(filters, { before: null, limit: 50 }).has('before')).toBe(false);
    expect(auditQuery(filters).toString()).toBe('actor=5b0c4d1e-0000-4000-8000-000000000001&entity=case');
  });

  it('asks by a case number as people quote it, and names a field that is not one', () => {
    expect(auditQuery({ ...NO_AUDIT_FILTERS, caseNumber: ' #140 ' }).get('caseNumber')).toBe('140');
    expect(auditFilterProblems({ ...NO_AUDIT_FILTERS, caseNumber: 'Tammy' }).get('caseNumber')).toMatch(/case number/);
  });

  it('names the end date when the range is reversed, and accepts a single day', () => {
    expect(auditFilterProblems({ ...NO_AUDIT_FILTERS, from: '2026-03-10', to: '2026-03-01' }).get('to')).toMatch(/on or after the start date/);
    expect(auditFilterProblems({ ...NO_AUDIT_FILTERS, from: '2026-03-10', to: '2026-03-10' }).size).toBe(0);
  });
});
