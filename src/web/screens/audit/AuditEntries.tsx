// One page of audit entries: a table on a wide screen, one card per entry on a phone (app.css), each cell labelled
// so a card still says what each value is. Actions and details in words; the raw codes stay in tooltips.
import type { AuditEntry } from '../../api/types.js';
import { auditActionLabel, auditDetailLines, auditViaLabel } from '../../lib/audit.js';
import { caseHref } from '../../lib/route.js';
import { formatDateTime } from '../../lib/time.js';

export function AuditEntries({ items }: { items: AuditEntry[] }) {
  return (
    <div className="table-scroll audit-table">
      <table className="data-table">
        <caption className="visually-hidden">Audit log entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">About</th>
            <th scope="col">IP</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td data-label="When">
                <time dateTime={e.at}>{formatDateTime(e.at)}</time>
              </td>
              <td data-label="Actor">{e.actor}</td>
              <td data-label="Action">
                <span title={e.action}>{auditActionLabel(e.action)}</span>
              </td>
              <td data-label="About">
                <AboutCell entry={e} />
              </td>
              <td data-label="IP">{e.ip ?? ''}</td>
              <td data-label="Details" className="audit-details">
                <DetailLines details={e.details} hidden={e.caseNumber ? ['caseId'] : []} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The case by its number when the entry concerns one (and how: a post of it, a list that showed it); else the entity. */
function AboutCell({ entry }: { entry: AuditEntry }) {
  const via = entry.via && entry.via !== 'case' ? auditViaLabel(entry.via) : entry.caseNumber && entry.entityType !== 'case' ? entry.entityType : null;
  if (entry.caseNumber) {
    return (
      <span>
        <a href={caseHref(String(entry.caseNumber))} title={entry.entityId ? `${entry.entityType} ${entry.entityId}` : undefined}>
          Case #{entry.caseNumber}
        </a>
        {via && <span className="muted small"> · {via}</span>}
      </span>
    );
  }
  if (!entry.entityId) return <span>{entry.entityType}</span>;
  // One element per cell: on a phone the cell is a grid of its label and its value.
  return (
    <span>
      {entry.entityType} <code className="small">{entry.entityId}</code>
    </span>
  );
}

function DetailLines({ details, hidden }: { details: Record<string, unknown>; hidden: string[] }) {
  const lines = auditDetailLines(details, hidden);
  if (lines.length === 0) return null;
  return (
    <dl className="audit-detail-lines">
      {lines.map((l) => (
        <div key={l.label}>
          <dt>{l.label}:</dt> <dd>{l.value}</dd>
        </div>
      ))}
    </dl>
  );
}
