// A small fictional organization for the guard's unit tests.
import type { OrganizationProfile } from '../organization.js';
import { checkReply } from './check.js';
import type { GuardContext, RuleId } from './types.js';

export const TEST_PROFILE: OrganizationProfile = {
  organization: {
    name: 'Lakeside Health',
    aliases: ['Lakeside'],
    handles: ['@LakesideHealth'],
    ambiguousNames: [],
    publicPhones: ['(555) 010-0100'],
    publicEmails: ['feedback@lakeside.example'],
  },
  sites: [
    { id: 'main', name: 'Lakeside General Hospital', aliases: [], publicPhone: '555-010-0150', publicEmail: 'px@lakeside.example' },
    { id: 'stjoe', name: "St. Joseph's Clinic", aliases: [] },
  ],
};

/** The rules that fired on a draft, for compact assertions. */
export function rulesFor(draft: string, ctx: Partial<GuardContext> = {}): RuleId[] {
  return [...new Set(checkReply(draft, { profile: TEST_PROFILE, ...ctx }).findings.map((f) => f.rule))].sort();
}

/** The text each finding of one rule points at. */
export function flagged(draft: string, rule: RuleId, ctx: Partial<GuardContext> = {}): string[] {
  return checkReply(draft, { profile: TEST_PROFILE, ...ctx })
    .findings.filter((f) => f.rule === rule)
    .map((f) => draft.slice(f.start, f.end));
}
