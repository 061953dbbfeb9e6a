// Business calendars: the opening hours a team answers in, so business clocks count only working time.
import { Type, type Static } from '@sinclair/typebox';
import { addDays, formatDate, localDateOf, parseClockTime, weekdayOf, zonedInstant, type LocalDate } from './zoned.js';

const HOURS_RANGE = '^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$';
const DAY_HOURS = Type.Array(Type.String({ pattern: HOURS_RANGE }));

export const CalendarSchema = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    timeZone: Type.String({ minLength: 1 }),
    hours: Type.Object(
      { mon: Type.Optional(DAY_HOURS), tue: Type.Optional(DAY_HOURS), wed: Type.Optional(DAY_HOURS), thu: Type.Optional(DAY_HOURS), fri: Type.Optional(DAY_HOURS), sat: Type.Optional(DAY_HOURS), sun: Type.Optional(DAY_HOURS) },
      { additionalProperties: false },
    ),
    holidays: Type.Array(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  },
  { additionalProperties: false },
);
export type Calendar = Static<typeof CalendarSchema>;

const ALL_DAY = ['00:00-24:00'];

/** Always open: used by clocks that run around the clock. UTC because elapsed time does not depend on a zone. */
export const CALENDAR_24X7: Calendar = {
  id: '24x7',
  timeZone: 'UTC',
  hours: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY },
  holidays: [],
};

/** The same always-open calendar read in another zone, for calendar-day arithmetic in local time. */
export function alwaysOpen(timeZone: string): Calendar {
  return { ...CALENDAR_24X7, timeZone };
}

// Ten years without a single open minute means the calendar is empty, not that work is far away.
const SEARCH_DAYS = 3660;

interface Interval {
  start: number;
  end: number;
}

/** The opening intervals of one local date as instants (DST days are 23 or 25 hours long, which this respects). */
function openIntervals(date: LocalDate, cal: Calendar): Interval[] {
  if (cal.holidays.includes(formatDate(date))) return [];
  const ranges = cal.hours[weekdayOf(date) as keyof Calendar['hours']] ?? [];
  return ranges
    .map((range) => {
      const [from, to] = range.split('-').map(parseClockTime);
      return { start: zonedInstant(date, from, cal.timeZone).getTime(), end: zonedInstant(date, to, cal.timeZone).getTime() };
    })
    .filter((i) => i.end > i.start)
    .sort((a, b) => a.start - b.start)
    .reduce<Interval[]>(mergeOverlaps, []);
}

// Overlapping ranges ('08:00-12:00', '11:00-13:00') must not count the shared hour twice.
function mergeOverlaps(merged: Interval[], next: Interval): Interval[] {
  const last = merged[merged.length - 1];
  if (last && next.start <= last.end) last.end = Math.max(last.end, next.end);
  else merged.push({ ...next });
  return merged;
}

function isAlwaysOpen(cal: Calendar): boolean {
  return cal.holidays.length === 0 && Object.keys(CALENDAR_24X7.hours).every((d) => {
    const ranges = cal.hours[d as keyof Calendar['hours']];
    return ranges?.length === 1 && ranges[0] === ALL_DAY[0];
  });
}

/**
 * Walks the open intervals from the local day containing `from`, forward, yielding each clipped to start at `from`,
 * until the local day containing `until`.
 */
function* intervalsFrom(from: number, cal: Calendar, until = Infinity): Generator<Interval> {
  if (!Object.values(cal.hours).some((ranges) => ranges?.length)) {
    if (until === Infinity) throw new Error(`calendar ${cal.id} has no open hours`);
    return;
  }
  // Start a day early: an interval of yesterday's local date may still be open (zones ahead of the clock change).
  let date = addDays(localDateOf(new Date(from), cal.timeZone), -1);
  for (let i = 0; i < SEARCH_DAYS; i++, date = addDays(date, 1)) {
    if (zonedInstant(date, 0, cal.timeZone).getTime() > until) return;
    for (const interval of openIntervals(date, cal)) {
      if (interval.end > from) yield { start: Math.max(interval.start, from), end: interval.end };
    }
  }
  throw new Error(`calendar ${cal.id} has no open hours in ten years`);
}

/** The instant `ms` of open time after `start`. With ms = 0 it is `start` itself, open or not. */
export function addBusinessTime(start: Date, ms: number, cal: Calendar): Date {
  if (ms < 0) throw new RangeError('addBusinessTime needs a non-negative duration');
  if (ms === 0 || isAlwaysOpen(cal)) return new Date(start.getTime() + ms);
  let remaining = ms;
  for (const interval of intervalsFrom(start.getTime(), cal)) {
    const length = interval.end - interval.start;
    if (remaining <= length) return new Date(interval.start + remaining);
    remaining -= length;
  }
  throw new Error('unreachable');
}

/** The first open instant at or after `at`. */
export function nextOpenAt(at: Date, cal: Calendar): Date {
  if (isAlwaysOpen(cal)) return at;
  for (const interval of intervalsFrom(at.getTime(), cal)) return new Date(interval.start);
  throw new Error('unreachable');
}

/** Open time between a and b in ms; negative when b is before a. */
export function businessTimeBetween(a: Date, b: Date, cal: Calendar): number {
  if (b < a) return -businessTimeBetween(b, a, cal);
  if (isAlwaysOpen(cal)) return b.getTime() - a.getTime();
  const end = b.getTime();
  let total = 0;
  for (const interval of intervalsFrom(a.getTime(), cal, end)) {
    if (interval.start >= end) break;
    total += Math.min(interval.end, end) - interval.start;
  }
  return total;
}
