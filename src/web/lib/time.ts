// Clock and timestamp wording for people scanning a queue: short, relative, in the viewer's own zone.

export type ClockState = 'running' | 'paused' | 'warning' | 'breached' | 'met' | 'stopped';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "<1 min", "23 min", "2 h", "2 h 5 min" (under 10 h, where minutes still matter), "3 d". */
export function formatSpan(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return '<1 min';
  if (abs < HOUR) return `${Math.floor(abs / MINUTE)} min`;
  if (abs < 10 * HOUR) {
    const h = Math.floor(abs / HOUR);
    const m = Math.floor((abs % HOUR) / MINUTE);
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  if (abs < 2 * DAY) return `${Math.floor(abs / HOUR)} h`;
  return `${Math.floor(abs / DAY)} d`;
}

/** The state a clock shows now: the server's state can be minutes old, the due time cannot. */
export function liveClockState(state: ClockState, dueAt: string, now: number): ClockState {
  if (state === 'paused' || state === 'met' || state === 'stopped') return state;
  return Date.parse(dueAt) <= now ? 'breached' : state;
}

/** "due in 23 min", "breached 2 h ago", "paused", "met". */
export function describeDue(state: ClockState, dueAt: string, now: number, metLate = false): string {
  const live = liveClockState(state, dueAt, now);
  if (live === 'met') return metLate ? 'met late' : 'met';
  if (live === 'stopped') return 'stopped when the case ended';
  const delta = Date.parse(dueAt) - now;
  if (live === 'paused') return 'paused';
  if (live === 'breached') return `breached ${formatSpan(delta)} ago`;
  return `due in ${formatSpan(delta)}`;
}

/** "5 min ago", "3 d ago", "in 2 h" for event times. */
export function describeAgo(iso: string, now: number): string {
  const delta = now - Date.parse(iso);
  if (Math.abs(delta) < MINUTE) return 'just now';
  return delta > 0 ? `${formatSpan(delta)} ago` : `in ${formatSpan(delta)}`;
}

/** Absolute time in the viewer's zone (or the one given), for tooltips and the timeline. */
export function formatDateTime(iso: string, timeZone?: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** An instant as a `datetime-local` input shows it: the browser's own wall time, to the minute. */
export function toLocalInput(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
