// Whether a rule's conditions hold for a case.
import { localParts, parseClockTime, weekdayOf } from '../calendar/zoned.js';
import type { RoutingFacts } from './facts.js';
import type { Conditions } from './schema.js';

const anyOf = <T>(wanted: readonly T[] | undefined, actual: readonly T[]) => !wanted || wanted.some((w) => actual.includes(w));
const oneOf = <T>(wanted: readonly T[] | undefined, actual: T | null | undefined) => !wanted || (actual != null && wanted.includes(actual));
const equals = <T>(wanted: T | undefined, actual: T) => wanted === undefined || wanted === actual;

export function conditionsHold(when: Conditions, facts: RoutingFacts): boolean {
  const { triage, source, site, author } = facts;
  return (
    equals(when.complaint, triage.complaint) &&
    anyOf(when.categories, triage.categories) &&
    (when.severityAtLeast === undefined || triage.severity >= when.severityAtLeast) &&
    anyOf(when.risks, triage.risks) &&
    oneOf(when.timing, triage.timing) &&
    equals(when.siteKnown, site !== null) &&
    oneOf(when.sites, site?.id) &&
    equals(when.mentionsOrg, triage.mentionsOrg) &&
    (when.sentiment?.above === undefined || triage.sentiment > when.sentiment.above) &&
    (when.sentiment?.below === undefined || triage.sentiment < when.sentiment.below) &&
    oneOf(when.platforms, source.platform) &&
    oneOf(when.channelAccounts, source.channelAccountId) &&
    equals(when.visibility, source.visibility) &&
    oneOf(when.siteKinds, site?.kind) &&
    oneOf(when.serviceLines, facts.serviceLine) &&
    equals(when.hasOpenCase, author.hasOpenCase) &&
    (when.repeatComplainant === undefined || author.priorCases >= when.repeatComplainant) &&
    (!when.time || inWindow(when.time, new Date(facts.now)))
  );
}

function inWindow(window: NonNullable<Conditions['time']>, now: Date): boolean {
  const local = localParts(now, window.timeZone);
  if (window.days && !window.days.includes(weekdayOf(local))) return false;
  if (!window.hours) return true;
  const [from, to] = window.hours.split('-').map(parseClockTime);
  const minute = local.hour * 60 + local.minute;
  return from <= to ? minute >= from && minute < to : minute >= from || minute < to;
}
