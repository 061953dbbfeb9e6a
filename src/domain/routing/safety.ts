// Some rules are how a person in danger reaches someone: they page whoever is on call, or act on crisis, harm,
// legal or privacy risk. Switching one off, or moving a rule that stops evaluation above it, is one click in
// Settings, so the screen asks first and says what would stop happening.
import type { RoutingRule } from './schema.js';

const RISKS_THAT_NEED_A_PERSON = new Set(['crisis', 'harm', 'legal', 'privacy']);

export function isSafetyRule(rule: RoutingRule): boolean {
  const actsOnRisk = (rule.when.risks ?? []).some((r) => RISKS_THAT_NEED_A_PERSON.has(r));
  const pages = rule.then.some((a) => a.assignOncall || a.notify?.urgent || (a.notify?.oncall?.length ?? 0) > 0);
  return actsOnRisk || pages;
}

/** Whether the rule still runs for the cases it names: switched on, with no rule that stops evaluation above it. */
function reachable(rules: RoutingRule[], index: number): boolean {
  return rules[index].enabled !== false && !rules.slice(0, index).some((r) => r.enabled !== false && r.stop);
}

/** Safety rules that run today and would not, or might not, after the change: switched off or now below a stop. */
export function safetyRulesLost(before: RoutingRule[], after: RoutingRule[]): RoutingRule[] {
  return after.filter((rule, i) => {
    const was = before.findIndex((r) => r.id === rule.id);
    return isSafetyRule(rule) && was >= 0 && reachable(before, was) && !reachable(after, i);
  });
}
