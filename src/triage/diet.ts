// Diet errors: the wrong tray, the wrong diet, or food a patient on a medical diet must not have (renal, diabetic,
// nothing by mouth before surgery, thickened liquids, an allergy). Such an error is a patient-safety complaint;
// for a patient the food puts at risk it is a clear failure, and one that keeps happening or hurt them is harm.
import { compile, findAll, type Hit } from './matcher.js';
import { AGAINST_THE_DIET, DIET_CONSEQUENCES, DIET_MIXUPS, DIET_RISKS, FOODS, REPEATED, SERVED, WRONG_FOR_THE_DIET } from './lexicon/diet.js';
import { NEGATORS } from './lexicon/cues.js';
import type { Token } from './text.js';

type Cue = 'mixup' | 'wrongFood' | 'risk' | 'served' | 'food' | 'against' | 'repeated' | 'consequence';

const lexicon = compile<Cue>(
  (
    [
      [DIET_MIXUPS, 'mixup'],
      [WRONG_FOR_THE_DIET, 'wrongFood'],
      [DIET_RISKS, 'risk'],
      [SERVED, 'served'],
      [FOODS, 'food'],
      [AGAINST_THE_DIET, 'against'],
      [REPEATED, 'repeated'],
      [DIET_CONSEQUENCES, 'consequence'],
    ] as [readonly string[], Cue][]
  ).flatMap(([phrases, cue]) => phrases.map((p): [string, Cue] => [p, cue])),
);

export interface DietError {
  /** Tokens that tell of the error (for the evidence and the grievance). */
  from: number;
  to: number;
  /** The patient is on a diet or has a condition the wrong food endangers. */
  atRisk: boolean;
  /** It happened before ("second time this week", "again"). */
  repeated: boolean;
  /** The wrong food hurt the patient (a reaction, choking, a cancelled surgery). */
  consequence: boolean;
}

/** Words that may stand between a serving word and the food: "gave my mom a tray", "brought him his dinner". */
const SERVED_REACH = 6;

/** How far back a "never" or "not" may deny the error: "she never once got the wrong tray". */
const DENIAL_REACH = 5;

/** "Never once got the wrong tray", "no wrong meals": an error denied is no error. */
function denied(tokens: Token[], from: number): boolean {
  for (let i = from - 1; i >= 0 && i >= from - DENIAL_REACH && tokens[i].clause === tokens[from].clause; i--) if (NEGATORS.has(tokens[i].norm)) return true;
  return false;
}

export function findDietError(tokens: Token[]): DietError | undefined {
  const hits = findAll(lexicon, tokens);
  if (hits.length === 0) return undefined;
  const has = (cue: Cue) => hits.some((h) => h.tag === cue);
  const atRisk = has('risk');
  let error: Hit<Cue> | undefined = hits.find((h) => h.tag === 'mixup' && !denied(tokens, h.from));
  if (!error && atRisk) error = hits.find((h) => h.tag === 'wrongFood' && !denied(tokens, h.from));
  // "gave him breakfast even though he was NPO", "served her a sandwich with peanuts despite her allergy"
  if (!error && atRisk && has('against')) {
    for (const s of hits) {
      if (s.tag !== 'served' || denied(tokens, s.from)) continue;
      const food = hits.find((f) => f.tag === 'food' && f.from >= s.to && f.from - s.to <= SERVED_REACH && tokens[f.from].sentence === tokens[s.from].sentence);
      const against = food && hits.some((a) => a.tag === 'against' && tokens[a.from].sentence === tokens[s.from].sentence && a.from > s.from);
      if (food && against) {
        error = { tag: 'served', weight: 1, from: s.from, to: food.to };
        break;
      }
    }
  }
  if (!error) return undefined;
  return { from: error.from, to: error.to, atRisk, repeated: has('repeated'), consequence: has('consequence') };
}
