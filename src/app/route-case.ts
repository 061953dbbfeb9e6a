// Routing a new case, in memory: the team, assignee, priority, flags, clocks and notifications the rules decide,
// and a timeline event for every decision with the rule's name. The post processor writes the plans of a whole
// batch of new cases with a handful of statements.
import type { Triage } from '../triage/types.js';
import type { Platform } from '../domain/platform.js';
import { evaluateRules, resolveRouting, rulesWithEffect, startCaseClocks, type RoutingFacts } from '../domain/routing/index.js';
import { clockStartFor } from '../domain/clocks/index.js';
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

export function planRouting(org: OrgState, input: RouteInput): RoutingPlan {
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
  const outcome = resolveRouting(decisions, { teams: org.teams, site: facts.site, now: facts.now });
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
