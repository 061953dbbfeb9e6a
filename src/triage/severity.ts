// Severity after the HCAT levels: 3 harm, legal threat, crisis or discrimination; 2 a clear failure of care,
// money or distress; 1 inconvenience or mild rudeness; 0 no complaint.
import type { Category, Risk, Severity, Timing } from './types.js';
import type { Token } from './text.js';
import { compile, findAll } from './matcher.js';
import { URGENT_CONDITIONS } from './lexicon/risks.js';

const HIGH_WORDS = /^(discriminat|racis|discrimina|died|death|dead|murio|fallecio|assault)/;
const MEDIUM_CATEGORIES: Category[] = ['safety', 'clinical_quality', 'billing'];
/** Negative weight at which a complaint reads as real distress rather than inconvenience. */
const DISTRESS = 12;
const urgent = compile(URGENT_CONDITIONS.map((p): [string, true] => [p, true]));

export interface Rated {
  severity: Severity;
  /** Tokens of an urgent condition that raised a wait or a slight to a clear failure (for the evidence). */
  urgentCue?: { from: number; to: number };
}

export function rateSeverity(complaint: boolean, risks: Risk[], categories: Category[], negative: number, tokens: Token[], timing: Timing): Rated {
  if (!complaint) return { severity: 0 };
  if (risks.some((r) => r === 'harm' || r === 'legal' || r === 'crisis')) return { severity: 3 };
  if (tokens.some((t) => HIGH_WORDS.test(t.norm))) return { severity: 3 };
  if (risks.includes('privacy') || categories.some((c) => MEDIUM_CATEGORIES.includes(c)) || negative >= DISTRESS) return { severity: 2 };
  // Waiting with a head injury on blood thinners, or chest pain, is no inconvenience while it is still going on, nor when
  // the wait is what the post complains of and it does not say it was long ago.
  const current = timing === 'now' || (timing !== 'past' && categories.includes('access_wait'));
  const cue = current ? findAll(urgent, tokens)[0] : undefined;
  return cue ? { severity: 2, urgentCue: { from: cue.from, to: cue.to } } : { severity: 1 };
}
