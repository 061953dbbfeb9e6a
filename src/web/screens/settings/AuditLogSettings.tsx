// The audit trail for administrators: who read or changed what, and when, filtered and paged by the API (GET /audit),
// with the same filters exported as CSV for a compliance request.
import { useState, type FormEvent, type ReactElement } from 'react';
import { API_BASE, ApiError } from '../../api/client.js';
import type { AuditEntry } from '../../api/types.js';
import { useApp } from '../../hooks/context.js';
import { useReference } from '../../hooks/useReference.js';
import { useResource } from '../../hooks/useResource.js';
import { Empty, ErrorState, FieldErrors, Loading } from '../../components/States.js';
import { AUDIT_PAGE_SIZE, auditFilterProblems, auditQuery, KNOWN_AUDIT_ACTIONS, KNOWN_AUDIT_ENTITIES, NO_AUDIT_FILTERS, type AuditFilters } from '../../lib/audit.js';
import { errorsByField } from '../../lib/fieldPath.js';
import { caseHref } from '../../lib/route.js';
import { formatDateTime } from '../../lib/time.js';

export function AuditLogSettings() {
  const { api } = useApp();
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
    <section aria-labelledby="audit-title" className="stack">
      <h2 id="audit-title">Audit log</h2>
      <p className="muted">Every read of a case or post and every change, with who, when and from where. Reading this log is recorded too.</p>
      <AuditFilterForm applied={applied} serverErrors={serverErrors} onApply={filter} />
      <div className="actions">
        <a className="button" href={`${API_BASE}/audit/export.csv?${auditQuery(applied)}`} download>
          Export CSV
        </a>
        <span className="muted small">Every entry these filters match, not just this page.</span>
      </div>
      {entries.state === 'loading' && !entries.data && <Loading label="Loading the audit log…" />}
      {entries.state === 'error' && <ErrorState error={entries.error} what="the audit log" onRetry={entries.reload} />}
      {entries.state !== 'error' && entries.data && (items.length === 0 ? <Empty title="No entries match these filters." /> : <AuditTable items={items} />)}
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

function AuditFilterForm({ applied, serverErrors, onApply }: { applied: AuditFilters; serverErrors: Map<string, string[]>; onApply: (f: AuditFilters) => void }) {
  const reference = useReference();
  const [draft, setDraft] = useState<AuditFilters>(applied);
  const [shownProblems, setShownProblems] = useState<Map<keyof AuditFilters, string>>(new Map());
  const set = (field: keyof AuditFilters) => (value: string) => setDraft({ ...draft, [field]: value });
  const errorsOf = (field: keyof AuditFilters) => [...(shownProblems.has(field) ? [shownProblems.get(field)!] : []), ...(serverErrors.get(field) ?? [])];

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = auditFilterProblems(draft);
    setShownProblems(problems);
    if (problems.size === 0) onApply(draft);
  }
  function clear() {
    setDraft(NO_AUDIT_FILTERS);
    setShownProblems(new Map());
    onApply(NO_AUDIT_FILTERS);
  }
  const field = (name: keyof AuditFilters, labelText: string, input: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactElement) => {
    const id = `audit-${name}`;
    const errors = errorsOf(name);
    return (
      <div className="stack">
        <label htmlFor={id}>{labelText}</label>
        {input({ id, 'aria-invalid': errors.length > 0, 'aria-describedby': errors.length > 0 ? `${id}-error` : undefined })}
        <FieldErrors id={`${id}-error`} messages={errors} />
      </div>
    );
  };

  return (
    <form className="panel form" onSubmit={submit} noValidate aria-labelledby="audit-filters-title">
      <h3 id="audit-filters-title">Filters</h3>
      <div className="grid-2">
        {field('actor', 'Actor', (p) => (
          <select {...p} value={draft.actor} onChange={(e) => set('actor')(e.target.value)}>
            <option value="">Anyone</option>
            {reference.data?.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email})
              </option>
            ))}
          </select>
        ))}
        {field('action', 'Action', (p) => (
          <input {...p} list="audit-actions" value={draft.action} placeholder="e.g. case.read" onChange={(e) => set('action')(e.target.value)} />
        ))}
        {field('entity', 'Entity', (p) => (
          <input {...p} list="audit-entities" value={draft.entity} placeholder="e.g. case" onChange={(e) => set('entity')(e.target.value)} />
        ))}
        {field('caseNumber', 'Case number', (p) => (
          <input {...p} inputMode="numeric" value={draft.caseNumber} placeholder="e.g. 140: who read or changed it" onChange={(e) => set('caseNumber')(e.target.value)} />
        ))}
        {field('from', 'From', (p) => <input {...p} type="date" value={draft.from} onChange={(e) => set('from')(e.target.value)} />)}
        {field('to', 'To', (p) => <input {...p} type="date" value={draft.to} onChange={(e) => set('to')(e.target.value)} />)}
      </div>
      <datalist id="audit-actions">
        {KNOWN_AUDIT_ACTIONS.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <datalist id="audit-entities">
        {KNOWN_AUDIT_ENTITIES.map((e) => (
          <option key={e} value={e} />
        ))}
      </datalist>
      <div className="actions">
        <button type="submit" className="primary">
          Apply filters
        </button>
        <button type="button" onClick={clear}>
          Clear
        </button>
      </div>
    </form>
  );
}

function AuditTable({ items }: { items: AuditEntry[] }) {
  return (
    <div className="table-scroll audit-table">
      <table className="data-table">
        <caption className="visually-hidden">Audit log entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Entity</th>
            <th scope="col">IP</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.at}>{formatDateTime(e.at)}</time>
              </td>
              <td>{e.actor}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>
                <EntityCell entry={e} />
              </td>
              <td>{e.ip ?? ''}</td>
              <td className="audit-details">{Object.keys(e.details ?? {}).length > 0 ? <code>{JSON.stringify(e.details)}</code> : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A case is one click away; other entities show their type and id. */
function EntityCell({ entry }: { entry: AuditEntry }) {
  if (!entry.entityId) return <>{entry.entityType}</>;
  const id = <code className="small">{entry.entityId}</code>;
  return (
    <>
      {entry.entityType}{' '}
      {entry.entityType === 'case' ? (
        <a href={caseHref(entry.entityId)}>{entry.caseNumber ? `#${entry.caseNumber}` : id}</a>
      ) : (
        id
      )}
    </>
  );
}
