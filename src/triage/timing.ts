// Whether the author writes from inside the episode of care (now), says it was long ago (past), or neither.
import type { Timing } from './types.js';
import { compile, findAll } from './matcher.js';
import { NOW_CUES, PAST_CUES } from './lexicon/timing.js';
import type { Token } from './text.js';

const lexicon = compile<Timing>([...NOW_CUES.map((p): [string, Timing] => [p, 'now']), ...PAST_CUES.map((p): [string, Timing] => [p, 'past'])]);
const YEAR = /^(19|20)\d\d$/;
const YEAR_PREPOSITIONS = new Set(['in', 'en', 'back']);

export function findTiming(tokens: Token[], createdAt?: string): { timing: Timing; from: number; to: number } {
  const hits = findAll(lexicon, tokens);
  const now = hits.find((h) => h.tag === 'now');
  if (now) return { timing: 'now', from: now.from, to: now.to };
  const past = hits.find((h) => h.tag === 'past');
  if (past) return { timing: 'past', from: past.from, to: past.to };
  const thisYear = createdAt ? new Date(createdAt).getUTCFullYear() : NaN;
  for (let i = 1; i < tokens.length; i++) {
    if (!YEAR.test(tokens[i].norm) || !YEAR_PREPOSITIONS.has(tokens[i - 1].norm)) continue;
    // "in 2015" is long ago unless the post was written that same year
    if (Number.isNaN(thisYear) || Number(tokens[i].norm) < thisYear) return { timing: 'past', from: i - 1, to: i + 1 };
  }
  return { timing: 'unknown', from: -1, to: -1 };
}
