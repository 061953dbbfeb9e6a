// Which rules match a case, in order: the raw decisions, before they are merged into one outcome.
import { conditionsHold } from './conditions.js';
import type { RoutingFacts } from './facts.js';
import type { Action, RoutingRule } from './schema.js';

export interface RuleDecision {
  rule: string;
  name: string;
  actions: Action[];
}

/**
 * The enabled rules whose conditions hold, in order, up to the first matching rule marked `stop`.
 * Changes made by automation itself are not routed again: a rule that tags or reassigns would otherwise
 * trigger itself (or another rule) forever, and the outcome would depend on how many rounds ran.
 */
export function evaluateRules(rules: RoutingRule[], facts: RoutingFacts): RuleDecision[] {
  if (facts.causedBy === 'automation') return [];
  const decisions: RuleDecision[] = [];
  for (const rule of rules) {
    if (rule.enabled === false || !conditionsHold(rule.when, facts)) continue;
    decisions.push({ rule: rule.id, name: rule.name, actions: rule.then });
    if (rule.stop) break;
  }
  return decisions;
}
