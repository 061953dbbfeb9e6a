// Comparisons with another hospital: "I'd take Northside over Holloway any day", "so much better than St. Luke's",
// "beats the ER across town", "prefer Riverside to Holloway", "compared to Holloway, the nurses here were kind".
// When we are on the winning side the comparison praises us; whatever is said of the other side is about the other
// place, whichever side wins ("we waited longer than at St. Luke's, where they saw us in ten minutes").
import type { Token } from './text.js';
import { NEGATORS } from './lexicon/cues.js';
import { POSITIVE } from './lexicon/sentiment.js';
import { CARE_CONTEXT } from './lexicon/brand.js';
import { compile, findAll } from './matcher.js';

const careContext = compile(CARE_CONTEXT.map((p): [string, true] => [p, true]));

export interface Comparison {
  /** The words that make the comparison ("better than", "over", "beats"), for the evidence. */
  from: number;
  to: number;
  /** We are on the winning side: the comparison is praise of us. */
  praisesUs: boolean;
  /** The other place and what the clause goes on to say of it: tokens `otherFrom`..`otherTo` (end exclusive). */
  otherFrom: number;
  otherTo: number;
  /** The other place's own name words ("holloway"), to find it again in other sentences. */
  otherNames: string[];
}

/** Comparatives that put what comes before "than" ahead of what follows. */
// not "rather": "a taxi rather than patient transport" compares no places
const BETTER = new Set(['better', 'nicer', 'faster', 'quicker', 'cleaner', 'friendlier', 'kinder', 'safer', 'calmer', 'quieter', 'superior', 'happier']);
/** Words that prefer what stands between them and "over" (or "to" after "prefer"). */
const PREFERRING = new Set(['pick', 'picked', 'picking', 'choose', 'chose', 'chosen', 'choosing', 'prefer', 'preferred', 'prefers', 'recommend', 'recommended']);
/** "Take" prefers only as a choice: "I'd take", "I will take" (not "took three weeks over Christmas"). */
const TAKING = new Set(['take', 'go']);
const CHOOSING_MODALS = new Set(["i'd", 'id', "i'll", 'would', 'will', "we'd", "we'll", 'always', 'rather']);
const PREFER_TO = new Set(['prefer', 'preferred', 'prefers']);
/** "... over Holloway any day", "... every time", "... hands down". */
const PREFERENCE_TAILS = [['any', 'day'], ['any', 'time'], ['anytime'], ['every', 'time'], ['hands', 'down'], ['in', 'a', 'heartbeat']];
// not a bare "beat": "the guard beat him", "beat their record for rudeness"
const BEATING = new Set(['beats', 'beating', 'outshines', 'outclasses']);
/** Comparisons that name the other side first and judge nothing by themselves. */
const COMPARED = [['compared', 'to'], ['compared', 'with'], ['in', 'comparison', 'to'], ['in', 'comparison', 'with'], ['as', 'opposed', 'to'], ['unlike']];

