// Essential treatment missed or delayed, then the patient getting worse: a safety event with a consequence, which is
// both a grievance (it makes a complaint) and harm.
import { compile, findAll, longestOnly, type Hit } from './matcher.js';
import { DETERIORATION, ESSENTIAL_TREATMENTS, MISSED_AFTER, MISSED_BEFORE, NOT_A_FALL } from './lexicon/risks.js';
import { NEGATORS } from './lexicon/cues.js';
import type { Token } from './text.js';

/** Tokens of the missed treatment ("supposed to have her dialysis", "without his seizure medication"), end exclusive. */
export interface MissedTreatment {
  from: number;
  to: number;
}

const flags = (phrases: readonly string[]) => compile(phrases.map((p): [string, true] => [p, true]));
const treatments = flags(ESSENTIAL_TREATMENTS);
const missedBefore = flags(MISSED_BEFORE);
const missedAfter = flags(MISSED_AFTER);
const deterioration = flags(DETERIORATION);
/** How many words may stand between "missed"/"without" and the treatment ("left without her scheduled seizure medication"). */
const MISSED_GAP = 3;
/** How many sentences later the patient may get worse ("... It's 2pm. No one can tell me when. She's getting short of breath."). */
const DETERIORATION_SENTENCES = 3;

/** A cue with a negator just before it that is not part of it: "did not miss her dialysis", "no chest pain". */
function denied(tokens: Token[], hit: Hit<true>): boolean {
  for (let i = hit.from; i < hit.to; i++) if (NEGATORS.has(tokens[i].norm)) return false;
  for (let i = hit.from - 1; i >= 0 && i >= hit.from - 2 && tokens[i].sentence === tokens[hit.from].sentence; i--) if (NEGATORS.has(tokens[i].norm)) return true;
  return false;
}

/**
 * Essential treatment missed or delayed (dialysis, insulin, seizure medication, antibiotics, oxygen), and the patient
 * getting worse afterwards (short of breath, a seizure, chest pain, a fall, confusion): a safety event with a consequence.
 * Returns the span of the missed treatment.
 */
export function findMissedTreatment(tokens: Token[]): MissedTreatment | undefined {
  const given = longestOnly(findAll(treatments, tokens));
  if (given.length === 0) return undefined;
  const before = findAll(missedBefore, tokens).filter((h) => !denied(tokens, h));
  const after = findAll(missedAfter, tokens).filter((h) => !denied(tokens, h));
  const worse = longestOnly(findAll(deterioration, tokens)).filter(
    (h) => !denied(tokens, h) && !(tokens[h.from].norm === 'fell' && h.to - h.from === 1 && NOT_A_FALL.has(tokens[h.to]?.norm ?? '')),
  );
  for (const t of given) {
    const sentence = tokens[t.from].sentence;
    const cue =
      before.find((h) => h.to <= t.from && t.from - h.to <= MISSED_GAP && tokens[h.from].sentence === sentence) ??
      after.find((h) => h.from >= t.to && h.from - t.to <= MISSED_GAP && tokens[h.from].sentence === sentence);
    if (!cue) continue;
    const followed = worse.some((h) => h.from >= t.to && tokens[h.from].sentence - sentence <= DETERIORATION_SENTENCES);
    if (followed) return { from: Math.min(cue.from, t.from), to: Math.max(cue.to, t.to) };
  }
  return undefined;
}
