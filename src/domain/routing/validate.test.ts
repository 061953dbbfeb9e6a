import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES } from '../clocks/defaults.js';
import { DEFAULT_RULES } from './defaults.js';
import { validateRuleReferences, validateRules } from './validate.js';
import { TEAMS } from './test-fixtures.js';

describe('validateRules', () => {
  it('accepts the default rules', () => {
    expect(validateRules(DEFAULT_RULES)).toEqual({ rules: DEFAULT_RULES });
  });

  it('lists every problem by its path', () => {
    const raw = [
      { id: 'a', name: 'A', when: { categories: ['billing', 'parking'], time: { timeZone: 'Mars/Olympus' } }, then: [{ setPriority: 'asap' }, {}] },
      { id: 'a', name: 'again', when: { colour: 'red' }, then: [{ notify: { oncall: ['everyone'] } }] },
    ];
    const result = validateRules(raw);
    expect('errors' in result && result.errors).toEqual([
      { path: '/0/when/categories/1', message: expect.stringMatching(/^must be one of "clinical_quality", .*"billing"/) },
      { path: '/0/then/0/setPriority', message: 'must be one of "low", "normal", "high", "urgent"' },
      { path: '/0/then/1', message: expect.stringMatching(/at least 1 properties/) },
      { path: '/1/when/colour', message: expect.stringMatching(/Unexpected property/) },
      { path: '/1/then/0/notify/oncall/0', message: 'must be one of { team }, { function }, "site", "assigned"' },
      { path: '/0/when/time/timeZone', message: 'unknown time zone Mars/Olympus' },
      { path: '/1/id', message: 'duplicate rule id a (also rule 0)' },
    ]);
  });

  it('takes `requireApproval: true` as before, or the roles and teams that approve, naming a bad value inside', () => {
    const named = [{ id: 'risk', name: 'Risk approves', when: {}, then: [{ requireApproval: { roles: ['risk_manager'], teams: ['assigned', { function: 'risk_management' }] } }] }];
    expect('rules' in validateRules(named)).toBe(true);
    const raw = [
      { id: 'a', name: 'A', when: {}, then: [{ requireApproval: { roles: ['risk_manager', 'viewer'] } }] },
      { id: 'b', name: 'B', when: {}, then: [{ requireApproval: { approvers: ['risk'] } }, { requireApproval: 'yes' }, { requireApproval: {} }] },
    ];
    const result = validateRules(raw);
    expect('errors' in result && result.errors).toEqual([
      { path: '/0/then/0/requireApproval/roles/1', message: 'must be one of "admin", "patient_experience", "risk_manager"' },
      { path: '/1/then/0/requireApproval/approvers', message: expect.stringMatching(/Unexpected property/) },
      { path: '/1/then/1/requireApproval', message: 'must be one of boolean, { roles?, teams? }' },
      { path: '/1/then/2/requireApproval', message: expect.stringMatching(/at least 1 properties/) },
    ]);
  });

  it('rejects a config that is not a list', () => {
    expect(validateRules({ rules: [] })).toEqual({ errors: [{ path: '', message: expect.stringMatching(/array/) }] });
  });
});

describe('validateRuleReferences', () => {
  const clockPolicies = DEFAULT_POLICIES.map((p) => p.id);

  it('finds every team and clock the default rules name', () => {
    expect(validateRuleReferences(DEFAULT_RULES, { teams: TEAMS, clockPolicies })).toEqual([]);
  });

  it('reports unknown team ids, functions without a team and unknown clocks', () => {
    const rules = [
      { id: 'r', name: 'r', when: {}, then: [{ assignTeam: 'ghosts', startClocks: ['public_ack', 'tea_break'] }, { notify: { oncall: [{ function: 'service_line' as const }] } }] },
    ];
    expect(validateRuleReferences(rules, { teams: TEAMS, clockPolicies })).toEqual([
      { path: '/0/then/0/assignTeam', message: 'unknown team ghosts' },
      { path: '/0/then/0/startClocks/1', message: 'unknown clock policy tea_break' },
      { path: '/0/then/1/notify/oncall/0', message: 'no team has function service_line' },
    ]);
    const approvers = [{ id: 'r', name: 'r', when: {}, then: [{ requireApproval: { teams: [{ team: 'ghosts' }] } }] }];
    expect(validateRuleReferences(approvers, { teams: TEAMS, clockPolicies })).toEqual([{ path: '/0/then/0/requireApproval/teams/0', message: 'unknown team ghosts' }]);
  });
});
