import { describe, expect, it } from 'vitest';
import type { RoutingFacts } from './facts.js';
import { DEFAULT_RULES } from './defaults.js';
import { evaluateRules } from './evaluate.js';
import { resolveRouting, rulesWithEffect } from './resolve.js';
import type { RoutingRule } from './schema.js';
import { facts, TEAMS } from './test-fixtures.js';

const route = (f: RoutingFacts, rules: RoutingRule[] = DEFAULT_RULES) => resolveRouting(evaluateRules(rules, f), { teams: TEAMS, site: f.site, now: f.now });
const who = (outcome: ReturnType<typeof route>) => outcome.notifications.map((n) => `${'user' in n.to ? n.to.user : n.to.destination}${n.urgent ? '!' : ''}`);

// On Wednesday 2026-11-18 the weekly rotations (from Monday 2026-01-05) are in week 45: the second member is on call.
describe('default rules', () => {
  it('routes a hospital complaint to that hospital’s patient representatives and starts both clocks', () => {
    const outcome = route(facts());
    expect(outcome).toMatchObject({ team: 'px-north', priority: 'normal', clocks: ['public_ack', 'private_outreach'], notifications: [], problems: [] });
    expect(outcome.decidedBy).toMatchObject({ team: 'hospital', clocks: { public_ack: 'complaint-clocks', private_outreach: 'complaint-clocks' } });
  });

  it('starts no public acknowledgement clock for a private complaint, which gets no public reply', () => {
    const outcome = route(facts({ source: { platform: 'email', channelAccountId: null, visibility: 'private' } }));
    expect(outcome.clocks).toEqual(['private_outreach']);
    expect(outcome.decidedBy.clocks).toEqual({ private_outreach: 'private-complaint-clocks' });
  });

  it('starts a same-day outreach clock on a private message from someone in the building or reporting a privacy breach', () => {
    const email = { platform: 'email' as const, channelAccountId: null, visibility: 'private' as const };
    expect(route(facts({ source: email, triage: { timing: 'now' } })).clocks).toContain('urgent_outreach');
    expect(route(facts({ source: email, triage: { risks: ['privacy'] } })).clocks).toContain('urgent_outreach');
    expect(route(facts({ triage: { timing: 'now' } })).clocks, 'a public post has its public clock').not.toContain('urgent_outreach');
  });

  it('counts only the rules that decided something: the catch-all that also matched changed nothing', () => {
    const f = facts();
    const matched = evaluateRules(DEFAULT_RULES, f).map((d) => d.rule);
    expect(matched).toEqual(expect.arrayContaining(['hospital', 'central', 'complaint-clocks']));
    expect([...rulesWithEffect(route(f))].sort()).toEqual(['complaint-clocks', 'hospital']);
  });

  it('gives harm to risk management with review and approval, keeping patient experience informed', () => {
    const outcome = route(facts({ triage: { risks: ['harm'], categories: ['clinical_quality', 'billing'] } }));
    expect(outcome).toMatchObject({ team: 'risk', priority: 'high', riskReview: true, approvalRequired: true, confidential: false });
    expect(outcome.decidedBy).toMatchObject({ team: 'harm-or-legal', priority: 'harm-or-legal', riskReview: 'harm-or-legal', approvalRequired: 'harm-or-legal' });
    // Risk management approves what is said in public about harm, not every patient representative.
    expect(outcome.approval).toEqual({
      requiredBy: [{ ruleId: 'harm-or-legal', ruleName: 'Harm or legal risk: risk management owns it, replies need approval' }],
      named: [{ ruleId: 'harm-or-legal', ruleName: 'Harm or legal risk: risk management owns it, replies need approval', roles: ['risk_manager'], teams: [] }],
    });
    expect(outcome.notifications).toEqual([
      { to: { user: 'nina@h.org' }, via: 'members', team: 'px-north', urgent: false, rule: 'harm-or-legal', reason: 'Informed: risk management is reviewing this case' },
      { to: { user: 'ned@h.org' }, via: 'members', team: 'px-north', urgent: false, rule: 'harm-or-legal', reason: 'Informed: risk management is reviewing this case' },
    ]);
  });

  it('informs central patient experience of harm at an unknown site', () => {
    const outcome = route(facts({ triage: { risks: ['legal'], site: null }, site: null }));
    expect(outcome).toMatchObject({ team: 'risk', problems: [] });
    expect(who(outcome)).toEqual(['cal@h.org']);
  });

  it('pages social media and risk on call at once for a crisis, and gives the case to the social media person on call', () => {
    const outcome = route(facts({ triage: { risks: ['crisis'] } }));
    expect(outcome).toMatchObject({ assignee: 'sue@h.org', decidedBy: { assignee: 'crisis' } });
    expect(outcome.priority).toBe('urgent');
    expect(outcome.tags).toEqual(['crisis']);
    expect(who(outcome)).toEqual(['sue@h.org!', 'rita@h.org!']);
    expect(outcome.notifications[0]).toMatchObject({ via: 'oncall', team: 'social', onCallUntil: '2026-11-23T15:00:00.000Z' });
  });

  it('pages the on-duty patient representative when the reviewer is in the building now', () => {
    const outcome = route(facts({ triage: { timing: 'now' } }));
    expect(outcome).toMatchObject({ team: 'px-north', priority: 'urgent', tags: ['in_building'] });
    expect(outcome.notifications).toEqual([
      { to: { user: 'ned@h.org' }, via: 'oncall', team: 'px-north', urgent: true, onCallUntil: '2026-11-23T15:00:00.000Z', rule: 'in-the-building', reason: 'The reviewer is at the site right now; go and find them' },
    ]);
  });

  it('pages the manager, and says so, when the site team has no on-call rotation', () => {
    const outcome = route(facts({ triage: { timing: 'now', site: 'south' }, site: { id: 'south', kind: 'hospital' } }));
    expect(outcome.notifications).toMatchObject([{ to: { user: 'sara@h.org' }, via: 'manager', urgent: true }]);
    expect(outcome.problems).toEqual(['in-the-building: nobody on call in team px-south']);
  });

  it('does not page anyone for a post about a past visit at an unknown site', () => {
    expect(route(facts({ triage: { timing: 'now' }, site: null })).notifications).toEqual([]);
  });

  it('sends billing complaints to patient financial services', () => {
    expect(route(facts({ triage: { categories: ['billing'] } }))).toMatchObject({ team: 'pfs', decidedBy: { team: 'billing' } });
  });

  it('sends clinic complaints to the practice managers', () => {
    expect(route(facts({ site: { id: 'elm', kind: 'clinic' } })).team).toBe('pm-elm');
  });

  it('falls back to central patient experience when no practice management team serves the clinic', () => {
    const outcome = route(facts({ site: { id: 'oak', kind: 'clinic' } }));
    expect(outcome).toMatchObject({ team: 'central', decidedBy: { team: 'central' } });
    expect(outcome.problems).toEqual(['clinic: no team of function practice_management serves site oak']);
  });

  it('sends complaints from an unknown site to central patient experience', () => {
    expect(route(facts({ site: null, triage: { site: null } })).team).toBe('central');
  });

  it('queues praise for recognition and tells the site team’s manager, without complaint clocks', () => {
    const praise = { triage: { complaint: false, sentiment: 0.8, categories: [] } };
    expect(route(facts(praise))).toMatchObject({ team: 'kudos', priority: 'low', clocks: [], tags: ['praise'] });
    expect(who(route(facts(praise)))).toEqual(['nora@h.org']);
    expect(who(route(facts({ ...praise, site: { id: 'elm', kind: 'clinic' } })))).toEqual(['pam@h.org']);
  });

  it('gives a case no earlier rule placed (a neutral forwarded post, say) to central, without complaint clocks', () => {
    expect(route(facts({ triage: { complaint: false, sentiment: 0 } }))).toMatchObject({ team: 'central', clocks: [], notifications: [] });
  });
});

