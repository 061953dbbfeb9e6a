import { describe, expect, it } from 'vitest';
import { firstValidZone, formatInZone, isoInZone, offsetText, zoneAbbreviation } from './zone-text.js';

describe('instants written in a named time zone', () => {
  it('prints a reply sent at 2026-03-01T03:30Z on a Chicago site as Feb 28 21:30 CST, the day before in UTC', () => {
    const at = new Date('2026-03-01T03:30:00Z');
    expect(formatInZone(at, 'America/Chicago')).toBe('Feb 28, 2026 21:30 CST');
    expect(isoInZone(at, 'America/Chicago')).toBe('2026-02-28T21:30:00-06:00');
    expect(formatInZone(at, 'UTC')).toBe('Mar 1, 2026 03:30 UTC');
    expect(isoInZone(at, 'UTC')).toBe('2026-03-01T03:30:00+00:00');
  });

  it('names daylight time after the change and writes the offset where English has no abbreviation', () => {
    expect(formatInZone(new Date('2026-07-01T17:00:00Z'), 'America/Chicago')).toBe('Jul 1, 2026 12:00 CDT');
    expect(zoneAbbreviation(new Date('2026-03-01T03:30:00Z'), 'Europe/Berlin')).toBe('UTC+01:00');
    expect(formatInZone(new Date('2026-03-01T03:30:00Z'), 'Asia/Kolkata')).toBe('Mar 1, 2026 09:00 UTC+05:30');
    expect(offsetText(new Date('2026-03-01T03:30:00Z'), 'America/St_Johns')).toBe('-03:30');
  });

  it('takes the first real zone, skipping missing and unknown ones', () => {
    expect(firstValidZone(null, 'Mars/Olympus', 'America/Denver', 'UTC')).toBe('America/Denver');
    expect(firstValidZone(undefined, '')).toBeUndefined();
  });
});