/** Words that may stand between the comparison and the place: "better than at St. Luke's", "rather than going to". */
const LEAD_IN = new Set(['at', 'in', 'to', 'go', 'going', 'drive', 'driving', 'over', 'what', 'we', 'i', 'got', 'get', 'had', 'the', 'ones', 'one']);
const LEAD_IN_REACH = 3;
/** Capitalized words that name no place: acronyms of care and pronouns. */
const NOT_NAMES = new Set([
  'er', 'ed', 'icu', 'i', 'a', 'e', 'ae', 'uc', 'gp', 'dr', 'the', 'my', 'our', 'ok', 'omg', 'lol', 'also', 'and', 'but', 'so',
  // times: "took three weeks over Christmas", "better than Monday"
  'christmas', 'xmas', 'easter', 'thanksgiving', 'halloween', 'new', 'year', 'years', 'eve', 'day', 'weekend', 'holidays', 'holiday', 'labor', 'july',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'august',
  'september', 'october', 'november', 'december',
]);
const SAINTS = new Set(['st', 'saint', 'san', 'santa', 'mount', 'mt', 'sainte']);
const PLACE_WORDS = new Set(['hospital', 'hospitals', 'er', 'ers', 'ed', 'clinic', 'clinics', 'place', 'places', 'facility', 'center', 'centre', 'practice', 'emergency', 'urgent', 'memorial', 'general', 'medical', 'infirmary']);
/** Words that single out another place: "the other hospital", "my old clinic", "the ER across town". */
const OTHER_MARKS = new Set(['other', 'another', 'previous', 'old', 'last', 'local', 'nearby', 'closest', 'different', 'former']);
const OPENERS = new Set(['the', 'that', 'my', 'our', 'any', 'every', 'a', 'another', 'other', 'those']);
/** "the ER across town", "the hospital down the road": a place placed elsewhere. */
const AWAY = [['across', 'town'], ['across', 'the', 'street'], ['down', 'the', 'road'], ['down', 'the', 'street'], ['up', 'the', 'road'], ['on', 'the', 'other', 'side'], ['over', 'in']];
/** Relative words that go on about the place just named: "better than St. Luke's, where they left me for hours". */
const RELATIVES = new Set(['where', 'which', 'who', 'when', 'they']);
/** Words that end what is said of the other place: "than other places and too quick to send ambulances". */
const GOING_ON = new Set(['and', 'so', 'because', 'as', 'while', 'plus', 'also']);
const NOT_COMPARING = new Set(['rather', 'other']);
const WINNER_REACH = 8;
const THAN_REACH = 5;

const startsWith = (tokens: Token[], i: number, words: string[]) => words.every((w, k) => tokens[i + k]?.norm === w && tokens[i + k].sentence === tokens[i].sentence);

/**
 * A name not ours: capitalized words none of which is one of our own name words ("Holloway", "St. Luke's",
 * "Mercy General"). Returns its end, or -1. A handle is never taken for another place: it may well be ours.
 * `placed` asks for a name that shows it is a place ("Holloway Memorial", "St. Luke's"), not a bare "Holloway".
 */
function otherName(tokens: Token[], i: number, own: Set<string>, names: string[], placed = false): number {
  const t = tokens[i];
  if (!t.capital || t.handle || NOT_NAMES.has(t.norm)) return -1;
  let j = i;
  const words: string[] = [];
  let place = SAINTS.has(t.norm);
  while (j < tokens.length && tokens[j].sentence === t.sentence && !tokens[j].handle && (tokens[j].capital || (j > i && PLACE_WORDS.has(tokens[j].norm))) && !NOT_NAMES.has(tokens[j].norm)) {
    if (PLACE_WORDS.has(tokens[j].norm)) place = true;
    else if (!SAINTS.has(tokens[j].norm)) words.push(tokens[j].norm);
    j++;
  }
  if (words.length === 0 || words.some((w) => own.has(w)) || (placed && !place)) return -1;
  names.push(...words);
  return j;
}

/** "the other hospital", "any other ER", "my old clinic", "the ER across town", "other hospitals". Returns its end or -1. */
function otherPlacePhrase(tokens: Token[], i: number): number {
  const sentence = tokens[i].sentence;
  let j = i;
  let marked = false;
  if (OPENERS.has(tokens[j].norm)) {
    marked = tokens[j].norm === 'another' || tokens[j].norm === 'other';
    j++;
  }
  for (let k = 0; k < 3 && j < tokens.length && tokens[j].sentence === sentence; k++, j++) {
    const word = tokens[j].norm;
    if (OTHER_MARKS.has(word)) marked = true;
    // "the one across town" is a place; "the other one", "the old one" may be anything
    else if (word === 'one') return AWAY.some((a) => startsWith(tokens, j + 1, a)) ? j + 1 : -1;
    else if (PLACE_WORDS.has(word)) {
      const end = j + 1;
      if (marked) return end;
      return AWAY.some((a) => startsWith(tokens, end, a)) ? end : -1;
    } else if (!tokens[j].capital) return -1;
  }
  return -1;
}

