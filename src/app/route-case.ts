// Routing a new case, in memory: the team, assignee, priority, flags, clocks and notifications the rules decide,
// and a timeline event for every decision with the rule's name. The post processor writes the plans of a whole
// batch of new cases with a handful of statements.
import type { Triage } from '../triage/types.js';
import type { Platform } from '../domain/platform.js';
import { evaluateRules, resolveRouting, rulesWithEffect, startCaseClocks, type RoutingFacts } from '../domain/routing/index.js';
import { acknowledgementsOnReopen, clockStartFor, REOPENED_BY_PUBLIC_COMPLAINT, type ExistingClock } from '../domain/clocks/index.js';
import type { OrgState } from './org-state.js';
import type { NewEvent } from './timeline.js';
import type { ClockWrite } from './clocks.js';
import type { NewNotification } from './notifications.js';

export interface RouteInput {
  caseId: string;
  caseNumber: number;
  triage: Triage;
  siteId: string | null;
  platform: Platform;
  channelAccountId: string | null;
  visibility: 'public' | 'private';
  author: { hasOpenCase: boolean; priorCases: number };
  /** When the post was written; clocks count from then when it reached us within a day (`clockStartFor`). */
  postedAt: Date;
  now: Date;
}

export interface RoutingPlan {
  caseId: string;
  team: string | null;
  assigneeId: string | null;
  priority: string;
  tags: string[];
  confidential: boolean;
  approvalRequired: boolean;
  events: NewEvent[];
  clocks: ClockWrite[];
  notifications: NewNotification[];
}

const AUTOMATION = { kind: 'automation' } as const;

/** The organization's rules applied to a post as if it opened a case. */
function route(org: OrgState, input: Omit<RouteInput, 'caseId' | 'caseNumber' | 'postedAt'>) {
  const site = input.siteId ? org.sites.get(input.siteId) : undefined;
  const facts: RoutingFacts = {
    triage: input.triage,
    source: { platform: input.platform, channelAccountId: input.channelAccountId, visibility: input.visibility },
    site: site ? { id: site.id, kind: site.kind ?? 'hospital' } : null,
    serviceLine: null,
    author: input.author,
    now: input.now.toISOString(),
  };
  const decisions = evaluateRules(org.rules, facts);
  return { decisions, outcome: resolveRouting(decisions, { teams: org.teams, site: facts.site, now: facts.now }) };
}

export function planRouting(org: OrgState, input: RouteInput): RoutingPlan {
  const { decisions, outcome } = route(org, input);
  const effective = rulesWithEffect(outcome);
  const event = (type: string, data: object): NewEvent => ({ caseId: input.caseId, type, actor: AUTOMATION, data });
  const events: NewEvent[] = [
    ...decisions.filter((d) => effective.has(d.rule)).map((d) => event('rule.applied', { ruleId: d.rule, ruleName: d.name, actions: d.actions })),
    ...outcome.problems.map((message) => event('routing.problem', { message })),
  ];

  const assigneeId = outcome.assignee ? (org.userIdByEmail.get(outcome.assignee.toLowerCase()) ?? null) : null;
  events.push(event('status.changed', { from: 'new', to: 'triaged' }));
  if (outcome.team) events.push(event('assigned', { teamId: outcome.team, ruleId: outcome.decidedBy.team }));
  // The person a rule gave the case to (the one on call for a crisis) is its own step on the timeline.
  if (assigneeId) events.push(event('assigned', { assigneeId, ruleId: outcome.decidedBy.assignee }));

  const started = startCaseClocks(outcome.clocks, {
    policies: org.clockPolicies,
    teams: org.teams,
    calendars: org.calendars,
    siteId: input.siteId,
    caseTeam: outcome.team,
    at: clockStartFor(input.postedAt, input.now),
  });
  const clocks = started.clocks.map((clock) => ({ caseId: input.caseId, clock, policy: org.clockPolicies.find((p) => p.id === clock.policy) }));
  for (const clock of started.clocks) events.push(event('clock.started', { name: clock.name, dueAt: clock.dueAt, ruleId: outcome.decidedBy.clocks[clock.name] }));
  for (const message of started.problems) events.push(event('routing.problem', { message }));

  const notifications: NewNotification[] = [];
  for (const n of outcome.notifications) {
    const userId = 'user' in n.to ? org.userIdByEmail.get(n.to.user.toLowerCase()) : undefined;
    const destinationId = 'destination' in n.to ? n.to.destination : undefined;
    if (!userId && !destinationId) continue;
    notifications.push({
      key: `route:${input.caseId}:${n.rule}:${userId ?? destinationId}`,
      userId,
      destinationId,
      kind: n.urgent ? 'page' : n.via === 'manager' || n.reason ? 'informed' : 'assignment',
      urgent: n.urgent,
      // Urgency travels as the flag, which every destination and the notification list show; the subject only names the case.
      subject: `Case #${input.caseNumber}${n.reason ? ` (${n.reason})` : ''}`,
      caseId: input.caseId,
      payload: { rule: n.rule, via: n.via, team: n.team },
    });
  }
  return {
    caseId: input.caseId,
    team: outcome.team,
    assigneeId,
    priority: outcome.priority,
    tags: outcome.riskReview ? [...outcome.tags, 'risk-review'] : outcome.tags,
    confidential: outcome.confidential || input.visibility === 'private',
    approvalRequired: outcome.approvalRequired,
    events,
    clocks,
    notifications,
  };
}

