// Triage evidence in words for the marked post: what a highlighted span supports, read aloud after the words and
// shown as their tooltip. Raw weights and flags ("Sentiment: -2", "MentionsOrg: true") mean nothing to the team.
import { categoryLabel, label, riskLabel, severityLabel, timingLabel } from './labels.js';

export function evidenceLabel(field: string, value: unknown): string {
  switch (field) {
    case 'category':
      return `category: ${categoryLabel(String(value))}`;
    case 'risk':
      return `risk: ${riskLabel(String(value))}`;
    case 'severity':
      return `assessed severity ${severityLabel(Number(value)).toLowerCase()}: urgent while still there`;
    case 'sentiment':
      return Number(value) > 0 ? 'positive words' : Number(value) < 0 ? 'negative words' : 'neutral words';
    case 'complaint':
      return value === false ? 'reads as no complaint' : 'reads as a complaint';
    case 'mentionsOrg':
      return value === false ? 'not about us' : 'names our organization';
    case 'timing':
      return `timing: ${timingLabel(String(value))}`;
    case 'site':
      return 'names the site';
    case 'language':
      return 'language';
    default:
      return label(field).toLowerCase();
  }
}

/** Sentiment as a word for the triage panel; the score itself (−1 to 1) is a detail. */
export function sentimentWord(score: number): string {
  return score > 0 ? 'Positive' : score < 0 ? 'Negative' : 'Neutral';
}