describe('resolveRouting', () => {
  const custom: RoutingRule[] = [
    { id: 'vip', name: 'VIP', when: { repeatComplainant: 2 }, then: [{ assignUser: 'vera@h.org', setPriority: 'high', markConfidential: true }] },
    { id: 'team', name: 'team', when: {}, then: [{ assignTeam: 'central', setPriority: 'low', assignUser: 'cal@h.org' }] },
    { id: 'tell', name: 'tell', when: {}, then: [{ notify: { managers: ['assigned'], users: ['nora@h.org'], destinations: ['slack-px'] } }] },
    { id: 'page', name: 'page', when: {}, then: [{ notify: { users: ['nora@h.org'], urgent: true } }] },
  ];
  const outcome = route(facts({ author: { hasOpenCase: true, priorCases: 2 } }), custom);

  it('keeps the first assignee and the highest priority, naming the rule behind each', () => {
    expect(outcome).toMatchObject({ team: 'central', assignee: 'vera@h.org', priority: 'high', confidential: true });
    expect(outcome.decidedBy).toMatchObject({ team: 'team', assignee: 'vip', priority: 'vip', confidential: 'vip' });
  });

  it('notifies the manager of the finally assigned team and each person once, urgently if anyone asked so', () => {
    expect(who(outcome)).toEqual(['nora@h.org!', 'slack-px', 'cora@h.org']);
    expect(outcome.notifications[0].rule).toBe('page');
  });

  it('names the owning team as approvers once the team is final, and lists a rule whose only effect was to name them', () => {
    const rules: RoutingRule[] = [
      { id: 'hold', name: 'Hold replies', when: {}, then: [{ requireApproval: true }] },
      { id: 'owners', name: 'Owners approve', when: {}, then: [{ requireApproval: { teams: ['assigned'] } }] },
      { id: 'team', name: 'team', when: {}, then: [{ assignTeam: 'central' }] },
    ];
    const held = route(facts(), rules);
    expect(held).toMatchObject({ approvalRequired: true, decidedBy: { approvalRequired: 'hold' } });
    expect(held.approval?.named).toEqual([{ ruleId: 'owners', ruleName: 'Owners approve', roles: [], teams: [{ id: 'central', name: 'Central patient experience' }] }]);
    expect([...rulesWithEffect(held)].sort()).toEqual(['hold', 'owners', 'team']);
    expect(route(facts(), rules.slice(2)).approval).toBeNull();
  });

  it('reports a notification to a team that does not exist', () => {
    const broken: RoutingRule[] = [{ id: 'x', name: 'x', when: {}, then: [{ notify: { oncall: [{ team: 'nope' }] } }] }];
    expect(route(facts(), broken).problems).toEqual(['x: no team for {"team":"nope"} to notify']);
  });
});
