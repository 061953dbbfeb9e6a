import { categoryLabel, clockLabel, platformLabel, priorityLabel, riskLabel, severityLabel, statusLabel } from '../lib/labels.js';
import { describeDue, formatDateTime, liveClockState, type ClockState } from '../lib/time.js';

export function PlatformBadge({ platform }: { platform: string }) {
  return <span className={`badge platform platform-${platform}`}>{platformLabel(platform)}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status status-${status}`}>{statusLabel(status)}</span>;
}

export function SeverityBadge({ severity }: { severity: number }) {
  if (!severity) return null;
  return <span className={`badge severity severity-${severity}`}>Severity: {severityLabel(severity)}</span>;
}

/** Only a priority other than normal is worth a badge. */
export function PriorityBadge({ priority }: { priority: string }) {
  if (priority === 'normal') return null;
  return <span className={`badge priority priority-${priority}`}>Priority: {priorityLabel(priority)}</span>;
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