/** Another place starting at or just after `i` (past "at", "in", "going to"): its start and end, or undefined. */
function otherPlaceAt(tokens: Token[], i: number, own: Set<string>, names: string[], placed: boolean): { from: number; to: number } | undefined {
  const sentence = tokens[i]?.sentence;
  for (let j = i; j < tokens.length && j <= i + LEAD_IN_REACH && tokens[j].sentence === sentence; j++) {
    const end = Math.max(otherName(tokens, j, own, names, placed), otherPlacePhrase(tokens, j));
    if (end > 0) return { from: j, to: end };
    if (!LEAD_IN.has(tokens[j].norm)) return undefined;
  }
  return undefined;
}

/**
 * The other place's segment runs to the end of its clause (or to an "and" that goes on to something else), and on
 * through a following clause that goes on about it ("..., where they lost my file").
 */
function segmentEnd(tokens: Token[], to: number): number {
  let j = to;
  const clause = tokens[to - 1].clause;
  while (j < tokens.length && tokens[j].clause === clause && !GOING_ON.has(tokens[j].norm)) j++;
  if (j < tokens.length && tokens[j].clause === clause) return j;
  if (j < tokens.length && tokens[j].sentence === tokens[to - 1].sentence && RELATIVES.has(tokens[j].norm)) {
    const next = tokens[j].clause;
    while (j < tokens.length && tokens[j].clause === next) j++;
  }
  return j;
}

/**
 * Whether the winning side names another place or someone else's handle. A name standing first in its sentence is
 * capitalized anyway: it names a place only when a place word follows.
 */
function winnerIsOther(tokens: Token[], from: number, to: number, own: Set<string>): boolean {
  const sentence = tokens[to].sentence;
  for (let j = Math.max(0, from); j < to; j++) {
    if (tokens[j].sentence !== sentence) continue;
    const first = j === 0 || tokens[j - 1].sentence !== sentence;
    if (tokens[j].handle) {
      if (!ownHandle(tokens[j].norm, own)) return true;
      continue;
    }
    if (first && tokens[j].capital && !PLACE_WORDS.has(tokens[j + 1]?.norm ?? '')) continue;
    if (otherName(tokens, j, own, []) > 0 || otherPlacePhrase(tokens, j) > 0) return true;
  }
  return false;
}

/** Handles run our name words together ("@RiversideHealth"): one of our longer name words inside it makes it ours. */
function ownHandle(handle: string, own: Set<string>): boolean {
  for (const w of own) if (w.length >= 4 && !GENERIC_HANDLE_WORDS.has(w) && handle.includes(w)) return true;
  return false;
}
const GENERIC_HANDLE_WORDS = new Set(['hospital', 'medical', 'center', 'centre', 'clinic', 'health', 'care', 'general', 'memorial', 'saint', 'university', 'regional', 'family', 'medicine']);

/** One of our own (not generic) name words stands among tokens `from`..`to`: "I'd take Northside over ...". */
function namesUs(tokens: Token[], from: number, to: number, own: Set<string>): boolean {
  for (let j = from; j < to; j++) if (tokens[j].capital && own.has(tokens[j].norm) && !GENERIC_HANDLE_WORDS.has(tokens[j].norm) && !SAINTS.has(tokens[j].norm)) return true;
  return false;
}

function negatedBefore(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3 && tokens[j].clause === tokens[i].clause; j--) if (NEGATORS.has(tokens[j].norm)) return true;
  return false;
}

/** The start of the clause of token i, or of the sentence when `wide`. */
function clauseStart(tokens: Token[], i: number): number {
  let j = i;
  while (j > 0 && tokens[j - 1].clause === tokens[i].clause) j--;
  return j;
}

function positiveComparative(tokens: Token[], k: number): boolean {
  const word = tokens[k].norm;
  if (BETTER.has(word)) return true;
  return k > 0 && tokens[k - 1].norm === 'more' && (POSITIVE[word] ?? 0) > 0;
}

