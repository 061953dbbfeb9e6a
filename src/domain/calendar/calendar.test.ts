import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, CALENDAR_24X7, nextOpenAt, type Calendar } from './calendar.js';
import { zonedInstant } from './zoned.js';

const HOUR = 3_600_000;
const weekdays = ['08:00-17:00'];
const chicagoOffice: Calendar = {
  id: 'office',
  timeZone: 'America/Chicago',
  hours: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays },
  holidays: ['2026-12-25'],
};
const iso = (d: Date) => d.toISOString();

describe('zonedInstant', () => {
  it('moves a wall time skipped by spring-forward past the gap', () => {
    expect(iso(zonedInstant({ year: 2026, month: 3, day: 8 }, 150, 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
  });
  it('takes the first of two identical readings at fall-back', () => {
    expect(iso(zonedInstant({ year: 2026, month: 11, day: 1 }, 90, 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('addBusinessTime', () => {
  it('adds plain elapsed time on the always-open calendar', () => {
    expect(iso(addBusinessTime(new Date('2026-03-08T06:30:00Z'), HOUR, CALENDAR_24X7))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('carries the remainder of a Friday over the weekend to Monday morning', () => {
    // Fri 16:00 CST + 3 business hours = 1 h Friday + 2 h Monday → Mon 10:00 CST.
    expect(iso(addBusinessTime(new Date('2026-11-27T22:00:00Z'), 3 * HOUR, chicagoOffice))).toBe('2026-11-30T16:00:00.000Z');
  });

  it('starts counting at opening time when started at night', () => {
    expect(iso(addBusinessTime(new Date('2026-11-24T03:00:00Z'), HOUR, chicagoOffice))).toBe('2026-11-24T15:00:00.000Z');
  });

  it('skips holidays', () => {
    // Thu 2026-12-24 16:00 CST + 2 h → 1 h Thursday, Christmas Friday closed, 1 h Monday 28th → 09:00 CST.
    expect(iso(addBusinessTime(new Date('2026-12-24T22:00:00Z'), 2 * HOUR, chicagoOffice))).toBe('2026-12-28T15:00:00.000Z');
  });

  it('keeps opening at 08:00 local across the spring-forward weekend', () => {
    // Fri 2026-03-06 16:00 CST (22:00Z) + 2 h → Mon 2026-03-09 09:00 CDT = 14:00Z.
    expect(iso(addBusinessTime(new Date('2026-03-06T22:00:00Z'), 2 * HOUR, chicagoOffice))).toBe('2026-03-09T14:00:00.000Z');
  });

  it('keeps opening at 08:00 local across the fall-back weekend in Denver', () => {
    const denver = { ...chicagoOffice, timeZone: 'America/Denver' };
    // Fri 2026-10-30 16:00 MDT (22:00Z) + 2 h → Mon 2026-11-02 09:00 MST = 16:00Z.
    expect(iso(addBusinessTime(new Date('2026-10-30T22:00:00Z'), 2 * HOUR, denver))).toBe('2026-11-02T16:00:00.000Z');
  });

  it('counts a 23-hour spring-forward day as 23 hours on a round-the-clock calendar in a zone', () => {
    const allDay = ['00:00-24:00'];
    const ny: Calendar = { id: 'ny', timeZone: 'America/New_York', hours: { sun: allDay, mon: allDay }, holidays: [] };
    // Sun 2026-03-08 00:00 EST (05:00Z) + 24 h → crosses the missing hour → Mon 01:00 EDT = 05:00Z.
    expect(iso(addBusinessTime(new Date('2026-03-08T05:00:00Z'), 24 * HOUR, ny))).toBe('2026-03-09T05:00:00.000Z');
  });

  it('refuses a calendar without open hours instead of looping forever', () => {
    expect(() => addBusinessTime(new Date('2026-01-01T00:00:00Z'), HOUR, { ...chicagoOffice, hours: {} })).toThrow(/no open hours/);
  });
});

describe('businessTimeBetween', () => {
  it('counts only open hours over a weekend', () => {
    // Fri 16:00 CST → Mon 10:00 CST = 1 h + 2 h.
    expect(businessTimeBetween(new Date('2026-11-27T22:00:00Z'), new Date('2026-11-30T16:00:00Z'), chicagoOffice)).toBe(3 * HOUR);
  });
  it('is the inverse of addBusinessTime', () => {
    const start = new Date('2026-12-23T20:17:00Z');
    const end = addBusinessTime(start, 13.5 * HOUR, chicagoOffice);
    expect(businessTimeBetween(start, end, chicagoOffice)).toBe(13.5 * HOUR);
  });
  it('is negative when the end comes first', () => {
    expect(businessTimeBetween(new Date('2026-11-30T16:00:00Z'), new Date('2026-11-30T15:00:00Z'), chicagoOffice)).toBe(-HOUR);
  });
  it('is zero over a calendar without open hours', () => {
    expect(businessTimeBetween(new Date('2026-11-27T22:00:00Z'), new Date('2026-11-30T16:00:00Z'), { ...chicagoOffice, hours: {} })).toBe(0);
  });
  it('does not count an hour twice when ranges overlap', () => {
    const overlapping = { ...chicagoOffice, hours: { mon: ['08:00-12:00', '11:00-13:00'] } };
    expect(businessTimeBetween(new Date('2026-11-30T00:00:00Z'), new Date('2026-12-01T00:00:00Z'), overlapping)).toBe(5 * HOUR);
  });
});

describe('nextOpenAt', () => {
  it('finds Monday 08:00 in the calendar zone from a Friday evening', () => {
    expect(iso(nextOpenAt(new Date('2026-11-28T00:00:00Z'), chicagoOffice))).toBe('2026-11-30T14:00:00.000Z');
  });
});
