// What a complaint is about: grievance phrases name their category; neutral topic words count only in a negative clause.
import { CATEGORIES, type Category } from './types.js';
import type { Signals } from './signals.js';
import type { Hit } from './matcher.js';

export interface CategoryResult {
  categories: Category[];
  /** The hit that supports each category (for evidence). */
  support: Map<Category, { from: number; to: number }>;
}

/** A category needs this much grievance weight (weak grievances alone do not name a category). */
const MIN_WEIGHT = 1;
/** A neutral topic word in a negative clause names its category on its own. */
const TOPIC_WEIGHT = 2;

/** A described harm event is a safety failure whatever words carried it. */
export function categorize(signals: Signals, harm?: { from: number; to: number }, privacy?: { from: number; to: number }): CategoryResult {
  const weight = new Map<Category, number>();
  const support = new Map<Category, { from: number; to: number }>();
  for (const s of signals.signals) {
    if (s.kind !== 'grievance' || !s.category || s.weight <= 0) continue;
    weight.set(s.category, (weight.get(s.category) ?? 0) + s.weight);
    if (!support.has(s.category)) support.set(s.category, s);
  }
  for (const t of signals.topics) {
    if (!inNegativeClause(signals, t)) continue;
    weight.set(t.tag, (weight.get(t.tag) ?? 0) + TOPIC_WEIGHT);
    if (!support.has(t.tag)) support.set(t.tag, t);
  }
  if (harm && !support.has('safety')) support.set('safety', harm);
  if (harm) weight.set('safety', MIN_WEIGHT);
  // a breach of confidentiality is a matter of patient rights
  if (privacy && !support.has('respect')) {
    support.set('respect', privacy);
    weight.set('respect', MIN_WEIGHT);
  }
  const categories = CATEGORIES.filter((c) => (weight.get(c) ?? 0) >= MIN_WEIGHT);
  return { categories, support };
}

/** A topic word counts in a negative clause, or in a negative sentence without praise; never inside a grievance phrase. */
function inNegativeClause(signals: Signals, topic: Hit<Category>): boolean {
  if (signals.signals.some((s) => s.kind !== 'praise' && s.from <= topic.from && s.to >= topic.to)) return false;
  const token = signals.tokens[topic.from];
  if ((signals.clauseNegative.get(token.clause) ?? 0) >= 2) return true;
  return (signals.sentenceNegative.get(token.sentence) ?? 0) >= 2 && !signals.praisedSentences.has(token.sentence);
}
