// The triage contract (../shared/triage-contract.md): what `analyze` returns for every post.
import type { Platform } from '../domain/platform.js';

export const CATEGORIES = [
  'clinical_quality',
  'safety',
  'access_wait',
  'billing',
  'environment',
  'communication',
  'listening',
  'respect',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const RISKS = ['harm', 'legal', 'crisis', 'privacy'] as const;
export type Risk = (typeof RISKS)[number];

export type Timing = 'now' | 'past' | 'unknown';
export type Severity = 0 | 1 | 2 | 3;

export interface Evidence {
  /** Which decision this span supports: complaint, category, risk, timing, site, mentionsOrg, language, sentiment. */
  field: string;
  /** The value it supports, e.g. 'billing' for field 'category'. */
  value: string | boolean | number;
  text: string;
  /** Character offsets into the post text (UTF-16, end exclusive). */
  start: number;
  end: number;
}

export interface TriageInput {
  id?: string;
  text: string;
  platform?: Platform | string;
  rating?: number | null;
  /** Site id of the listing or page the post was made on, if known: a hint, the text may name another site. */
  listing?: string | null;
  author?: { handle?: string; displayName?: string };
  createdAt?: string;
}

export interface Triage {
  id?: string;
  complaint: boolean;
  sentiment: number;
  categories: Category[];
  severity: Severity;
  risks: Risk[];
  timing: Timing;
  site: string | null;
  mentionsOrg: boolean;
  /** ISO 639-1 code; 'und' when undetermined. Languages other than en/es are flagged for a person. */
  language: string;
  needsHuman?: boolean;
  evidence: Evidence[];
  /** Engine name and version, e.g. 'redress-rules@1.0.0', stored with results so retriage knows what is stale. */
  engine: string;
}
