import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_GROUPS, auditActionLabel, auditDetailLines, auditFilterProblems, auditQuery, auditViaLabel, NO_AUDIT_FILTERS } from './audit.js';

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

describe('audit entries in words', () => {
  it('words every action the server writes, keeping the code for one it does not know yet', () => {
    expect(auditActionLabel('case.read')).toBe('Opened the case');
    expect(auditActionLabel('reply.mark_posted')).toBe('Marked a reply as posted');
    expect(auditActionLabel('robot.dance')).toBe('robot.dance');
    const labels = AUDIT_ACTION_GROUPS.flatMap((g) => Object.values(g.actions));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('says how an entry found by case number concerns the case', () => {
    expect(auditViaLabel('list')).toBe('in a list');
    expect(auditViaLabel('post')).toBe('a post of the case');
    expect(auditViaLabel(undefined)).toBeNull();
  });

  it('reads details as key: value, with case numbers as people quote them and long lists cut short', () => {
    const shown = Array.from({ length: 12 }, (_, i) => 140 + i);
    expect(auditDetailLines({ count: 12, caseNumbers: shown, query: [], reached: true, overrideReason: 'Asked in public', site: null })).toEqual([
      { label: 'Entries', value: '12' },
      { label: 'Cases shown', value: '#140, #141, #142, #143, #144, #145, #146, #147, #148, #149 and 2 more' },
      { label: 'Filters', value: 'none' },
      { label: 'Reached', value: 'yes' },
      { label: 'Override reason', value: 'Asked in public' },
    ]);
    expect(auditDetailLines({ method: 'PATCH', route: '/api/v1/cases/:id', status: 409 })).toEqual([
      { label: 'Method', value: 'PATCH' },
      { label: 'Route', value: '/api/v1/cases/:id' },
      { label: 'Status', value: '409' },
    ]);
    expect(auditDetailLines(undefined)).toEqual([]);
    expect(auditDetailLines({ caseId: '5b0c4d1e-0000-4000-8000-000000000001', kind: 'public' }, ['caseId'])).toEqual([{ label: 'Kind', value: 'public' }]);
  });
});
