// Merges the matched rules into one routing outcome, naming for every field the rule that decided it.
import type { SiteKind } from '../organization.js';
import { onCallAt } from '../oncall/rotation.js';
import type { RuleDecision } from './evaluate.js';
import { approvalRequirement, type ApprovalRequirement } from './approval.js';
import { PRIORITIES, type Notify, type Priority, type TeamRef } from './schema.js';
import { siteTeamFunction, teamForFunction, type Team } from './team.js';

export interface RoutingContext {
  teams: Team[];
  /** The case's site, as in the facts; decides which team of a function serves the case. */
  site: { id: string; kind: SiteKind } | null;
  /** ISO instant, to find who is on call. */
  now: string;
}

export type Recipient = { user: string } | { destination: string };

export interface RoutingNotification {
  to: Recipient;
  via: 'user' | 'oncall' | 'manager' | 'members' | 'destination';
  team?: string;
  urgent: boolean;
  reason?: string;
  /** For on-call recipients: when their shift (or override) ends. */
  onCallUntil?: string;
  rule: string;
}

export interface RoutingOutcome {
  team: string | null;
  assignee: string | null;
  priority: Priority;
  clocks: string[];
  notifications: RoutingNotification[];
  tags: string[];
  confidential: boolean;
  approvalRequired: boolean;
  /** Which rules asked for approval and whom they named (null when none asked). */
  approval: ApprovalRequirement | null;
  riskReview: boolean;
  /** Rule id behind each decision, so the case timeline can say why. */
  decidedBy: {
    team?: string;
    assignee?: string;
    priority?: string;
    confidential?: string;
    approvalRequired?: string;
    riskReview?: string;
    clocks: Record<string, string>;
    tags: Record<string, string>;
  };
  /** Things a person should fix in the configuration, e.g. a function no team serves. */
  problems: string[];
}

/**
 * The earliest rule wins the team and the assignee (rules are ordered most specific first); the highest priority
 * wins; clocks, tags and notifications add up; confidentiality, approval and risk review hold if any rule asks.
 * An assignment by function that no team serves is reported and left to later rules.
 */
export function resolveRouting(decisions: RuleDecision[], ctx: RoutingContext): RoutingOutcome {
  const out: RoutingOutcome = {
    team: null,
    assignee: null,
    priority: 'normal',
    clocks: [],
    notifications: [],
    tags: [],
    confidential: false,
    approvalRequired: false,
    approval: null,
    riskReview: false,
    decidedBy: { clocks: {}, tags: {} },
    problems: [],
  };
  const siteId = ctx.site?.id ?? null;
  const teamRef = (ref: TeamRef): Team | null => teamOfRef(ref, ctx.teams, ctx.site, out.team);
  const notices: { notify: Notify; rule: string }[] = [];

  for (const { rule, actions } of decisions) {
    for (const action of actions) {
      if (out.team === null && (action.assignTeam || action.assignTeamByFunction)) {
        const team = teamRef(action.assignTeam ? { team: action.assignTeam } : { function: action.assignTeamByFunction! });
        if (team) {
          out.team = team.id;
          out.decidedBy.team = rule;
        } else out.problems.push(`${rule}: no team ${action.assignTeam ? `with id ${action.assignTeam}` : `of function ${action.assignTeamByFunction} serves site ${siteId ?? 'unknown'}`}`);
      }
      if (out.assignee === null && action.assignUser) {
        out.assignee = action.assignUser;
        out.decidedBy.assignee = rule;
      }
      if (out.assignee === null && action.assignOncall) {
        const team = teamRef({ function: action.assignOncall });
        const duty = team?.rotation ? onCallAt(team.rotation, new Date(ctx.now)) : null;
        if (duty) {
          out.assignee = duty.user;
          out.decidedBy.assignee = rule;
        } else out.problems.push(`${rule}: nobody on call in ${team ? `team ${team.id}` : `a team of function ${action.assignOncall}`} to assign`);
      }
      if (action.setPriority && (out.decidedBy.priority === undefined || PRIORITIES.indexOf(action.setPriority) > PRIORITIES.indexOf(out.priority))) {
        out.priority = action.setPriority;
        out.decidedBy.priority = rule;
      }
      for (const clock of action.startClocks ?? []) out.decidedBy.clocks[clock] ??= rule;
      for (const tag of action.addTags ?? []) out.decidedBy.tags[tag] ??= rule;
      const flags = [['confidential', action.markConfidential], ['approvalRequired', action.requireApproval], ['riskReview', action.openRiskReview]] as const;
      for (const [flag, asked] of flags) {
        if (asked && !out[flag]) {
          out[flag] = true;
          out.decidedBy[flag] = rule;
        }
      }
      if (action.notify) notices.push({ notify: action.notify, rule });
    }
  }
  out.clocks = Object.keys(out.decidedBy.clocks);
  out.tags = Object.keys(out.decidedBy.tags);
  // Approvers and notifications last: 'assigned' refers to the final team.
  out.approval = approvalRequirement(decisions.map((d) => ({ ruleId: d.rule, ruleName: d.name, actions: d.actions })), teamRef, out.problems);
  for (const { notify, rule } of notices) {
    for (const n of recipients(notify, rule, teamRef, new Date(ctx.now), out.problems)) addNotification(out.notifications, n);
  }
  return out;
}

