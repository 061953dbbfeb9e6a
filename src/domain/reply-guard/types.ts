// The reply guard's contract: what a rule sees, what it reports, and how findings add up to a verdict.
import type { OrganizationProfile } from '../organization.js';
import type { Platform } from '../platform.js';

export const RULE_IDS = [
  'care_relationship',
  'patient_name',
  'service_date',
  'clinical_detail',
  'financial_detail',
  'record_number',
  'direct_phone',
  'personal_email',
  'outcome_promise',
  'blaming',
  'confidential_case',
  'length_limit',
  'template_blank',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Rules that only ever warn: a draft they find something in may still be posted. */
export const WARN_ONLY_RULES: readonly RuleId[] = ['blaming', 'template_blank'];

export type Level = 'block' | 'warn';
export type Verdict = Level | 'ok';
export type Visibility = 'public' | 'private';

export interface PostAuthor {
  handle?: string;
  displayName?: string;
  /** The person's real name when we know it (e.g. from a matched case) and they posted under a handle. */
  realName?: string;
}

export interface GuardContext {
  profile: OrganizationProfile;
  post?: { text: string; author?: PostAuthor };
  confidential?: boolean;
  platform?: Platform | string;
  /** Recorded for the caller; contacts of every site are approved, since a reply may point to any of them. */
  siteId?: string | null;
  /** Defaults to private for email and forwarded posts, public otherwise. */
  visibility?: Visibility;
  /** Informational: every rule checks English and Spanish wording, since replies often mix both. */
  language?: 'en' | 'es';
  /** The name of the staff member writing: in a template's sign-off it is theirs, not a patient's. */
  writer?: string;
}

export interface Finding {
  rule: RuleId;
  level: Level;
  /** UTF-16 offsets into the draft, end exclusive. */
  start: number;
  end: number;
  message: string;
  suggestion?: string;
}

export interface GuardResult {
  verdict: Verdict;
  findings: Finding[];
  policyVersion: string;
}

/** Context after defaults are applied, so rules need not repeat them. */
export interface RuleContext extends GuardContext {
  visibility: Visibility;
}

export type Rule = (draft: string, ctx: RuleContext) => Finding[];
