// The audit trail: who read or changed what, and when, filtered and paged by the API (GET /audit), with the same
// filters exported as CSV for a compliance request. Administrators see all of it; risk managers, who investigate
// "who looked at this patient's case?", the trail of the cases of their sites (the server decides which rows).
import { useState } from 'react';
import { API_BASE, ApiError } from '../../api/client.js';
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import { AUDIT_PAGE_SIZE, auditQuery, NO_AUDIT_FILTERS, type AuditFilters } from '../../lib/audit.js';
import { errorsByField } from '../../lib/fieldPath.js';
import { isAdmin } from '../../lib/permissions.js';
import { AuditFilterForm } from './AuditFilterForm.js';
import { AuditEntries } from './AuditEntries.js';

export function AuditLog() {
  const { api, user } = useApp();
  const [applied, setApplied] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  // The cursor of each page walked so far, so "Newer" goes back without the API having to page forwards.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const query = auditQuery(applied, { before: cursors[cursors.length - 1], limit: AUDIT_PAGE_SIZE });
  const entries = useResource((signal) => api.audit(query, signal), [query.toString()]);
  const serverErrors = entries.state === 'error' && entries.error instanceof ApiError ? errorsByField(entries.error.details) : new Map<string, string[]>();

  const filter = (next: AuditFilters) => {
    setApplied(next);
    setCursors([null]);
  };
  const items = entries.data?.items ?? [];
  const hasOlder = items.length === AUDIT_PAGE_SIZE && entries.data?.nextCursor;

  return (
    <section aria-labelledby="audit-title" className="stack audit-log">
      <h1 id="audit-title">Audit log</h1>
      <p className="muted">
        {isAdmin(user.role)
          ? 'Every read of a case or post and every change, with who, when and from where.'
          : 'Who read or changed the cases of your sites, their posts, replies and files, and the lists that showed them.'}{' '}
        Reading this log is recorded too.
      </p>
      <AuditFilterForm applied={applied} serverErrors={serverErrors} onApply={filter} />
      <div className="actions">
        <a className="button" href={`${API_BASE}/audit/export.csv?${auditQuery(applied)}`} download>
          Export CSV
        </a>
        <span className="muted small">Every entry these filters match, not just this page.</span>
      </div>
      {entries.state === 'loading' && !entries.data && <Loading label="Loading the audit log…" />}
      {entries.state === 'error' && <ErrorState error={entries.error} what="the audit log" onRetry={entries.reload} />}
      {entries.state !== 'error' && entries.data && (items.length === 0 ? <Empty title="No entries match these filters." /> : <AuditEntries items={items} />)}
      <nav className="actions" aria-label="Audit log pages">
        <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          Newer
        </button>
        <span role="status" className="muted small">
          Page {cursors.length}
          {items.length > 0 && `, entries ${(cursors.length - 1) * AUDIT_PAGE_SIZE + 1}–${(cursors.length - 1) * AUDIT_PAGE_SIZE + items.length}`}
        </span>
        <button type="button" disabled={!hasOlder} onClick={() => hasOlder && setCursors([...cursors, entries.data!.nextCursor])}>
          Older
        </button>
      </nav>
    </section>
  );
}
