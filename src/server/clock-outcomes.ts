// Where a clock stands, as SQL over a `clocks` row: the compliance report counts clocks by these outcomes and the
// inbox drill-down behind each count lists cases by them, so one definition keeps a number and its list in step.
// A clock met after its due time is met late (meetClock records the breach then), not breached: the promise was
// broken but the patient has been answered. A clock whose case ended before it was met is stopped, and counts as
// neither met nor owed.

export const CLOCK_OUTCOMES = ['met', 'met_late', 'breached', 'running', 'stopped'] as const;
export type ClockOutcome = (typeof CLOCK_OUTCOMES)[number];

export const isClockOutcome = (value: string): value is ClockOutcome => (CLOCK_OUTCOMES as readonly string[]).includes(value);

/** The field of the compliance report that counts an outcome (`met_late` → `metLate`). */
export const outcomeField = (outcome: ClockOutcome) => outcome.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()) as ClockOutcomeField;
export type ClockOutcomeField = 'met' | 'metLate' | 'breached' | 'running' | 'stopped';

/**
 * `k` is the clocks row's alias; `now` gives a SQL expression for the current instant, asked for only by the
 * outcomes that depend on it (an unused query parameter is an error). A clock past due that the sweep has not reached
 * yet is already breached; a paused clock owes nothing until it resumes, unless it breached first.
 */
export function clockOutcomeSql(outcome: ClockOutcome, k: string, now: () => string): string {
  const breached = `${k}.data->>'breachedAt' IS NOT NULL`;
  const notBreached = `${k}.data->>'breachedAt' IS NULL`;
  // Still owed: neither met nor stopped with its case.
  const live = `${k}.state NOT IN ('met', 'stopped')`;
  const overdue = () => `(${k}.state <> 'paused' AND ${k}.due_at <= ${now()})`;
  switch (outcome) {
    case 'met':
      return `(${k}.state = 'met' AND ${notBreached})`;
    case 'met_late':
      return `(${k}.state = 'met' AND ${breached})`;
    // Stopped past its due time is a broken promise that was never kept: breached.
    case 'breached':
      return `(${k}.state <> 'met' AND (${breached} OR (${live} AND ${overdue()})))`;
    case 'running':
      return `(${live} AND ${notBreached} AND NOT ${overdue()})`;
    case 'stopped':
      return `(${k}.state = 'stopped' AND ${notBreached})`;
  }
}
