// Whether the author writes from inside the episode of care (now), says it was long ago (past), or neither.
import type { Timing } from './types.js';
import { compile, findAll } from './matcher.js';
import { NOW_CUES, PAST_CUES, FINISHED_TIME, STAY_ENDED } from './lexicon/timing.js';
import type { Token } from './text.js';

const lexicon = compile<Timing>([...NOW_CUES.map((p): [string, Timing] => [p, 'now']), ...PAST_CUES.map((p): [string, Timing] => [p, 'past'])]);
const finished = compile(FINISHED_TIME.map((p): [string, true] => [p, true]));
const ended = compile(STAY_ENDED.map((p): [string, true] => [p, true]));
const YEAR = /^(19|20)\d\d$/;
const YEAR_PREPOSITIONS = new Set(['in', 'en', 'back']);
/** "Since yesterday", "desde ayer": a past point that the wait runs on from, not a finished time. */
const RUNS_FROM = new Set(['since', 'desde', 'from']);
/** "I had been waiting five hours when ...": the pluperfect tells a finished story. */
const PLUPERFECT = new Set(['had', 'habia', 'habiamos']);

/**
 * A cue of an ongoing wait ("been waiting", "still no doctor") tells of now unless its sentence says the
 * episode is over: told in the pluperfect, set at a finished time ("last month", "el mes pasado"), or left later on.
 */
function ongoing(tokens: Token[], from: number, endedSentences: Set<number>, leftAt: number): boolean {
  if (endedSentences.has(tokens[from].sentence) || leftAt > from) return false;
  for (let i = from - 1; i >= 0 && i >= from - 2 && tokens[i].sentence === tokens[from].sentence; i--) if (PLUPERFECT.has(tokens[i].norm)) return false;
  return true;
}

export function findTiming(tokens: Token[], createdAt?: string): { timing: Timing; from: number; to: number } {
  const hits = findAll(lexicon, tokens);
  const endedSentences = new Set(
    findAll(finished, tokens).filter((h) => h.from === 0 || !RUNS_FROM.has(tokens[h.from - 1].norm)).map((h) => tokens[h.from].sentence),
  );
  // "... so we left": a stay that ended later in the post is a story, whatever was still missing at the time
  const left = findAll(ended, tokens);
  const leftAt = left.length ? left[left.length - 1].from : -1;
  const now = hits.find((h) => h.tag === 'now' && ongoing(tokens, h.from, endedSentences, leftAt));
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
