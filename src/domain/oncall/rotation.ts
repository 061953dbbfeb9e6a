// Who carries the pager: a fixed rotation through members, handing off at a local wall time, with overrides for leave.
import { Type, type Static } from '@sinclair/typebox';
import { literalUnion } from '../calendar/literals.js';
import { addDays, daysBetween, localDateOf, parseClockTime, parseDate, weekdayOf, WEEKDAYS, zonedInstant, type LocalDate } from '../calendar/zoned.js';


// An instant with its offset; TypeBox's 'date-time' format needs a registry the pure layer should not set up.
const INSTANT = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$' });

export const OverrideSchema = Type.Object(
  {
    user: Type.String({ minLength: 1 }),
    from: INSTANT,
    to: INSTANT,
    reason: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type Override = Static<typeof OverrideSchema>;

export const RotationSchema = Type.Object(
  {
    timeZone: Type.String({ minLength: 1 }),
    handoff: Type.Union([Type.Literal('daily'), Type.Literal('weekly')]),
    handoffTime: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }),
    handoffDay: Type.Optional(literalUnion(WEEKDAYS)),
    startDate: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    members: Type.Array(Type.String({ minLength: 1 })),
    overrides: Type.Array(OverrideSchema),
  },
  { additionalProperties: false },
);
export type Rotation = Static<typeof RotationSchema>;

export interface OnCall {
  user: string;
  from: string;
  to: string;
  override?: boolean;
  reason?: string;
}

/**
 * Who is on call at `now`. An override covering `now` wins (the last listed, if several);
 * otherwise the rotation's shift, trimmed to the overrides that cut into it so `to` says
 * truly until when this person carries the pager. Null before the rotation starts or without members.
 */
export function onCallAt(rotation: Rotation, now: Date): OnCall | null {
  const t = now.getTime();
  const covering = rotation.overrides.filter((o) => Date.parse(o.from) <= t && t < Date.parse(o.to)).pop();
  if (covering) {
    return { user: covering.user, from: covering.from, to: covering.to, override: true, ...(covering.reason ? { reason: covering.reason } : {}) };
  }
  const shift = shiftAt(rotation, t);
  if (!shift) return null;
  let from = shift.from;
  let to = shift.to;
  for (const o of rotation.overrides) {
    const oFrom = Date.parse(o.from);
    const oTo = Date.parse(o.to);
    if (oTo <= t && oTo > from) from = oTo;
    if (oFrom > t && oFrom < to) to = oFrom;
  }
  return { user: shift.user, from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

function shiftAt(rotation: Rotation, t: number): { user: string; from: number; to: number } | null {
  if (rotation.members.length === 0) return null;
  const minutes = parseClockTime(rotation.handoffTime);
  const length = rotation.handoff === 'daily' ? 1 : 7;
  const first = firstHandoffDate(rotation);
  const handoffOn = (date: LocalDate) => zonedInstant(date, minutes, rotation.timeZone).getTime();
  if (t < handoffOn(first)) return null;
  // Count in local dates, not milliseconds, so 23- and 25-hour DST days still hand off at the wall time.
  let index = Math.floor(daysBetween(first, localDateOf(new Date(t), rotation.timeZone)) / length);
  let start = addDays(first, index * length);
  if (t < handoffOn(start)) start = addDays(first, --index * length);
  return {
    user: rotation.members[index % rotation.members.length],
    from: handoffOn(start),
    to: handoffOn(addDays(start, length)),
  };
}

// Weekly rotations begin on the first hand-off day on or after the start date.
function firstHandoffDate(rotation: Rotation): LocalDate {
  let date = parseDate(rotation.startDate);
  if (rotation.handoff === 'weekly' && rotation.handoffDay) {
    while (weekdayOf(date) !== rotation.handoffDay) date = addDays(date, 1);
  }
  return date;
}
