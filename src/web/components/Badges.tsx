import { categoryLabel, clockLabel, platformLabel, PRIORITY_HELP, priorityLabel, riskLabel, SEVERITY_HELP, severityLabel, statusLabel, tagLabel } from '../lib/labels.js';
import { describeDue, formatDateTime, liveClockState, type ClockState } from '../lib/time.js';

export function PlatformBadge({ platform }: { platform: string }) {
  return <span className={`badge platform platform-${platform}`}>{platformLabel(platform)}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status status-${status}`}>{statusLabel(status)}</span>;
}

/** The post's harm as triage assessed it: named so, because it sits beside the case's priority and may differ. */
export function SeverityBadge({ severity }: { severity: number }) {
  if (!severity) return null;
  return (
    <span className={`badge severity severity-${severity}`} title={SEVERITY_HELP}>
      Assessed severity: {severityLabel(severity)}
    </span>
  );
}

/** Only a priority other than normal is worth a badge. */
export function PriorityBadge({ priority }: { priority: string }) {
  if (priority === 'normal') return null;
  return (
    <span className={`badge priority priority-${priority}`} title={PRIORITY_HELP}>
      Priority: {priorityLabel(priority)}
    </span>
  );
}

/** Tags in words: the codes are for routing rules and filters. */
export function TagChips({ tags }: { tags: string[] }) {
  return (
    <>
      {tags.map((t) => (
        <span key={t} className="chip tag">
          {tagLabel(t)}
        </span>
      ))}
    </>
  );
}

export function RiskBadges({ risks }: { risks: string[] }) {
  return (
    <>
      {risks.map((r) => (
        <span key={r} className="badge risk">
          <span aria-hidden="true">⚠ </span>
          Risk: {riskLabel(r)}
        </span>
      ))}
    </>
  );
}

export function CategoryChips({ categories }: { categories: string[] }) {
  return (
    <>
      {categories.map((c) => (
        <span key={c} className="chip">
          {categoryLabel(c)}
        </span>
      ))}
    </>
  );
}

/** A clock as a countdown coloured by state; the exact due time is in the tooltip and the accessible name. */
export function ClockBadge({ name, dueAt, state, now, metLate = false }: { name: string; dueAt: string; state: ClockState; now: number; metLate?: boolean }) {
  const live = liveClockState(state, dueAt, now);
  const due = formatDateTime(dueAt);
  return (
    <span className={`clock clock-${live}`} title={`${clockLabel(name)}: due ${due}`}>
      <span className="clock-dot" aria-hidden="true" />
      <span className="clock-name">{clockLabel(name)}</span> <span className="clock-due">{describeDue(state, dueAt, now, metLate)}</span>
    </span>
  );
}
