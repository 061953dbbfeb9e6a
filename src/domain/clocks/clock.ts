// One running promise on a case. Every function returns a new record; the caller stores it and the events.
import { addBusinessTime, alwaysOpen, businessTimeBetween, CALENDAR_24X7, type Calendar } from '../calendar/calendar.js';
import { addDays, localDateOf, localParts, zonedInstant } from '../calendar/zoned.js';
import { DEFAULT_WARN_SHARE, escalationSteps, type ClockPolicy, type EscalationTarget } from './policy.js';

// `stopped`: the case ended (resolved or closed) before the clock was met; it owes nothing more, and reports do not
// count it as met.
export type ClockState = 'running' | 'paused' | 'warning' | 'breached' | 'met' | 'stopped';

export interface Clock {
  name: string;
  /** Policy id. */
  policy: string;
  /** Team id that owns the clock (whose calendar it counts in). */
  owner?: string;
  calendarId: string;
  basis: ClockPolicy['basis'];
  startedAt: string;
  dueAt: string;
  /** When the warning share of the duration is used up; moves with pauses like dueAt. */
  warningAt: string;
  state: ClockState;
  pausedAt?: string;
  /** Counted time spent paused (business time for business clocks). */
  pausedMs: number;
  warnedAt?: string;
  breachedAt?: string;
  metAt?: string;
  stoppedAt?: string;
  /** How many escalation steps have fired. */
  escalationStep: number;
}

export type ClockEvent =
  | { type: 'warning'; clock: string; policy: string; at: string }
  | { type: 'breach'; clock: string; policy: string; at: string }
  | { type: 'escalation'; clock: string; policy: string; at: string; step: number; notify: EscalationTarget; note?: string };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Calendar clocks run around the clock but add days in the calendar's zone, so "7 days" ends at the same wall time
// even across a DST change; business clocks count open time only, a day being 24 open hours.
function countingCalendar(basis: ClockPolicy['basis'], calendar: Calendar): Calendar {
  return basis === 'business' ? calendar : alwaysOpen(calendar.timeZone);
}

function addCalendarDays(at: Date, days: number, timeZone: string): Date {
  if (days === 0) return at;
  const p = localParts(at, timeZone);
  const wallTime = zonedInstant(addDays(localDateOf(at, timeZone), days), p.hour * 60 + p.minute, timeZone);
  return new Date(wallTime.getTime() + p.second * 1000 + (at.getTime() % 1000));
}

function dueFrom(start: Date, policy: ClockPolicy, calendar: Calendar, share: number): Date {
  const { minutes = 0, hours = 0, days = 0 } = policy.duration;
  if (policy.basis === 'business') return addBusinessTime(start, share * (days * 24 * HOUR + hours * HOUR + minutes * MINUTE), calendar);
  const due = new Date(addCalendarDays(start, days, calendar.timeZone).getTime() + hours * HOUR + minutes * MINUTE);
  return new Date(start.getTime() + share * (due.getTime() - start.getTime()));
}

/** Up to this age a post that reaches us is late news, whose author has been waiting since they wrote. */
export const LATE_ARRIVAL_HOURS = 24;

/**
 * When a new case's clocks start: when the patient wrote, since they have waited since (a slow poll or a late webhook
 * does not give the team more time); but a post older than a day is history brought in (an import, a first read of
 * a page), whose clocks start on arrival instead of breaching and paging people at once.
 */
export function clockStartFor(postedAt: Date, arrivedAt: Date): Date {
  const age = arrivedAt.getTime() - postedAt.getTime();
  return age >= 0 && age <= LATE_ARRIVAL_HOURS * HOUR ? postedAt : arrivedAt;
}

export function startClock(policy: ClockPolicy, at: Date, calendar: Calendar = CALENDAR_24X7, owner?: string): Clock {
  return {
    name: policy.id,
    policy: policy.id,
    ...(owner ? { owner } : {}),
    calendarId: calendar.id,
    basis: policy.basis,
    startedAt: at.toISOString(),
    dueAt: dueFrom(at, policy, calendar, 1).toISOString(),
    warningAt: dueFrom(at, policy, calendar, policy.warnAt ?? DEFAULT_WARN_SHARE).toISOString(),
    state: 'running',
    pausedMs: 0,
    escalationStep: 0,
  };
}

/** Stops counting, e.g. while we wait for the patient to answer our invitation to message us. */
export function pauseClock(clock: Clock, at: Date): Clock {
  if (clock.metAt || clock.stoppedAt || clock.pausedAt) return clock;
  return { ...clock, pausedAt: at.toISOString(), state: 'paused' };
}

