// Routing rules and clock policies in sentences, so an admin who does not read YAML can check what each one does.
import type { Action, Conditions, Notify, TeamRef } from '../../domain/routing/schema.js';
import type { ClockMetBy, ClockPolicy, Duration, EscalationTarget } from '../../domain/clocks/policy.js';
import { categoryLabel, clockLabel, platformLabel, riskLabel, severityLabel, timingLabel } from './labels.js';

/** Display names for ids a rule may hold; an id without a name is shown as it is. */
export interface Names {
  sites: Map<string, string>;
  teams: Map<string, string>;
  users: Map<string, string>;
  clocks: Map<string, string>;
}

const FUNCTION: Record<string, string> = {
  social_media: 'social media',
  patient_experience: 'patient experience',
  central_patient_experience: 'central patient experience',
  practice_management: 'practice management',
  risk_management: 'risk management',
  patient_financial_services: 'patient financial services',
  recognition: 'recognition',
  service_line: 'service line',
};
const functionLabel = (f: string) => FUNCTION[f] ?? f.replace(/_/g, ' ');

/** "a, b or c" */
function either(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
function all(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
const named = (map: Map<string, string>, ids: string[]) => ids.map((id) => map.get(id) ?? id);

/** Each condition as a clause; together they all must hold. An empty list means the rule matches every post. */
export function describeWhen(when: Conditions, names: Names): string[] {
  const out: string[] = [];
  if (when.complaint !== undefined) out.push(when.complaint ? 'it is a complaint' : 'it is not a complaint');
  if (when.categories) out.push(`it is about ${either(when.categories.map((c) => categoryLabel(c).toLowerCase()))}`);
  if (when.severityAtLeast !== undefined) out.push(`severity is ${severityLabel(when.severityAtLeast).toLowerCase()} or higher`);
  if (when.risks) out.push(`it carries ${either(when.risks.map((r) => riskLabel(r).toLowerCase()))} risk`);
  if (when.timing) out.push(`timing is ${either(when.timing.map((t) => timingLabel(t).toLowerCase()))}`);
  if (when.siteKnown !== undefined) out.push(when.siteKnown ? 'the site is known' : 'the site is not known');
  if (when.sites) out.push(`the site is ${either(named(names.sites, when.sites))}`);
  if (when.siteKinds) out.push(`the site is a ${either(when.siteKinds)}`);
  if (when.serviceLines) out.push(`the service line is ${either(when.serviceLines)}`);
  if (when.mentionsOrg !== undefined) out.push(when.mentionsOrg ? 'it names the organization' : 'it does not name the organization');
  if (when.sentiment) {
    const { above, below } = when.sentiment;
    out.push(above !== undefined && below !== undefined ? `sentiment is between ${above} and ${below}` : above !== undefined ? `sentiment is above ${above}` : `sentiment is below ${below}`);
  }
  if (when.platforms) out.push(`it came from ${either(when.platforms.map(platformLabel))}`);
  if (when.channelAccounts) out.push(`it came through account ${either(when.channelAccounts)}`);
  if (when.visibility) out.push(when.visibility === 'private' ? 'it was sent privately' : 'it was posted publicly');
  if (when.hasOpenCase !== undefined) out.push(when.hasOpenCase ? 'the author has an open case' : 'the author has no open case');
  if (when.repeatComplainant !== undefined) out.push(`the author has ${when.repeatComplainant} or more earlier cases`);
  if (when.time) {
    const days = when.time.days ? ` on ${either(when.time.days)}` : '';
    const hours = when.time.hours ? ` between ${when.time.hours.replace('-', ' and ')}` : '';
    out.push(`it arrives${days}${hours} (${when.time.timeZone})`);
  }
  return out;
}

function teamRef(ref: TeamRef, names: Names): string {
  if (ref === 'site') return "the site's own team";
  if (ref === 'assigned') return 'the assigned team';
  if ('team' in ref) return names.teams.get(ref.team) ?? ref.team;
  return `the ${functionLabel(ref.function)} team for the site`;
}

function describeNotify(n: Notify, names: Names): string {
  const who: string[] = [];
  if (n.users) who.push(all(named(names.users, n.users)));
  if (n.oncall) who.push(`whoever is on call in ${all(n.oncall.map((r) => teamRef(r, names)))}`);
  if (n.managers) who.push(`the manager of ${all(n.managers.map((r) => teamRef(r, names)))}`);
  if (n.teams) who.push(`everyone in ${all(n.teams.map((r) => teamRef(r, names)))}`);
  if (n.destinations) who.push(`destination ${all(n.destinations)}`);
  const how = n.urgent ? 'page' : 'notify';
  return `${how} ${all(who)}${n.reason ? ` (“${n.reason}”)` : ''}`;
}

/** What the rule does, one phrase per effect, in the order written. */
export function describeThen(then: Action[], names: Names): string[] {
  const out: string[] = [];
  for (const a of then) {
    if (a.assignTeam) out.push(`assign to ${names.teams.get(a.assignTeam) ?? a.assignTeam}`);
    if (a.assignTeamByFunction)
      out.push(`assign to the ${functionLabel(a.assignTeamByFunction)} team${a.assignTeamByFunction.startsWith('central_') ? '' : ' for the site'}`);
    if (a.assignUser) out.push(`assign to ${names.users.get(a.assignUser) ?? a.assignUser}`);
    if (a.assignOncall) out.push(`assign to whoever is on call in the ${functionLabel(a.assignOncall)} team${a.assignOncall.startsWith('central_') ? '' : ' for the site'}`);
    if (a.setPriority) out.push(`set priority ${a.setPriority}`);
    if (a.startClocks) out.push(`start the ${all(a.startClocks.map((c) => names.clocks.get(c) ?? clockLabel(c)))} clock${a.startClocks.length > 1 ? 's' : ''}`);
    if (a.addTags) out.push(`tag ${all(a.addTags)}`);
    if (a.markConfidential) out.push('mark confidential (no public reply)');
    if (a.requireApproval) out.push('require approval of public replies');
    if (a.openRiskReview) out.push('open a risk review');
    if (a.notify) out.push(describeNotify(a.notify, names));
  }
  return out;
}

export function describeDuration(d: Duration): string {
  const parts = [
    d.days ? `${d.days} day${d.days === 1 ? '' : 's'}` : '',
    d.hours ? `${d.hours} hour${d.hours === 1 ? '' : 's'}` : '',
    d.minutes ? `${d.minutes} minute${d.minutes === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.length ? all(parts) : 'no time';
}

/** Elapsed minutes in the largest whole units: 1440 → "1 day", 90 → "1 hour and 30 minutes". */
export function describeMinutes(total: number): string {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  return describeDuration({ days, hours, minutes: total % 60 });
}

// Clocks of new cases start only where a routing rule starts them; the grievance clock starts on its own.
const TRIGGER: Record<string, string> = {
  case_opened: 'a routing rule starts it on a new case',
  grievance_marked: 'a case is marked a grievance',
  case_reopened: 'a case is reopened',
};
const MET_BY: Record<ClockMetBy, string> = {
  public_reply: 'a public reply is posted',
  private_outreach: 'a private message or call reaches the patient',
  first_contact: 'a public reply is posted or a private message or call reaches the patient',
  grievance_response: 'the written grievance response is sent',
  resolved: 'the case is resolved',
};

function escalationTarget(t: EscalationTarget, names: Names): string {
  if (t === 'assignee') return 'the assignee';
  if (t === 'team_oncall') return "the team's on-call person";
  if (t === 'team_manager') return "the team's manager";
  return names.users.get(t.user) ?? t.user;
}

/** One clock policy in a sentence: when it starts, how long it gives, what meets it, and who hears when it slips. */
export function describeClockPolicy(p: ClockPolicy, names: Names): string {
  const basis = p.basis === 'business' ? ' (counted in business hours)' : '';
  const warn = Math.round((p.warnAt ?? 0.75) * 100);
  const steps = [...p.escalation]
    .sort((a, b) => a.after.minutes - b.after.minutes)
    .map((s) => `${escalationTarget(s.notify, names)} ${s.after.minutes === 0 ? 'at the due time' : `${describeMinutes(s.after.minutes)} past due`}`);
  return (
    `Starts when ${TRIGGER[p.startOn] ?? p.startOn}; due after ${describeDuration(p.duration)}${basis}; met when ${MET_BY[p.metBy] ?? p.metBy}; ` +
    `warns at ${warn}% of the time${steps.length ? `; escalates to ${all(steps)}` : ''}.`
  );
}
