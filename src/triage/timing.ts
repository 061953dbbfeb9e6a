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
  const here = onSiteNow(tokens).find((h) => ongoing(tokens, h.from, endedSentences, leftAt));
  if (here) return { timing: 'now', from: here.from, to: here.to };
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

/** Who may be on site: the author, their relative ("my husband", "our son") or someone they name by pronoun ("they" is too often everyone). */
const PERSONS = new Set(['i', 'we', 'he', 'she']);
/** "My husband is", "my 80 year old mom is": the possessive opens the subject, a few words may follow. */
const POSSESSIVES = new Set(['my', 'our']);
const SUBJECT_REACH = 5;
/** Words that end the subject before any verb: "my home to leaving me at hospital" has no one on site. */
const NOT_IN_SUBJECT = new Set(['to', 'and', 'or', 'from', 'at', 'in', 'on', 'of', 'for', 'with', 'was', 'were', 'had', 'has', 'have', 'did', 'will', 'would', 'that', 'who', 'which', 'when', 'after', 'before', 'by']);
/** Present tense of "be", or its contraction already in the subject ("I'm", "we're"); a bare "he's" loses its "'s". */
const PRESENT_BE = new Set(['am', 'is', 'are', "'m", 'r']);
const CONTRACTED = new Set(['im', "i'm", "we're", 'hes', 'shes']);
/** What may stand between the verb and the place: "is still in", "is vomiting blood in", "are stuck in", "is lying on a stretcher in". */
const STATE_WORDS = new Set(['still', 'currently', 'now', 'right', 'here', 'there', 'just', 'stuck', 'admitted', 'kept', 'left', 'being', 'held', 'sat', 'alone', 'upstairs', 'downstairs', 'again', 'back']);
/** Words of state that may follow a bare "he"/"she" (from "he's"): not "sat" or "left", which tell the past there. */
const STILL_THERE = new Set(['still', 'currently', 'now', 'right', 'here', 'there', 'just', 'stuck', 'alone', 'upstairs', 'downstairs']);
const GERUND = /^[a-z]{2,}ing$/;
const NOT_GERUNDS = new Set(['nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'building', 'thing', 'being', 'king', 'ring', 'spring', 'ceiling', 'during', 'bring', 'sibling', 'darling', 'wedding', 'pudding', 'clothing']);
const BETWEEN_REACH = 4;
/** Words of the object of a verb of doing: "is vomiting blood in", "is holding her baby in". */
const OBJECT_REACH = 2;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'inside', 'outside']);
const DETERMINERS = new Set(['the', 'your', 'ur', 'this', 'a', 'an', 'their', 'its']);
/** Places inside a hospital where a patient or a relative waits or lies. */
const PLACES = new Set([
  'er', 'ed', 'emergency', 'emergencies', 'urgent', 'waiting', 'lobby', 'triage', 'hallway', 'hall', 'corridor', 'icu', 'nicu', 'picu', 'ward', 'unit', 'floor',
  'room', 'bay', 'cubicle', 'hospital', 'entrance', 'parking', 'garage', 'recovery', 'pre', 'labor', 'labour', 'maternity', 'radiology', 'imaging', 'infusion',
  'gurney', 'stretcher', 'trolley',
]);
const PLACE_REACH = 3;

/**
 * The author or their relative in the building as they write: a present "be" and a place in the hospital ("my husband
 * is vomiting blood in your ER waiting room", "we're in triage", "she is in room 412", "I'm sitting outside the ER").
 * "My wife is a nurse in the ER" has a job between the verb and the place, and "was in the ER" is told afterwards.
 */
function onSiteNow(tokens: Token[]): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const verb = presentBe(tokens, i);
    if (verb < 0) continue;
    const place = placeAfter(tokens, verb);
    if (place > 0) found.push({ from: i, to: place + 1 });
  }
  return found;
}

/** Index of the last token of a present "be" whose subject starts at i, or -1. */
function presentBe(tokens: Token[], i: number): number {
  const word = tokens[i].norm;
  if (CONTRACTED.has(word)) return i;
  const isPerson = PERSONS.has(word);
  if (!isPerson && !POSSESSIVES.has(word)) return -1;
  const same = sameSentence(tokens, i);
  if (isPerson) {
    if (same(i + 1) && PRESENT_BE.has(tokens[i + 1].norm)) return i + 1;
    // "he's in the ER" is stored as "he in the ER"
    if ((word === 'he' || word === 'she') && same(i + 1) && (PLACE_PREPOSITIONS.has(tokens[i + 1].norm) || STILL_THERE.has(tokens[i + 1].norm) || gerund(tokens[i + 1].norm))) return i;
    return -1;
  }
  for (let j = i + 2; j <= i + SUBJECT_REACH && same(j); j++) {
    if (tokens[j - 1].clause !== tokens[j].clause || NOT_IN_SUBJECT.has(tokens[j - 1].norm)) return -1;
    if (PRESENT_BE.has(tokens[j].norm)) return j;
    // "my dad sitting in the ER for six hours"
    if (gerund(tokens[j].norm) && j > i + 1) return j - 1;
  }
  return -1;
}

function gerund(word: string): boolean {
  return GERUND.test(word) && !NOT_GERUNDS.has(word);
}

/** Whether token j exists and stands in the sentence of token i. */
function sameSentence(tokens: Token[], i: number): (j: number) => boolean {
  const sentence = tokens[i].sentence;
  return (j) => j < tokens.length && tokens[j].sentence === sentence;
}

/** Index of the place word when one follows the verb at `verb`, or -1. */
function placeAfter(tokens: Token[], verb: number): number {
  const sentence = tokens[verb].sentence;
  let k = verb + 1;
  let object = -1;
  for (; k < tokens.length && tokens[k].sentence === sentence && k - verb <= BETWEEN_REACH; k++) {
    const word = tokens[k].norm;
    if (PLACE_PREPOSITIONS.has(word)) break;
    // after a verb of doing ("vomiting blood"), a short object may follow; otherwise only words of state
    if (object < 0 && gerund(word)) object = 0;
    else if (object >= 0 && object < OBJECT_REACH) object++;
    else if (!STATE_WORDS.has(word)) return -1;
  }
  if (k >= tokens.length || tokens[k].sentence !== sentence || !PLACE_PREPOSITIONS.has(tokens[k].norm)) return -1;
  for (let j = k + 1, words = 0; j < tokens.length && tokens[j].sentence === sentence && words <= PLACE_REACH; j++) {
    const word = tokens[j].norm;
    if (PLACES.has(word)) return placeMeant(tokens, j) ? j : -1;
    if (!DETERMINERS.has(word)) words++;
  }
  return -1;
}

/** "Room" only as a numbered room or a waiting or exam room; "a hospital" is any hospital, not where one is now. */
function placeMeant(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1].norm;
  if (tokens[j].norm === 'hospital') return before !== 'a' && before !== 'an';
  if (tokens[j].norm !== 'room') return true;
  return /^\d/.test(tokens[j + 1]?.norm ?? '') || before === 'waiting' || before === 'emergency' || before === 'exam' || before === 'er' || before === 'ed';
}

