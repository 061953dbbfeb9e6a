import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from './defaults.js';
import { isSafetyRule, safetyRulesLost } from './safety.js';
import type { RoutingRule } from './schema.js';

const crisis = DEFAULT_RULES.find((r) => r.id === 'crisis')!;
const billing: RoutingRule = { id: 'billing', name: 'Billing to PFS', when: { categories: ['billing'] }, then: [{ assignTeamByFunction: 'patient_financial_services' }] };
const stopper: RoutingRule = { ...billing, id: 'stopper', name: 'Spam: stop', stop: true };

describe('safety rules', () => {
  it('counts a rule that pages on call or acts on crisis, harm, legal or privacy risk, not a routine one', () => {
    expect(isSafetyRule(crisis)).toBe(true);
    expect(isSafetyRule(billing)).toBe(false);
  });

  it('names a safety rule switched off or moved below a rule that stops, and nothing for routine changes', () => {
    const rules = [crisis, billing, stopper];
    expect(safetyRulesLost(rules, [{ ...crisis, enabled: false }, billing, stopper]).map((r) => r.id)).toEqual(['crisis']);
    expect(safetyRulesLost(rules, [stopper, crisis, billing]).map((r) => r.id)).toEqual(['crisis']);
    expect(safetyRulesLost(rules, [crisis, { ...billing, enabled: false }, stopper])).toEqual([]);
    expect(safetyRulesLost(rules, [crisis, stopper, billing])).toEqual([]);
    // Switching it back on loses nothing.
    expect(safetyRulesLost([{ ...crisis, enabled: false }, billing], [crisis, billing])).toEqual([]);
  });
});