/** The team a reference names for a case: 'assigned' is the team that owns it, 'site' the site's own team. */
export function teamOfRef(ref: TeamRef, teams: Team[], site: RoutingContext['site'], caseTeam: string | null): Team | null {
  const siteId = site?.id ?? null;
  if (ref === 'assigned') return teams.find((t) => t.id === caseTeam) ?? null;
  if (ref === 'site') return teamForFunction(teams, siteTeamFunction(site?.kind), siteId);
  if ('team' in ref) return teams.find((t) => t.id === ref.team) ?? null;
  return teamForFunction(teams, ref.function, siteId);
}

function recipients(notify: Notify, rule: string, teamRef: (ref: TeamRef) => Team | null, now: Date, problems: string[]): RoutingNotification[] {
  const base = { urgent: notify.urgent ?? false, rule, ...(notify.reason ? { reason: notify.reason } : {}) };
  const list: RoutingNotification[] = [];
  const eachTeam = (refs: TeamRef[] | undefined, add: (team: Team) => void) => {
    for (const ref of refs ?? []) {
      const team = teamRef(ref);
      if (team) add(team);
      else problems.push(`${rule}: no team for ${JSON.stringify(ref)} to notify`);
    }
  };
  for (const user of notify.users ?? []) list.push({ to: { user }, via: 'user', ...base });
  for (const destination of notify.destinations ?? []) list.push({ to: { destination }, via: 'destination', ...base });
  eachTeam(notify.oncall, (team) => {
    const duty = team.rotation ? onCallAt(team.rotation, now) : null;
    if (duty) return void list.push({ to: { user: duty.user }, via: 'oncall', team: team.id, onCallUntil: duty.to, ...base });
    // Nobody on call must not mean nobody told: the manager answers for the team.
    problems.push(`${rule}: nobody on call in team ${team.id}`);
    if (team.manager) list.push({ to: { user: team.manager }, via: 'manager', team: team.id, ...base });
    else for (const user of team.members) list.push({ to: { user }, via: 'members', team: team.id, ...base });
  });
  eachTeam(notify.managers, (team) => {
    if (team.manager) list.push({ to: { user: team.manager }, via: 'manager', team: team.id, ...base });
    else problems.push(`${rule}: team ${team.id} has no manager`);
  });
  eachTeam(notify.teams, (team) => {
    for (const user of team.members) list.push({ to: { user }, via: 'members', team: team.id, ...base });
  });
  return list;
}

// One message per recipient; an urgent request beats a routine one for the same person.
function addNotification(list: RoutingNotification[], n: RoutingNotification): void {
  const key = JSON.stringify(n.to);
  const i = list.findIndex((m) => JSON.stringify(m.to) === key);
  if (i < 0) list.push(n);
  else if (n.urgent && !list[i].urgent) list[i] = n;
}

/**
 * Rules that decided something: a matched rule whose team, priority or flags an earlier rule had already set
 * changed nothing, and listing it on the case would say it routed the case. A rule that named approvers always
 * did: the timeline is where replies find who may approve them.
 */
export function rulesWithEffect(outcome: RoutingOutcome): Set<string> {
  const { clocks, tags, ...single } = outcome.decidedBy;
  const approvers = outcome.approval?.named.map((n) => n.ruleId) ?? [];
  return new Set(
    [...Object.values(single), ...Object.values(clocks), ...Object.values(tags), ...outcome.notifications.map((n) => n.rule), ...approvers].filter((r): r is string => Boolean(r)),
  );
}
