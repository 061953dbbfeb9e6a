// Wall-clock arithmetic in an IANA time zone using only Intl.DateTimeFormat, so no date library rides along.

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A calendar date as written in a time zone: year, month 1-12, day 1-31. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Formatters are expensive to build and immutable, so one per zone is reused.
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

// en-US with h23 always reads "11/20/2026, 16:55:00"; parsing format() is three times faster than formatToParts().
const READING = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

/** The wall-clock reading of `instant` in `timeZone`. */
export function localParts(instant: Date, timeZone: string): LocalDateTime {
  const m = READING.exec(formatter(timeZone).format(instant));
  if (!m) throw new Error(`unexpected date format in ${timeZone}`);
  return { year: Number(m[3]), month: Number(m[1]), day: Number(m[2]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6]) };
}

/** Milliseconds the zone is ahead of UTC at `instant` (negative west of Greenwich). */
export function offsetAt(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a wall clock in `timeZone` reads date + minutes past midnight (1440 = next midnight).
 * A reading skipped by spring-forward maps to the same distance past the gap (02:30 → 03:30);
 * a reading repeated by fall-back maps to its first occurrence.
 */
export function zonedInstant(date: LocalDate, minutesOfDay: number, timeZone: string): Date {
  const key = `${timeZone}|${date.year}-${date.month}-${date.day}|${minutesOfDay}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    // A pure memo: calendars and rotations ask for the same openings and hand-offs over and over.
    if (instants.size >= MEMO_LIMIT) instants.clear();
    instant = computeZonedInstant(date, minutesOfDay, timeZone);
    instants.set(key, instant);
  }
  return new Date(instant);
}

const MEMO_LIMIT = 50_000;
const instants = new Map<string, number>();

function computeZonedInstant(date: LocalDate, minutesOfDay: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minutesOfDay * 60_000;
  const before = offsetAt(new Date(wall - offsetAt(new Date(wall), timeZone) - 86_400_000 / 2), timeZone);
  const after = offsetAt(new Date(wall - offsetAt(new Date(wall), timeZone) + 86_400_000 / 2), timeZone);
  // Try the earlier offset first so repeated readings resolve to their first occurrence.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = wall - offset;
    if (offsetAt(new Date(candidate), timeZone) === offset) return candidate;
  }
  // In a gap neither offset reproduces the reading; the pre-transition offset lands past the gap.
  return wall - before;
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const { year, month, day } = localParts(instant, timeZone);
  return { year, month, day };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

export function formatDate(date: LocalDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export function parseDate(text: string): LocalDate {
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day };
}

/** 'HH:MM' → minutes past midnight; '24:00' is allowed as the end of a day. */
export function parseClockTime(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return h * 60 + m;
}