/** Counts again; the time still owed at the pause is owed from now, so due instants move by the paused time. */
export function resumeClock(clock: Clock, at: Date, calendar: Calendar = CALENDAR_24X7): Clock {
  if (!clock.pausedAt) return clock;
  const cal = countingCalendar(clock.basis, calendar);
  const pausedAt = new Date(clock.pausedAt);
  const moved = (instant: string) => {
    const owed = businessTimeBetween(pausedAt, new Date(instant), cal);
    return owed > 0 ? addBusinessTime(at, owed, cal).toISOString() : instant;
  };
  const { pausedAt: _, ...rest } = clock;
  const resumed: Clock = {
    ...rest,
    pausedMs: clock.pausedMs + businessTimeBetween(pausedAt, at, cal),
    // A breach already recorded stands: pausing afterwards does not make the patient's wait shorter.
    dueAt: clock.breachedAt ? clock.dueAt : moved(clock.dueAt),
    warningAt: clock.warnedAt || clock.breachedAt ? clock.warningAt : moved(clock.warningAt),
  };
  return { ...resumed, state: clockState(resumed, at) };
}

/** Met after it was due is met late, whether or not a sweep saw the breach first (workers down, the same minute). */
export function meetClock(clock: Clock, at: Date): Clock {
  if (clock.metAt) return clock;
  const late = !clock.breachedAt && !clock.pausedAt && at > new Date(clock.dueAt);
  return { ...clock, metAt: at.toISOString(), state: 'met', ...(late ? { breachedAt: clock.dueAt } : {}) };
}

/** The case ended unanswered on this clock: past its due time, that is a breach on record; before it, nothing is owed. */
export function stopClock(clock: Clock, at: Date): Clock {
  if (clock.metAt || clock.stoppedAt) return clock;
  const late = !clock.breachedAt && !clock.pausedAt && at > new Date(clock.dueAt);
  return { ...clock, stoppedAt: at.toISOString(), state: 'stopped', ...(late ? { breachedAt: clock.dueAt } : {}) };
}

export function clockState(clock: Clock, now: Date): ClockState {
  if (clock.metAt) return 'met';
  if (clock.stoppedAt) return 'stopped';
  if (clock.breachedAt) return 'breached';
  if (clock.pausedAt) return 'paused';
  if (now >= new Date(clock.dueAt)) return 'breached';
  if (now >= new Date(clock.warningAt)) return 'warning';
  return 'running';
}

/** The instant the warning share of the duration is used up. */
export function warnAt(clock: Clock): Date {
  return new Date(clock.warningAt);
}

/**
 * Moves the clock to `now` and says what happened since the last call: at most one warning, exactly one breach
 * and each escalation step once, however often it is advanced. Events carry the instant they were due, not `now`,
 * so a late sweep still records when the promise was broken. A warning that comes due together with the breach is
 * skipped: it would only be noise.
 */
export function advanceClock(clock: Clock, policy: ClockPolicy, now: Date): { clock: Clock; events: ClockEvent[] } {
  if (clock.metAt || clock.stoppedAt || clock.pausedAt) return { clock, events: [] };
  const events: ClockEvent[] = [];
  const base = { clock: clock.name, policy: clock.policy };
  let next = { ...clock };
  const due = new Date(clock.dueAt);
  if (!next.warnedAt && !next.breachedAt && now >= new Date(next.warningAt) && now < due) {
    next.warnedAt = next.warningAt;
    events.push({ type: 'warning', ...base, at: next.warningAt });
  }
  if (!next.breachedAt && now >= due) {
    next.breachedAt = next.dueAt;
    events.push({ type: 'breach', ...base, at: next.dueAt });
  }
  if (next.breachedAt) {
    const breachedAt = new Date(next.breachedAt).getTime();
    const steps = escalationSteps(policy);
    while (next.escalationStep < steps.length) {
      const step = steps[next.escalationStep];
      const at = new Date(breachedAt + step.after.minutes * MINUTE);
      if (now < at) break;
      events.push({ type: 'escalation', ...base, at: at.toISOString(), step: next.escalationStep, notify: step.notify, ...(step.note ? { note: step.note } : {}) });
      next = { ...next, escalationStep: next.escalationStep + 1 };
    }
  }
  next.state = clockState(next, now);
  return { clock: next, events };
}

/** The next instant advancing would produce an event, or null when nothing more can happen (met, paused, done). */
export function nextWakeAt(clock: Clock, policy: ClockPolicy): Date | null {
  if (clock.metAt || clock.stoppedAt || clock.pausedAt) return null;
  if (!clock.warnedAt && !clock.breachedAt && clock.warningAt < clock.dueAt) return new Date(clock.warningAt);
  if (!clock.breachedAt) return new Date(clock.dueAt);
  const step = escalationSteps(policy)[clock.escalationStep];
  return step ? new Date(new Date(clock.breachedAt).getTime() + step.after.minutes * MINUTE) : null;
}

