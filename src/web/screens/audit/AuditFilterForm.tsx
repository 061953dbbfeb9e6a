// The audit log's filters, applied together; the Action filter offers the known actions in words, grouped.
import { useState, type FormEvent, type ReactElement } from 'react';
import { useReference } from '../../hooks/useReference.js';
import { FieldErrors } from '../../components/States.js';
import { AUDIT_ACTION_GROUPS, auditFilterProblems, KNOWN_AUDIT_ENTITIES, NO_AUDIT_FILTERS, type AuditFilters } from '../../lib/audit.js';

interface Props {
  applied: AuditFilters;
  serverErrors: Map<string, string[]>;
  onApply: (f: AuditFilters) => void;
}

export function AuditFilterForm({ applied, serverErrors, onApply }: Props) {
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
      <h2 id="audit-filters-title">Filters</h2>
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
          <select {...p} value={draft.action} onChange={(e) => set('action')(e.target.value)}>
            <option value="">Any action</option>
            {AUDIT_ACTION_GROUPS.map((g) => (
              <optgroup key={g.group} label={g.group}>
                {Object.entries(g.actions).map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
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
