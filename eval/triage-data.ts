// Loads the shared evaluation sets from ../shared/data (relative to the repository). Each loader returns
// null when its file is absent so the report can say the set was skipped.
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { OrganizationProfile } from '../src/domain/organization.js';
import { parseProfile } from '../src/config/profile-file.js';
import type { Category, Risk, Severity, Timing } from '../src/triage/types.js';

export const SHARED_DATA = new URL('../../shared/data/', import.meta.url);
const file = (relative: string) => new URL(relative, SHARED_DATA);

export interface DevPost {
  id: string;
  text: string;
  listing: string | null;
  labels: { complaint: boolean; categories: Category[]; severity: Severity; risks: Risk[]; timing: Timing; site: string | null };
}

export function loadBelgianDev(): { posts: DevPost[]; profile: OrganizationProfile } | null {
  const dev = file('belgian-hospital-reviews/dev-labeled.jsonl');
  const org = file('belgian-hospital-reviews/organization.json');
  if (!existsSync(dev) || !existsSync(org)) return null;
  const posts = readFileSync(dev, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DevPost);
  return { posts, profile: parseProfile(JSON.parse(readFileSync(org, 'utf8'))) };
}

export interface Tweet {
  text: string;
  complaint: boolean;
  /** Development looks only at `dev` errors; `heldOut` measures whether the rules generalize. */
  half: 'dev' | 'heldOut';
}

/** Half of a tweet from a hash of its id: fixed across runs and machines, independent of row order and label. */
export function tweetHalf(id: string): Tweet['half'] {
  return createHash('sha256').update(id).digest()[0] % 2 === 0 ? 'dev' : 'heldOut';
}

export function loadTweets(): Tweet[] | null {
  const path = file('complaint-tweets/complaints-data.csv');
  if (!existsSync(path)) return null;
  const rows = parse(readFileSync(path, 'utf8'), { relax_quotes: true }) as string[][];
  return rows.map((r) => ({ text: r[1], complaint: r[2] === '1', half: tweetHalf(r[0]) }));
}

/** v6 columns of the NHS framework that map onto our categories (mapping from the data README). */
export const NHS_CATEGORY_COLUMNS: Record<string, Category> = {
  'Staff manner & personal attributes': 'respect',
  'Staff listening, understanding & involving patients': 'listening',
  'Timeliness of care': 'access_wait',
  'Appointment arrangements': 'access_wait',
  'Contacting services': 'access_wait',
  'Being kept informed, clarity & consistency of information': 'communication',
  'Information directly from staff during care': 'communication',
  'Information provision & guidance': 'communication',
  'Impact of treatment/ care': 'clinical_quality',
  'Diagnosis & triage': 'clinical_quality',
  'Competence & training': 'clinical_quality',
  'Supplying & understanding medication': 'safety',
  'Safeguarding concerns?': 'safety',
  'Feeling safe': 'safety',
};

export interface NhsComment {
  text: string;
  /** 1 very positive .. 5 very negative. */
  sentiment: number;
  categories: Category[];
}

export function loadNhsComments(): NhsComment[] | null {
  const path = file('nhs-patient-feedback/fft-comments-framework-v6.csv');
  if (!existsSync(path)) return null;
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, relax_quotes: true, relax_column_count: true }) as Record<string, string>[];
  return rows
    .filter((r) => r['FFT answer'] && r['Comment sentiment'])
    .map((r) => ({
      text: r['FFT answer'],
      sentiment: Number(r['Comment sentiment']),
      categories: [...new Set(Object.entries(NHS_CATEGORY_COLUMNS).filter(([col]) => r[col] === '1').map(([, c]) => c))],
    }));
}

export function loadNhsStories(): { text: string; criticality: number }[] | null {
  const path = file('nhs-patient-feedback/care-opinion-stories.csv');
  if (!existsSync(path)) return null;
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, relax_quotes: true }) as Record<string, string>[];
  return rows.filter((r) => r.feedback && r.criticality !== '').map((r) => ({ text: r.feedback, criticality: Number(r.criticality) }));
}
