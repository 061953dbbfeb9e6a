// Instants written for people who read them later, away from the screen (an evidence file, a regulator's copy): in a
// named time zone, always with that zone's abbreviation or offset, so "21:30" can never be read in the wrong zone.
import { isValidTimeZone, localParts, offsetAt } from './zoned.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

const namers = new Map<string, Intl.DateTimeFormat>();

/** "-06:00", "+05:30", "+00:00": the zone's offset from UTC at `instant`. */
export function offsetText(instant: Date, timeZone: string): string {
  const minutes = Math.round(offsetAt(instant, timeZone) / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The zone's short name at `instant` as English readers know it ("CST", "CDT", "MST", "UTC", "GMT"), or its offset
 * from UTC where English has no abbreviation for it ("UTC+01:00" for Berlin, "UTC+05:30" for Kolkata).
 */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  let f = namers.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' });
    namers.set(timeZone, f);
  }
  const name = f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  // Intl falls back to "GMT+1" where there is no abbreviation; the offset written out is harder to misread.
  return /^[A-Z]{2,5}$/.test(name) ? name : `UTC${offsetText(instant, timeZone)}`;
}

/** "Feb 28, 2026 21:30 CST": the wall clock in `timeZone` to the minute, with the zone's abbreviation or offset. */
export function formatInZone(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${MONTHS[p.month - 1]} ${p.day}, ${p.year} ${pad(p.hour)}:${pad(p.minute)} ${zoneAbbreviation(instant, timeZone)}`;
}

/** "2026-02-28T21:30:00-06:00": ISO 8601 in the zone's wall time with its offset, for files read by programs too. */
export function isoInZone(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${offsetText(instant, timeZone)}`;
}

/** The first of `zones` that is a real IANA time zone, or undefined. */
export function firstValidZone(...zones: (string | null | undefined)[]): string | undefined {
  return zones.find((z): z is string => typeof z === 'string' && z !== '' && isValidTimeZone(z));
}
