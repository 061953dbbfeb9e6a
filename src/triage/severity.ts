// Severity after the HCAT levels: 3 harm, legal threat, crisis or discrimination; 2 a clear failure of care,
// money or distress; 1 inconvenience or mild rudeness; 0 no complaint.
import type { Category, Risk, Severity } from './types.js';
import type { Token } from './text.js';

const HIGH_WORDS = /^(discriminat|racis|discrimina|died|death|dead|murio|fallecio|assault)/;
const MEDIUM_CATEGORIES: Category[] = ['safety', 'clinical_quality', 'billing'];
/** Negative weight at which a complaint reads as real distress rather than inconvenience. */
const DISTRESS = 12;

export function rateSeverity(complaint: boolean, risks: Risk[], categories: Category[], negative: number, tokens: Token[]): Severity {
  if (!complaint) return 0;
  if (risks.some((r) => r === 'harm' || r === 'legal' || r === 'crisis')) return 3;
  if (tokens.some((t) => HIGH_WORDS.test(t.norm))) return 3;
  if (risks.includes('privacy') || categories.some((c) => MEDIUM_CATEGORIES.includes(c)) || negative >= DISTRESS) return 2;
  return 1;
}
