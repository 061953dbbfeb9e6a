// Whether a notification goes out now, waits for the morning, or joins the daily digest.
// Urgent pages always go now: a patient-safety complaint at 3 a.m. is exactly what on-call is for.
import { Type, type Static } from '@sinclair/typebox';
import { addDays, localDateOf, localParts, parseClockTime, zonedInstant } from '../domain/calendar/zoned.js';
import type { Notification } from './types.js';

const ClockTime = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });

export const UserPrefsSchema = Type.Object({
  mode: Type.Union([Type.Literal('immediate'), Type.Literal('digest')]),
  /** Local hour (0-23) the daily digest goes out; 8 when unset. */
  digestHour: Type.Optional(Type.Integer({ minimum: 0, maximum: 23 })),
  /** A window in local wall-clock time; start after end means it spans midnight. start == end means none. */
  quietHours: Type.Optional(Type.Object({ start: ClockTime, end: ClockTime, timeZone: Type.String() })),
  /** The user's zone for the digest hour; falls back to the quiet-hours zone, then UTC. */
  timeZone: Type.Optional(Type.String()),
});
export type UserPrefs = Static<typeof UserPrefsSchema>;

export type DeliveryDecision = { action: 'send_now' } | { action: 'hold_until'; at: Date } | { action: 'digest'; at: Date };

const DEFAULT_DIGEST_HOUR = 8;

export function decideDelivery(prefs: UserPrefs, notification: Notification, now: Date): DeliveryDecision {
  if (notification.urgent) return { action: 'send_now' };
  // The digest itself is a delivery, not something to fold into the next digest.
  if (prefs.mode === 'digest' && notification.kind !== 'digest') {
    const timeZone = prefs.timeZone ?? prefs.quietHours?.timeZone ?? 'UTC';
    const at = nextWallClock(now, (prefs.digestHour ?? DEFAULT_DIGEST_HOUR) * 60, timeZone);
    return { action: 'digest', at: quietEndIfInside(prefs, at) ?? at };
  }
  const end = quietEndIfInside(prefs, now);
  return end ? { action: 'hold_until', at: end } : { action: 'send_now' };
}

/** When `instant` falls inside the quiet hours, the instant they end; otherwise null. */
function quietEndIfInside(prefs: UserPrefs, instant: Date): Date | null {
  const q = prefs.quietHours;
  if (!q) return null;
  const start = parseClockTime(q.start);
  const end = parseClockTime(q.end);
  if (start === end) return null;
  const { hour, minute } = localParts(instant, q.timeZone);
  const m = hour * 60 + minute;
  const inside = start < end ? m >= start && m < end : m >= start || m < end;
  return inside ? nextWallClock(instant, end, q.timeZone) : null;
}

/**
 * The first instant after `after` at which the local clock reads `minutesOfDay`. On a spring-forward day a
 * skipped reading lands just past the gap (zonedInstant's rule), so a 02:30 wake-up becomes 03:30, never lost.
 */
function nextWallClock(after: Date, minutesOfDay: number, timeZone: string): Date {
  const today = localDateOf(after, timeZone);
  const candidate = zonedInstant(today, minutesOfDay, timeZone);
  return candidate > after ? candidate : zonedInstant(addDays(today, 1), minutesOfDay, timeZone);
}
