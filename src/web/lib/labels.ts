// Words people read instead of codes.
import { DEFAULT_POLICIES } from '../../domain/clocks/defaults.js';

const CATEGORY: Record<string, string> = {
  clinical_quality: 'Clinical quality',
  safety: 'Safety',
  access_wait: 'Access & wait',
  billing: 'Billing',
  environment: 'Environment',
  communication: 'Communication',
  listening: 'Listening',
  respect: 'Respect',
};

const PLATFORM: Record<string, string> = {
  facebook: 'Facebook',
  google: 'Google',
  yelp: 'Yelp',
  x: 'X',
  reddit: 'Reddit',
  email: 'Email',
  forwarded: 'Forwarded',
  test: 'Test',
};

const STATUS: Record<string, string> = {
  new: 'New',
  triaged: 'Triaged',
  acknowledged: 'Acknowledged',
  in_recovery: 'In recovery',
  resolved: 'Resolved',
  closed: 'Closed',
  reopen: 'Reopen',
};

const RISK: Record<string, string> = { harm: 'Harm', legal: 'Legal', crisis: 'Crisis', privacy: 'Privacy' };

const TIMING: Record<string, string> = { now: 'In the building now', past: 'Past visit', unknown: 'Unknown timing' };

const SEVERITY = ['None', 'Low', 'Medium', 'High'];

// Tags are set by routing rules and by the processor (src/domain/routing/defaults.ts, src/app/process-post.ts,
// src/app/route-case.ts); the codes are for rules and filters, these words for people.
const TAG: Record<string, string> = {
  in_building: 'In the building',
  'needs-reading': 'Needs a person to read',
  'risk-review': 'Risk review',
  crisis: 'Crisis',
  praise: 'Praise',
};

// The languages triage reads; any other code is named by the browser when it can.
const LANGUAGE: Record<string, string> = { en: 'English', es: 'Spanish', und: 'Not determined' };

const humanize = (code: string) => code.replace(/[_.]/g, ' ').replace(/^./, (c) => c.toUpperCase());

function browserLanguageName(code: string): string | undefined {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

export const categoryLabel = (c: string) => CATEGORY[c] ?? humanize(c);
export const platformLabel = (p: string) => PLATFORM[p] ?? humanize(p);
export const statusLabel = (s: string) => STATUS[s] ?? humanize(s);
export const riskLabel = (r: string) => RISK[r] ?? humanize(r);
export const timingLabel = (t: string) => TIMING[t] ?? humanize(t);
export const severityLabel = (s: number) => SEVERITY[s] ?? String(s);
/** Priority is what the team set (or routing did); severity is what triage read in the post. */
export const priorityLabel = (p: string) => humanize(p);
export const label = humanize;
/** A tag in plain words; an organization's own tag with its dashes and underscores read as spaces. */
export const tagLabel = (t: string) => TAG[t] ?? humanize(t.replace(/-/g, ' '));
/** "English" for "en"; the code itself when nothing better is known. */
export const languageName = (code: string) => LANGUAGE[code] ?? browserLanguageName(code) ?? code;
/**
 * An author's handle as people write it: "@ana_l" on a platform, but an email address as it is, since "@" before
 * one reads as a typo.
 */
export function handleText(handle: string, platform?: string): string {
  const bare = handle.replace(/^@/, '');
  return platform === 'email' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(bare) ? bare : `@${bare}`;
}

/** Why severity and priority are two scales, for the badges' tooltips and the priority control. */
export const SEVERITY_HELP = "How much harm triage read in the post. The case's priority is separate: set by routing rules, and by the team.";
export const PRIORITY_HELP = "The case's priority, set by routing rules or here; the post's assessed severity is separate.";
/** Resolved and Closed are both endings: what tells them apart, where a status is chosen. */
export const STATUS_HELP = 'Resolved: the recovery is done, waiting to confirm with the patient. Closed: nothing more to do.';
/** The standard clocks by the names their policies give them; an organization's own clock by its id made readable. */
export const clockLabel = (id: string) => DEFAULT_POLICIES.find((p) => p.id === id)?.name ?? humanize(id);

export const CATEGORY_CODES = Object.keys(CATEGORY);
export const PLATFORM_CODES = Object.keys(PLATFORM);
export const STATUS_CODES = ['new', 'triaged', 'acknowledged', 'in_recovery', 'resolved', 'closed'];
export const RISK_CODES = Object.keys(RISK);
export const TIMING_CODES = Object.keys(TIMING);
