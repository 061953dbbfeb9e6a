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

const humanize = (code: string) => code.replace(/[_.]/g, ' ').replace(/^./, (c) => c.toUpperCase());

export const categoryLabel = (c: string) => CATEGORY[c] ?? humanize(c);
export const platformLabel = (p: string) => PLATFORM[p] ?? humanize(p);
export const statusLabel = (s: string) => STATUS[s] ?? humanize(s);
export const riskLabel = (r: string) => RISK[r] ?? humanize(r);
export const timingLabel = (t: string) => TIMING[t] ?? humanize(t);
export const severityLabel = (s: number) => SEVERITY[s] ?? String(s);
/** Priority is what the team set (or routing did); severity is what triage read in the post. */
export const priorityLabel = (p: string) => humanize(p);
export const label = humanize;
/** The standard clocks by the names their policies give them; an organization's own clock by its id made readable. */
export const clockLabel = (id: string) => DEFAULT_POLICIES.find((p) => p.id === id)?.name ?? humanize(id);

export const CATEGORY_CODES = Object.keys(CATEGORY);
export const PLATFORM_CODES = Object.keys(PLATFORM);
export const STATUS_CODES = ['new', 'triaged', 'acknowledged', 'in_recovery', 'resolved', 'closed'];
export const RISK_CODES = Object.keys(RISK);
export const TIMING_CODES = Object.keys(TIMING);
