// Which template scenarios fit a triaged post, most fitting first. Risk comes before everything: a post
// about harm, legal action, a crisis or privacy gets only the minimal holding reply in public.
import type { Triage } from '../../triage/types.js';
import type { Scenario } from './types.js';

export type TemplateFacts = Partial<Pick<Triage, 'complaint' | 'sentiment' | 'categories' | 'risks' | 'timing'>>;

export function suggestTemplates(facts: TemplateFacts): Scenario[] {
  const out: Scenario[] = [];
  const risky = (facts.risks ?? []).length > 0;
  // Someone at risk of harming themselves needs the number that answers now before anything else, in public and in
  // the private message the crisis steps ask for.
  if (facts.risks?.includes('crisis')) out.push('crisis_support', 'crisis_private');
  if (risky) out.push('holding_clinical_legal');
  if (facts.timing === 'now') out.push('on_site_now');
  if (!risky) {
    if (facts.complaint === false && (facts.sentiment ?? 0) > 0) out.push('praise_thanks');
    if (facts.categories?.includes('billing')) out.push('billing');
    if (facts.categories?.includes('access_wait')) out.push('wait_time');
    if (facts.complaint) out.push('apology_offline');
  }
  if (facts.complaint || risky) out.push('private_outreach');
  return out;
}