/** The post is addressed to the place it names: "@AcmeCare I'd pick Zenith over Acme" names its addressee, which is us. */
function addressed(tokens: Token[], names: string[]): boolean {
  return names.some((n) => n.length >= 3 && tokens.some((t) => t.handle && t.norm.includes(n)));
}

export function findComparisons(tokens: Token[], own: Set<string>): Comparison[] {
  const found: Comparison[] = [];
  let careful: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].norm;
    if (tokens[i].handle) continue;
    let winnerFrom = -1;
    let praisesUs = false;
    let connectorEnd = i + 1;
    let from = i;
    if (word === 'than') {
      // "rather than", "other than that": an alternative or an exception, no comparison of places
      if (i > 0 && NOT_COMPARING.has(tokens[i - 1].norm)) continue;
      // the comparative may stand a few words back: "so much better at pain control than Holloway"
      let k = i - 1;
      while (k >= 0 && k >= i - THAN_REACH && tokens[k].clause === tokens[i].clause && !positiveComparative(tokens, k)) k--;
      praisesUs = k >= 0 && k >= i - THAN_REACH && tokens[k].clause === tokens[i].clause && !negatedBefore(tokens, k);
      if (praisesUs) from = k;
      winnerFrom = clauseStart(tokens, i);
    } else if (word === 'over' || (word === 'to' && i > 0)) {
      const start = clauseStart(tokens, i);
      let verb = -1;
      for (let k = i - 1; k >= start && k >= i - WINNER_REACH; k--) {
        const w = tokens[k].norm;
        if (word === 'over' ? PREFERRING.has(w) || (TAKING.has(w) && k > 0 && CHOOSING_MODALS.has(tokens[k - 1].norm)) : PREFER_TO.has(w)) verb = k;
      }
      if (word === 'to' && verb < 0) continue;
      // "prefer to go to St. Luke's", "went over to Holloway": nothing stands between the verb and the other place
      if (verb >= 0 && (verb + 1 === i || negatedBefore(tokens, verb))) continue;
      winnerFrom = verb >= 0 ? verb + 1 : start;
      praisesUs = true;
      if (verb < 0) praisesUs = false; // decided below by a tail like "any day"
      from = verb >= 0 ? verb : i;
    } else if (BEATING.has(word)) {
      if (negatedBefore(tokens, i)) continue;
      winnerFrom = clauseStart(tokens, i);
      praisesUs = true;
    } else {
      const compared = COMPARED.find((c) => startsWith(tokens, i, c));
      if (!compared) continue;
      connectorEnd = i + compared.length;
    }
    const names: string[] = [];
    const other = otherPlaceAt(tokens, connectorEnd, own, names, false);
    if (!other || addressed(tokens, names)) continue;
    if (word === 'over' && !praisesUs) praisesUs = PREFERENCE_TAILS.some((tail) => startsWith(tokens, other.to, tail));
    // the winning side runs from the clause start (or the preferring verb) to the comparative or the connector
    const winnerTo = word === 'than' ? from : i;
    if (praisesUs && winnerFrom >= 0 && winnerIsOther(tokens, winnerFrom, winnerTo, own)) praisesUs = false;
    // a bare name on the losing side is a hospital only when the winner is ours or the post is about care
    const bare = otherPlaceAt(tokens, connectorEnd, own, [], true) === undefined;
    if (bare && !(praisesUs && namesUs(tokens, winnerFrom, winnerTo, own))) {
      careful ??= findAll(careContext, tokens).length > 0;
      if (!careful) continue;
    }
    if (!praisesUs && word !== 'than' && !COMPARED.some((c) => c[0] === word)) continue;
    found.push({ from, to: connectorEnd, praisesUs, otherFrom: other.from, otherTo: segmentEnd(tokens, other.to), otherNames: names });
    i = other.to - 1;
  }
  return found;
}