/** An ended case taken back into recovery by a post, and the clocks it has (any state). */
export interface ReopenInput {
  caseId: string;
  siteId: string | null;
  teamId: string | null;
  /** The author as routing sees them for a new case: an open case elsewhere, and how many other cases they have. */
  author: RouteInput['author'];
  post: {
    id: string;
    triage: Triage;
    platform: Platform;
    channelAccountId: string | null;
    visibility: 'public' | 'private';
    /** When the patient wrote it (an edit: when it was edited); the clock counts from then as for a new case. */
    postedAt: Date;
  };
  clocks: ExistingClock[];
  now: Date;
}

/**
 * The public acknowledgement a reopening public complaint gets (`acknowledgementsOnReopen`): the clocks the rules
 * start for that post as a new case, limited to acknowledgements, each started with a timeline event that says why
 * and names the rule. Nothing for a private post, or when the case still owes its acknowledgement.
 */
export function planReopenedComplaintClocks(org: OrgState, input: ReopenInput): { clocks: ClockWrite[]; events: NewEvent[] } {
  const { post } = input;
  if (post.visibility !== 'public' || !post.triage.complaint) return { clocks: [], events: [] };
  const { outcome } = route(org, {
    triage: post.triage,
    siteId: input.siteId,
    platform: post.platform,
    channelAccountId: post.channelAccountId,
    visibility: post.visibility,
    author: input.author,
    now: input.now,
  });
  const policies = acknowledgementsOnReopen({ visibility: post.visibility, complaint: post.triage.complaint }, outcome.clocks, org.clockPolicies, input.clocks);
  if (policies.length === 0) return { clocks: [], events: [] };
  const started = startCaseClocks(
    policies.map((p) => p.id),
    { policies: org.clockPolicies, teams: org.teams, calendars: org.calendars, siteId: input.siteId, caseTeam: input.teamId, at: clockStartFor(post.postedAt, input.now) },
  );
  const event = (type: string, data: object): NewEvent => ({ caseId: input.caseId, type, actor: AUTOMATION, data });
  return {
    clocks: started.clocks.map((clock) => ({ caseId: input.caseId, clock, policy: org.clockPolicies.find((p) => p.id === clock.policy) })),
    events: [
      ...started.clocks.map((clock) =>
        event('clock.started', { name: clock.name, dueAt: clock.dueAt, ruleId: outcome.decidedBy.clocks[clock.name], postId: post.id, reason: REOPENED_BY_PUBLIC_COMPLAINT }),
      ),
      ...started.problems.map((message) => event('routing.problem', { message })),
    ],
  };
}
