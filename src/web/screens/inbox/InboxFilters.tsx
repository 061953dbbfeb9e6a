// The filter panel: checkbox groups for short code lists, selects for sites, teams and people.
import { useId } from 'react';
import type { InboxFilters, ListFilter } from '../../lib/filters.js';
import { withFilter } from '../../lib/filters.js';
import { NO_SITE } from '../../lib/sites.js';
import { useApp } from '../../hooks/context.js';
import {
  CATEGORY_CODES,
  PLATFORM_CODES,
  RISK_CODES,
  STATUS_CODES,
  categoryLabel,
  clockLabel,
  platformLabel,
  riskLabel,
  statusLabel,
} from '../../lib/labels.js';
import { CLOCK_OUTCOMES } from '../../lib/reports.js';
import type { Reference } from '../../hooks/useReference.js';
import { outcomeLabel } from '../../../domain/cases/outcomes.js';

interface Props {
  filters: InboxFilters;
  reference: Reference | undefined;
  onChange: (filters: InboxFilters) => void;
}

function CheckGroup({ legend, name, codes, labelOf, filters, onChange }: {
  legend: string;
  name: ListFilter;
  codes: string[];
  labelOf: (code: string) => string;
} & Omit<Props, 'reference'>) {
  const chosen = filters[name] ?? [];
  const toggle = (code: string) =>
    onChange(withFilter(filters, name, chosen.includes(code) ? chosen.filter((c) => c !== code) : [...chosen, code]));
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {codes.map((code) => (
        <label key={code} className="check">
          <input type="checkbox" checked={chosen.includes(code)} onChange={() => toggle(code)} /> {labelOf(code)}
        </label>
      ))}
    </fieldset>
  );
}

function PickOne({ label, name, options, filters, onChange }: {
  label: string;
  name: ListFilter;
  options: { value: string; label: string }[];
} & Omit<Props, 'reference'>) {
  const id = useId();
  return (
    <div className="filter-group">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={filters[name]?.[0] ?? ''} onChange={(e) => onChange(withFilter(filters, name, e.target.value ? [e.target.value] : []))}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function InboxFilterPanel({ filters, reference, onChange }: Props) {
  const common = { filters, onChange };
  // Cases with no site are outside every site scope: only admins and unscoped users can ever see them.
  const { user } = useApp();
  const seesUnplaced = user.role === 'admin' || user.sites.length === 0;
  return (
    <div className="filter-panel" id="inbox-filters">
      <PickOne
        label="Site"
        name="site"
        options={[...(seesUnplaced ? [{ value: NO_SITE, label: 'No site (not yet placed)' }] : []), ...(reference?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))]}
        {...common}
      />
      <PickOne label="Team" name="team" options={(reference?.teams ?? []).map((t) => ({ value: t.id, label: t.name }))} {...common} />
      <PickOne
        label="Assignee"
        name="assignee"
        options={[
          { value: 'me', label: 'Me' },
          { value: 'none', label: 'Unassigned' },
          ...(reference?.users ?? []).map((u) => ({ value: u.id, label: u.name })),
        ]}
        {...common}
      />
      <CheckGroup legend="Status" name="status" codes={[...STATUS_CODES, 'all']} labelOf={(s) => (s === 'all' ? 'Any status' : statusLabel(s))} {...common} />
      <CheckGroup legend="Platform" name="platform" codes={PLATFORM_CODES.filter((p) => p !== 'test')} labelOf={platformLabel} {...common} />
      <CheckGroup legend="Category" name="category" codes={CATEGORY_CODES} labelOf={categoryLabel} {...common} />
      <CheckGroup legend="Risk" name="risk" codes={RISK_CODES} labelOf={riskLabel} {...common} />
      <CheckGroup legend="Timing" name="timing" codes={['now']} labelOf={() => 'In the building now'} {...common} />
      <CheckGroup
        legend="Clock"
        name="clockState"
        codes={['running', 'warning', 'breached']}
        labelOf={(s) => CLOCK_STATE_LABELS[s] ?? s}
        {...common}
      />
    </div>
  );
}

/**
 * The next clock's state in the inbox's words; a dashboard drill-down's other outcomes of one clock in the
 * dashboard's, so a chip reads like the count it came from.
 */
const CLOCK_STATE_LABELS: Record<string, string> = {
  ...Object.fromEntries(CLOCK_OUTCOMES.map((o) => [o.outcome, o.label])),
  running: 'On track',
  warning: 'Due soon',
  breached: 'Breached',
};

const FILTER_NAMES: Record<string, string> = {
  site: 'Site',
  team: 'Team',
  assignee: 'Assignee',
  category: 'Category',
  platform: 'Platform',
  risk: 'Risk',
  status: 'Status',
  timing: 'Timing',
  clockState: 'Clock',
  clock: 'Clock',
  day: 'Day',
  from: 'From',
  to: 'To',
  awaiting: 'Waiting',
  author: 'Author',
  outcome: 'Outcome',
};

/** Active filters as removable chips, so what the list shows is never a mystery. */
export function ActiveFilters({ filters, reference, onChange }: Props) {
  const nameOf = (key: string, value: string): string => {
    if (key === 'site') return value === NO_SITE ? 'No site' : (reference?.sites.find((s) => s.id === value)?.name ?? value);
    if (key === 'team') return reference?.teams.find((t) => t.id === value)?.name ?? value;
    if (key === 'assignee') return value === 'me' ? 'Me' : value === 'none' ? 'Unassigned' : (reference?.users.find((u) => u.id === value)?.name ?? value);
    if (key === 'category') return categoryLabel(value);
    if (key === 'platform') return platformLabel(value);
    if (key === 'risk') return riskLabel(value);
    if (key === 'status') return value === 'all' ? 'Any status' : statusLabel(value);
    if (key === 'timing') return value === 'now' ? 'In the building now' : value;
    if (key === 'clockState') return CLOCK_STATE_LABELS[value] ?? value;
    if (key === 'clock') return clockLabel(value);
    if (key === 'outcome') return outcomeLabel(value);
    if (key === 'awaiting') return value === 'approval' ? 'for approval' : value === 'posting' ? 'to be posted by hand' : value;
    return value;
  };
  const chips: { key: string; value: string; text: string; remove: () => void }[] = [];
  for (const [key, raw] of Object.entries(filters)) {
    if (key === 'sort' || key === 'q' || raw === undefined) continue;
    const values = Array.isArray(raw) ? raw : [raw];
    for (const value of values) {
      chips.push({
        key,
        value,
        text: `${FILTER_NAMES[key] ?? key}: ${nameOf(key, value)}`,
        remove: () => {
          const next: InboxFilters = { ...filters };
          if (Array.isArray(raw) && raw.length > 1) (next as Record<string, string[]>)[key] = raw.filter((v) => v !== value);
          else delete (next as Record<string, unknown>)[key];
          onChange(next);
        },
      });
    }
  }
  if (chips.length === 0) return null;
  return (
    <ul className="active-filters" aria-label="Active filters">
      {chips.map((c) => (
        <li key={`${c.key}:${c.value}`}>
          <button type="button" className="chip removable" onClick={c.remove} aria-label={`Remove filter ${c.text}`}>
            {c.text} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
      <li>
        <button type="button" className="link-button" onClick={() => onChange(filters.sort ? { sort: filters.sort } : {})}>
          Clear all
        </button>
      </li>
    </ul>
  );
}
