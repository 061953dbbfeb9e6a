// Applies routing to a new case: every rule decision goes on the timeline with the rule's name, then the team,
// assignee, priority, flags, clocks and notifications it decided.
import type { Queryable } from '../store/db.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Triage } from '../triage/types.js';
import type { Platform } from '../domain/platform.js';
import { evaluateRules, resolveRouting, startCaseClocks, type RoutingFacts } from '../domain/routing/index.js';
import type { OrgState } from './org-state.js';
import { addEvent } from './timeline.js';
import { refreshNextClock, saveClock } from './clocks.js';
import { createNotifications, type NewNotification } from './notifications.js';

export interface RouteInput {
  caseId: string;
  caseNumber: number;
  triage: Triage;
  siteId: string | null;
  platform: Platform;
  channelAccountId: string | null;
  visibility: 'public' | 'private';
  author: { hasOpenCase: boolean; priorCases: number };
  now: Date;
}

export async function routeNewCase(tx: Queryable, queue: JobQueue, org: OrgState, input: RouteInput): Promise<void> {
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
  for (const d of decisions) await addEvent(tx, input.caseId, 'rule.applied', { kind: 'automation' }, { ruleId: d.rule, ruleName: d.name, actions: d.actions });
  for (const problem of outcome.problems) await addEvent(tx, input.caseId, 'routing.problem', { kind: 'automation' }, { message: problem });

  const assigneeId = outcome.assignee ? (org.userIdByEmail.get(outcome.assignee.toLowerCase()) ?? null) : null;
  const confidential = outcome.confidential || input.visibility === 'private';
  const tags = outcome.riskReview ? [...outcome.tags, 'risk-review'] : outcome.tags;
  await tx.query(
    `UPDATE cases SET team_id = $2, assignee_id = $3, priority = $4, tags = $5, confidential = $6, approval_required = $7,
       status = 'triaged', updated_at = now() WHERE id = $1`,
    [input.caseId, outcome.team, assigneeId, outcome.priority, tags, confidential, outcome.approvalRequired],
  );
  await addEvent(tx, input.caseId, 'status.changed', { kind: 'automation' }, { from: 'new', to: 'triaged' });
  if (outcome.team) await addEvent(tx, input.caseId, 'assigned', { kind: 'automation' }, { teamId: outcome.team, assigneeId, ruleId: outcome.decidedBy.team });

  const { clocks, problems } = startCaseClocks(outcome.clocks, {
    policies: org.clockPolicies,
    teams: org.teams,
    calendars: org.calendars,
    siteId: input.siteId,
    caseTeam: outcome.team,
    at: input.now,
  });
  for (const clock of clocks) {
    await saveClock(tx, input.caseId, clock, org.clockPolicies.find((p) => p.id === clock.policy));
    await addEvent(tx, input.caseId, 'clock.started', { kind: 'automation' }, { name: clock.name, dueAt: clock.dueAt, ruleId: outcome.decidedBy.clocks[clock.name] });
  }
  for (const problem of problems) await addEvent(tx, input.caseId, 'routing.problem', { kind: 'automation' }, { message: problem });
  if (clocks.length) await refreshNextClock(tx, input.caseId);

  const notes: NewNotification[] = [];
  for (const n of outcome.notifications) {
    const userId = 'user' in n.to ? org.userIdByEmail.get(n.to.user.toLowerCase()) : undefined;
    const destinationId = 'destination' in n.to ? n.to.destination : undefined;
    if (!userId && !destinationId) continue;
    notes.push({
      key: `route:${input.caseId}:${n.rule}:${userId ?? destinationId}`,
      userId,
      destinationId,
      kind: n.urgent ? 'page' : n.via === 'manager' || n.reason ? 'informed' : 'assignment',
      urgent: n.urgent,
      subject: `${n.urgent ? 'URGENT: ' : ''}Case #${input.caseNumber}${n.reason ? ` (${n.reason})` : ''}`,
      caseId: input.caseId,
      payload: { rule: n.rule, via: n.via, team: n.team },
    });
  }
  await createNotifications(tx, queue, notes);
}
