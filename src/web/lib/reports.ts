// Report rows shaped for charts and tables, and the inbox filters behind each bar (drill-down).
import type { InboxFilters } from './filters.js';

export interface VolumeRow {
  day: string;
  [platform: string]: number | string;
}

/** One row per day, one numeric column per platform (missing = 0), days in order. */
export function pivotVolume(rows: readonly { day: string; platform: string; count: number }[]): { rows: VolumeRow[]; platforms: string[] } {
  const platforms = [...new Set(rows.map((r) => r.platform))].sort();
  const byDay = new Map<string, VolumeRow>();
  for (const r of rows) {
    const row = byDay.get(r.day) ?? Object.fromEntries([['day', r.day], ...platforms.map((p) => [p, 0])]);
    row[r.platform] = Number(row[r.platform] ?? 0) + r.count;
    byDay.set(r.day, row as VolumeRow);
  }
  return { rows: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)), platforms };
}

/**
 * Drill-downs look at every status (a dashboard counts closed cases too) and at the cases opened in the period the
 * figures cover, so a list holds exactly the cases its number counted.
 */
export function drillDown(filters: InboxFilters, period?: Period): InboxFilters {
  return { status: ['all'], ...(period ? { from: period.from, to: period.to } : {}), ...filters };
}

/** A report period: days, both included, read by the reports API in the site's or organization's time zone. */
export interface Period {
  from: string;
  to: string;
}

/** Why the period cannot be shown, in words for the field, or null when it can. */
export function periodProblem(period: Period): string | null {
  if (!period.from || !period.to) return 'Choose both a start and an end date.';
  return period.from > period.to ? 'The end date must be on or after the start date.' : null;
}

/** The clock compliance columns, each the outcome the inbox filters by (`clock=…&clockState=…`). */
export const CLOCK_OUTCOMES = [
  { key: 'met', outcome: 'met', label: 'Met on time' },
  { key: 'metLate', outcome: 'met_late', label: 'Met late' },
  { key: 'breached', outcome: 'breached', label: 'Breached, not yet met' },
  { key: 'running', outcome: 'running', label: 'Running' },
  { key: 'stopped', outcome: 'stopped', label: 'Stopped: case ended first' },
] as const;

export function lastDays(days: number, now: number): Period {
  const to = new Date(now);
  const from = new Date(now - (days - 1) * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

export function formatMinutes(minutes: number | null): string {
  if (minutes === null || Number.isNaN(minutes)) return '—';
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${(minutes / 60).toFixed(1)} h`;
  return `${(minutes / 1440).toFixed(1)} d`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`;
}
