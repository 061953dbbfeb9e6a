// Reads the evaluative content of a post once: which words praise, which complain, which are negated,
// sarcastic, about another hospital, or an employee's grievance. Later steps only weigh these signals.
import type { Category } from './types.js';
import { compile, entries, findAll, longestOnly, type Hit, type Lexicon } from './matcher.js';
import { POSITIVE, NEGATIVE } from './lexicon/sentiment.js';
import { SERVICE_FAILURE } from './lexicon/service-failure.js';
import { GRIEVANCES, TOPICS } from './lexicon/categories.js';
import { CIRCUMSTANCES } from './lexicon/risks.js';
import {
  NEGATORS, ELSEWHERE, COMPARISONS, STAFF_VOICE, EMPLOYMENT, HOW_TO_QUESTIONS, SELF_BLAME, COMPLAINING_HASHTAG, SYMPATHY_TO_OTHER, ADVICE_OPENERS, ADVICE_LEADS,
  ADVICE_VERBS, ADVICE_TO_OTHER, SYMPATHY_IN_THREAD, FIRST_PERSON,
} from './lexicon/cues.js';
import type { Token } from './text.js';
import { findDietError, type DietError } from './diet.js';
import { findComparisons, type Comparison } from './comparison.js';
import { findMissedTreatment, type MissedTreatment } from './missed-treatment.js';

/** 'fail' is a negative phrase that reports a service failing ("still not fixed", "no reply"): it names its own target. */
type Polarity = 'pos' | 'neg' | 'fail';

export interface Signal {
  kind: 'praise' | 'grievance' | 'negative';
  category?: Category;
  weight: number;
  from: number;
  to: number;
  /** The words report a failure of care or service (a grievance, "never arrived"), not only a bad mood. */
  aboutService?: boolean;
  /** A plain report that something is wrong or did not happen ("it is not showing", "an issue"), weak on its own. */
  reports?: boolean;
  /** A swear word: it intensifies whatever it stands beside ("funny as shit", "holy crap") and complains of nothing alone. */
  swearing?: boolean;
}

export interface Signals {
  tokens: Token[];
  /** Praise and complaint evidence after negation, sarcasm and discounting. */
  signals: Signal[];
  topics: Hit<Category>[];
  positive: number;
  negative: number;
  /** Negative weight per clause, to place neutral topic words. */
  clauseNegative: Map<number, number>;
  sentenceNegative: Map<number, number>;
  praisedSentences: Set<number>;
  /** The wrong tray or diet served to a patient, when the post tells of one. */
  diet?: DietError;
  /** Essential treatment missed or late, with the patient worse afterwards, when the post tells of it. */
  missedTreatment?: MissedTreatment;
}

const polarity: Lexicon<Polarity> = compile<Polarity>([
  ...Object.entries(POSITIVE).filter(([, w]) => w > 0).map(([p, w]): [string, Polarity, number] => [p, 'pos', w]),
  ...Object.entries({ ...NEGATIVE, ...SERVICE_FAILURE }).filter(([, w]) => w > 0).map(([p, w]): [string, Polarity, number] => [p, p in SERVICE_FAILURE ? 'fail' : 'neg', w]),
]);

/** Grievance phrases may end in "@1" to mark a weak one (default weight 2). */
const grievances: Lexicon<Category> = compile<Category>(
  entries(GRIEVANCES).map(([phrase, tag]): [string, Category, number] => {
    const at = phrase.lastIndexOf('@');
    return at > 0 ? [phrase.slice(0, at), tag, Number(phrase.slice(at + 1))] : [phrase, tag, 2];
  }),
);
const topics: Lexicon<Category> = compile(entries(TOPICS));
const circumstances = compile(CIRCUMSTANCES.map((p): [string, boolean] => [p, true]));
const elsewhere = compile([...ELSEWHERE.map((p): [string, boolean] => [p, true]), ...COMPARISONS.map((p): [string, boolean] => [p, false])]);
const staffVoice = compile(STAFF_VOICE.map((p): [string, boolean] => [p, true]));
const employment = compile(EMPLOYMENT.map((p): [string, boolean] => [p, true]));
const howTo = compile(HOW_TO_QUESTIONS.map((p): [string, boolean] => [p, true]));
const selfBlame = compile(SELF_BLAME.map((p): [string, boolean] => [p, true]));
const sympathy = compile(SYMPATHY_TO_OTHER.map((p): [string, boolean] => [p, true]));
const adviceOpeners = compile(ADVICE_OPENERS.map((p): [string, boolean] => [p, true]));
const adviceToOther = compile([...ADVICE_TO_OTHER, ...SYMPATHY_IN_THREAD].map((p): [string, boolean] => [p, true]));
// leads and verbs apart: "you should" + "ask", matched as two short lexicons rather than every pairing
const adviceLeads = compile(ADVICE_LEADS.map((p): [string, boolean] => [p, true]));
const adviceVerbs = compile(ADVICE_VERBS.map((p): [string, boolean] => [p, true]));
const FIRST_PERSON_WORDS = new Set(FIRST_PERSON);

/** Praise words that, before "of", name a kind or a place rather than praise: "kind of", "top of". */
const NOUN_BEFORE_OF = new Set(['kind', 'top']);
/** "My top", "the top": after these, "top" is a garment or a place ("a top hospital" still praises). */
const DETERMINERS = new Set(['my', 'the', 'your', 'their', 'his', 'her', 'our', 'its', 'on']);

/** Words that shrink a wait into praise: "waited only ten minutes", "in less than an hour". */
const DIMINISHERS = new Set(['only', 'just', 'less', 'under', 'within', 'barely', 'max', 'maximum', 'short', 'quick', 'quickly', 'few', 'solo', 'menos']);
const NEGATION_WINDOW = 3;
/**
 * Words that do not use up the negation window: "never once made us feel judged", "not at all rude", "never even
 * looked rushed" negate across them. NEGATION_REACH still bounds the distance.
 */
const LIGHT_WORDS = new Set(['once', 'ever', 'even', 'really', 'at', 'all', 'made', 'make', 'makes', 'us', 'me', 'him', 'her', 'them', 'feel', 'felt', 'seem', 'seemed']);
const NEGATION_REACH = 6;
const CONDITION_WINDOW = 4;
/** "Thanks for ...", "love how ...": praise introducing what follows rather than praising. */
const SARCASM_LINKS = new Set(['for', 'how', 'that', 'when', 'por']);
const SARCASM_REACH = 12;
const ELSEWHERE_FACTOR = 0.25;
/** What is left of a failure the author owns up to ("I typed the wrong address"). */
const OWN_SLIP_FACTOR = 0.1;

const SWEARING = new Set(['shit', 'crap', 'fuck', 'fucking', 'damn']);

/** Words that name a fault without judging it: in a post about a service, they report one. */
const PROBLEM_WORDS = new Set(['problem', 'problems', 'issue', 'issues']);

/** "Nothing more annoying than", "nothing worse than": a superlative, which asserts rather than negates. */
const SUPERLATIVE_AFTER = new Set(['more', 'worse']);

/** "Can't" before these praises past words: "can't thank you enough", "couldn't love it more". */
const ABILITY = new Set(['can', 'could']);
const PAST_WORDS = new Set(['enough', 'more']);
const PAST_WORDS_REACH = 4;

/** "I can't thank them enough", "couldn't be more grateful": an inability to praise enough, which intensifies. */
function beyondWords(tokens: Token[], not: number, from: number): boolean {
  if (tokens[not].norm !== 'not' || not === 0 || !ABILITY.has(tokens[not - 1].norm)) return false;
  for (let i = not + 1; i < tokens.length && i <= from + PAST_WORDS_REACH && tokens[i].clause === tokens[from].clause; i++) {
    if (PAST_WORDS.has(tokens[i].norm)) return true;
  }
  return false;
}

/**
 * The negator up to three words before the hit `from`..`to` that reverses it, or -1. A phrase that carries its own
 * negation ("have not heard", "no reply") keeps its sense: a second negation nearby is almost never meant to cancel it.
 */
function negator(tokens: Token[], from: number, to = from + 1): number {
  for (let i = from; i < to; i++) if (NEGATORS.has(tokens[i].norm)) return -1;
  const clause = tokens[from].clause;
  let words = 0;
  for (let i = from - 1; i >= 0 && words < NEGATION_WINDOW && i >= from - NEGATION_REACH; i--) {
    if (tokens[i].clause !== clause) return -1;
    if (!LIGHT_WORDS.has(tokens[i].norm)) words++;
    // "a little rude", "a little honesty would have gone a long way": "a little" is some, not none
    if (tokens[i].norm === 'little' && i > 0 && tokens[i - 1].norm === 'a') continue;
    if (NEGATORS.has(tokens[i].norm)) return tokens[i].norm === 'nothing' && SUPERLATIVE_AFTER.has(tokens[i + 1].norm) ? -1 : i;
  }
  return -1;
}

/** What is left of denied praise that concedes before a "but": "it's not perfect but it gave me a ballpark". */
const CONCESSION = 0.3;

/** Denied praise right before "but" in its sentence: a concession that leads to what is good, not a grievance. */
function conceded(tokens: Token[], hit: Hit<unknown>): boolean {
  const next = tokens[hit.to];
  return next !== undefined && next.sentence === tokens[hit.from].sentence && (next.norm === 'but' || next.norm === 'pero');
}

/** "If you do not understand, ask": a grievance inside a condition describes no event. */
function conditional(tokens: Token[], from: number): boolean {
  const clause = tokens[from].clause;
  for (let i = from - 1; i >= 0 && i >= from - CONDITION_WINDOW; i--) {
    if (tokens[i].clause !== clause) return false;
    if (tokens[i].norm === 'if' || tokens[i].norm === 'si') return true;
  }
  return false;
}

function diminished(tokens: Token[], hit: Hit<Category>): boolean {
  for (let i = Math.max(0, hit.from - 2); i < hit.to; i++) if (DIMINISHERS.has(tokens[i].norm)) return true;
  return false;
}

function praisesUsElsewhere(tokens: Token[], grievanceHits: Hit<Category>[], polarHits: Hit<Polarity>[], otherPlaces: Set<number>, praise: number, otherSide: (i: number) => boolean): boolean {
  let balance = praise;
  for (const h of [...grievanceHits, ...polarHits]) {
    if (otherPlaces.has(tokens[h.from].sentence) || otherSide(h.from)) continue;
    balance += h.tag === 'pos' ? h.weight : -h.weight;
  }
  return balance > 0;
}

/** Weight of "I'd take Riverside over Holloway", "so much better than St. Luke's": clear praise of us. */
const COMPARATIVE_PRAISE = 2;
/** What is left of what a comparison says about the other side: it is about another place, not us. */
const OTHER_SIDE_FACTOR = 0.1;
/** Name words too generic to tell our sentence from another's ("the", "hospital", "St."). */
const GENERIC_NAME_WORDS = new Set(['the', 'of', 'and', 'hospital', 'hospitals', 'medical', 'center', 'centre', 'clinic', 'health', 'campus', 'university', 'general', 'regional', 'memorial', 'st', 'saint', 'mount', 'mt', 'care', 'urgent', 'family', 'medicine', 'primary', 'virtual', 'a', 'e', 'i']);

/**
 * Sentences that name the other side of a comparison ("Holloway" once we know Holloway lost to us), without
 * naming us: what they say is about that place.
 */
function sentencesNamingOtherSide(tokens: Token[], comparisons: Comparison[], ownWords: Set<string>): Set<number> {
  const names = new Set(comparisons.flatMap((c) => c.otherNames));
  const naming = new Set<number>();
  const us = new Set<number>();
  for (const t of tokens) {
    if (!t.capital && !t.handle) continue;
    if (names.has(t.norm)) naming.add(t.sentence);
    else if (ownWords.has(t.norm) && !GENERIC_NAME_WORDS.has(t.norm)) us.add(t.sentence);
  }
  for (const c of comparisons) naming.delete(tokens[c.otherFrom].sentence);
  for (const s of us) naming.delete(s);
  return naming;
}

function sentencesWith(lexicon: Lexicon<boolean>, tokens: Token[]): Set<number> {
  return new Set(longestOnly(findAll(lexicon, tokens)).filter((h) => h.tag).map((h) => tokens[h.from].sentence));
}

/** Greetings and handles that may stand before the question itself: "@Shop hi, how do I ...". */
const PREAMBLE = new Set(['hi', 'hey', 'hello', 'dear']);

/** Sentences that open by asking how to do something: "How do I cancel my plan?" asks for a way, not for an account. */
function howToSentences(tokens: Token[]): Set<number> {
  const sentences = new Set<number>();
  for (const hit of findAll(howTo, tokens)) {
    let i = hit.from - 1;
    while (i >= 0 && tokens[i].sentence === tokens[hit.from].sentence && (tokens[i].handle || PREAMBLE.has(tokens[i].norm))) i--;
    if (i < 0 || tokens[i].sentence !== tokens[hit.from].sentence) sentences.add(tokens[hit.from].sentence);
  }
  return sentences;
}

/** Capitalized words that open a hospital's name ("St. Mary's", "Mount Sinai"). */
const SAINTS = new Set(['st', 'saint', 'san', 'santa', 'mount', 'mt', 'sainte']);
/** Capitalized words that close one ("County General", "Lakeside Clinic"). */
const PLACE_WORDS = new Set(['hospital', 'clinic', 'infirmary', 'medical', 'memorial', 'general', 'hospitals', 'clinics', 'urgent']);

/**
 * Sentences naming a hospital that is not ours: its failings are no complaint against us when the post praises us.
 * `ownWords` are the words of our own names, so "St. Luke's" is another place only when we are not St. Luke's.
 */
function namedElsewhere(tokens: Token[], ownWords: Set<string>): number[] {
  const sentences: number[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const here = tokens[i];
    const next = tokens[i + 1];
    if (!here.capital || !next.capital || here.sentence !== next.sentence) continue;
    const named = SAINTS.has(here.norm) ? next.norm : PLACE_WORDS.has(next.norm) && !PLACE_WORDS.has(here.norm) ? here.norm : undefined;
    if (named !== undefined && !ownWords.has(named)) sentences.push(here.sentence);
  }
  return sentences;
}

/** "@Help_Desk", "@NotGreatBob": the words of a handle name an account; they say nothing about it. */
function inWords(tokens: Token[], hit: Hit<unknown>): boolean {
  for (let i = hit.from; i < hit.to; i++) if (tokens[i].handle) return false;
  return true;
}

/** Any negation, or a "nobody", earlier in the clause: "nobody treated her with dignity" praises no one. */
function deniedInClause(tokens: Token[], from: number): boolean {
  for (let i = from - 1; i >= 0 && tokens[i].clause === tokens[from].clause; i--) if (NEGATORS.has(tokens[i].norm) || tokens[i].norm === 'nobody') return true;
  return false;
}

/** Words after "lying" that tell a posture, not a lie: "lying on a gurney", "lying in the hallway", "lying there in pain". */
const POSTURE = new Set(['on', 'in', 'down', 'there', 'here', 'flat', 'around', 'awake', 'still', 'face', 'at', 'outside', 'alone', 'naked', 'asleep', 'helpless', 'unconscious', 'next', 'under', 'with', 'for']);

/** "Lying" as lying down: "my dad is lying on a stretcher" tells no lie. */
function lyingDown(tokens: Token[], g: Hit<Category>): boolean {
  return g.to - g.from === 1 && tokens[g.from].norm === 'lying' && POSTURE.has(tokens[g.to]?.norm ?? '');
}

/** Words of exasperation that are only an adverb inside a clause: "to seriously say", "seriously considering". */
const EXASPERATION_ADVERBS = new Set(['seriously']);

/** "Seriously?", "Seriously, two hours": exasperation stands at the edge of its clause; "to even seriously say" does not. */
function modifiesVerb(tokens: Token[], p: Hit<Polarity>): boolean {
  if (p.to - p.from !== 1 || !EXASPERATION_ADVERBS.has(tokens[p.from].norm)) return false;
  const clause = tokens[p.from].clause;
  const opens = p.from === 0 || tokens[p.from - 1].clause !== clause;
  const closes = p.to >= tokens.length || tokens[p.to].clause !== clause || tokens[p.from].asks === true;
  return !opens && !closes;
}

/** The span `inner` lies inside `outer` and is shorter. */
const within = (inner: Hit<unknown>, outer: Hit<unknown>) => outer.from <= inner.from && outer.to >= inner.to && outer.to - outer.from > inner.to - inner.from;

/** What the channel tells about a post before its words are read. */
export interface Setting {
  /**
   * The post may be a comment in someone else's thread (a Facebook, Reddit or X reply that addresses none of our
   * accounts), not a review or a message to us: advice and sympathy there are for another poster.
   */
  thread?: boolean;
}

/** Words that may stand before an imperative: "Also ask about ...", "Honestly just call ...", "Please go up to the desk". */
const ADVICE_LEAD = new Set(['also', 'just', 'and', 'so', 'then', 'please', 'pls', 'plz', 'definitely', 'honestly', 'seriously', 'maybe', 'ok', 'okay', 'hun', 'hon', 'but', 'or', 'next', 'time', 'first', 'always', 'y', 'tambien', 'solo']);

/**
 * The word at `at` opens an imperative: it starts its sentence, after handles, a few words of lead ("also", "just") or
 * the name of whom it is told to ("Tammy go up to the desk"). "Got a call the next day" is no advice.
 */
function opensImperative(tokens: Token[], at: number): boolean {
  const sentence = tokens[at].sentence;
  let i = at - 1;
  while (i >= 0 && tokens[i].sentence === sentence && (tokens[i].handle || ADVICE_LEAD.has(tokens[i].norm))) i--;
  if (i < 0 || tokens[i].sentence !== sentence) return true;
  // a name said first: "Tammy, go ...", "Tammy go ..."
  return tokens[i].capital && (i === 0 || tokens[i - 1].sentence !== sentence);
}
/** "Tell your nurses to ...", "call me back": an imperative aimed at us or at the author's own case is no advice to another. */
const NOT_ADVICE_AFTER = new Set(['your', 'ur', 'me', 'us', 'yourself', 'yourselves']);
/** Words before a cue that belong to it: "I'm so sorry", "I am praying for", "we hope your ...". */
const SPEAKER_REACH = 2;

/**
 * Sentences of a thread comment that speak to another poster rather than of the author's own dealings with us: advice
 * ("ask for the charge nurse", "you should call patient relations"), sympathy ("praying for your dad"), and, once the
 * comment gives either, all its sentences but those where the author speaks of themselves or theirs ("Tammy that is
 * ridiculous" is a reaction to her story). The author's own grievance ("same happened to my dad and nobody called us
 * back") keeps its weight.
 */
function bystanderSentences(tokens: Token[]): Set<number> {
  const cues: Hit<boolean>[] = findAll(adviceToOther, tokens);
  const leads = findAll(adviceLeads, tokens);
  if (leads.length > 0) {
    const verbs = findAll(adviceVerbs, tokens);
    for (const lead of leads) {
      const verb = verbs.find((v) => v.from === lead.to);
      if (verb) cues.push({ tag: true, weight: 1, from: lead.from, to: verb.to });
    }
  }
  for (const hit of findAll(adviceOpeners, tokens)) if (opensImperative(tokens, hit.from) && !NOT_ADVICE_AFTER.has(tokens[hit.to]?.norm ?? '')) cues.push(hit);
  if (cues.length === 0) return new Set();
  // the "I" of "I'm so sorry", "I would call" or "my advice" is the commenter speaking to the other poster
  const speaker = new Uint8Array(tokens.length);
  for (const c of cues) speaker.fill(1, Math.max(0, c.from - SPEAKER_REACH), c.to);
  const own = new Set<number>();
  tokens.forEach((t, i) => {
    if (FIRST_PERSON_WORDS.has(t.norm) && !t.handle && !speaker[i]) own.add(t.sentence);
  });
  const speaking = new Set<number>();
  for (const t of tokens) if (!own.has(t.sentence)) speaking.add(t.sentence);
  return speaking;
}

export function readSignals(tokens: Token[], ownWords: Set<string> = new Set(), setting: Setting = {}): Signals {
  const reasons = findAll(circumstances, tokens);
  const rawPolar = longestOnly(findAll(polarity, tokens)).filter((p) => inWords(tokens, p));
  // "treated him with such dignity": a grievance word inside a longer phrase of praise that nothing negates is praise
  const praising = rawPolar.filter((p) => p.tag === 'pos' && p.to - p.from > 1 && !deniedInClause(tokens, p.from));
  const grievanceHits = longestOnly(findAll(grievances, tokens)).filter(
    (g) => inWords(tokens, g) && !reasons.some((r) => r.from <= g.from && r.to >= g.to) && !praising.some((p) => within(g, p)) && !lyingDown(tokens, g),
  );
  const polarHits = rawPolar.filter(
    // a grievance phrase already carries the negative weight of words inside it ("lack of empathy")
    (p) => !grievanceHits.some((g) => g.from <= p.from && g.to >= p.to),
  );
  const otherPlaces = sentencesWith(elsewhere, tokens);
  for (const sentence of namedElsewhere(tokens, ownWords)) otherPlaces.add(sentence);
  // a comparison with another place says which of its words are about that place, and whether it praises us
  const comparisons = findComparisons(tokens, ownWords);
  const otherSideOf = new Int8Array(tokens.length);
  for (const c of comparisons) {
    otherPlaces.delete(tokens[c.otherFrom].sentence);
    otherSideOf.fill(1, c.otherFrom, c.otherTo);
  }
  const praiseOfUs = comparisons.filter((c) => c.praisesUs);
  // once the post says Holloway lost to us, its other sentences about Holloway are about Holloway too
  const otherSideSentences = praiseOfUs.length > 0 ? sentencesNamingOtherSide(tokens, praiseOfUs, ownWords) : new Set<number>();
  const otherSide = (i: number) => otherSideOf[i] === 1 || otherSideSentences.has(tokens[i].sentence);
  // another hospital's failings weigh little only in a post that otherwise praises us
  if (otherPlaces.size > 0 && !praisesUsElsewhere(tokens, grievanceHits, polarHits, otherPlaces, praiseOfUs.length * COMPARATIVE_PRAISE, otherSide)) otherPlaces.clear();
  const employeeSentences = findAll(staffVoice, tokens).length > 0 ? sentencesWith(employment, tokens) : new Set<number>();
  const requests = howToSentences(tokens);
  // "I accidentally ordered the wrong size": the author's own slip is no failure of the service
  const ownSlips = sentencesWith(selfBlame, tokens);
  // "So sorry this happened to you, that's awful": the awful thing is someone else's, told to them.
  const consoling = sentencesWith(sympathy, tokens);
  // "Go up to the desk and tell them he's on blood thinners. Praying for your dad": a bystander's words to another poster
  if (setting.thread) for (const s of bystanderSentences(tokens)) consoling.add(s);
  const discount = (from: number) => {
    const s = tokens[from].sentence;
    if (employeeSentences.has(s)) return 0;
    if (otherSide(from)) return OTHER_SIDE_FACTOR;
    if (ownSlips.has(s) || consoling.has(s)) return OWN_SLIP_FACTOR;
    return otherPlaces.has(s) || requests.has(s) ? ELSEWHERE_FACTOR : 1;
  };

  const signals: Signal[] = [];
  // "never treated him like a criminal": the negator that reverses the longer grievance is not also a grievance of its own
  const negated: Hit<unknown>[] = [...grievanceHits, ...polarHits].filter((h) => negator(tokens, h.from, h.to) >= 0);
  for (const g of grievanceHits) {
    if (negator(tokens, g.from, g.to) >= 0 || conditional(tokens, g.from)) continue;
    if (spentNegation(tokens, g, negated)) continue;
    if (g.tag === 'access_wait' && diminished(tokens, g)) continue;
    signals.push({ kind: 'grievance', category: g.tag, weight: g.weight * discount(g.from), from: g.from, to: g.to, aboutService: true });
  }
  for (const p of polarHits) {
    // "the kind of product", "the top of the page": a word of praise used as a noun of kind or place
    if (p.tag === 'pos' && p.to - p.from === 1 && NOUN_BEFORE_OF.has(tokens[p.from].norm)) {
      if (tokens[p.to]?.norm === 'of' || (p.from > 0 && DETERMINERS.has(tokens[p.from - 1].norm) && tokens[p.from].norm === 'top')) continue;
    }
    const not = negator(tokens, p.from, p.to);
    const flip = not >= 0 && !(p.tag === 'pos' && beyondWords(tokens, not, p.from));
    if (p.tag === 'pos') {
      if (flip) signals.push({ kind: 'negative', weight: p.weight * (conceded(tokens, p) ? CONCESSION : 0.8) * discount(p.from), from: p.from, to: p.to });
      // praise of the place we are compared with is not praise of us
      else signals.push({ kind: 'praise', weight: p.weight * (otherSide(p.from) ? OTHER_SIDE_FACTOR : 1), from: p.from, to: p.to });
    } else if (flip) signals.push({ kind: 'praise', weight: p.weight * 0.3 * (otherSide(p.from) ? OTHER_SIDE_FACTOR : 1), from: p.from, to: p.to });
    else {
      const reports = p.to - p.from === 1 && PROBLEM_WORDS.has(tokens[p.from].norm);
      // an adverb inside its clause weighs nothing, but still keeps its topic ("seriously") from naming a category
      const weight = modifiesVerb(tokens, p) ? 0 : p.weight * discount(p.from);
      const swearing = p.to - p.from === 1 && SWEARING.has(tokens[p.from].norm);
      signals.push({ kind: 'negative', weight, from: p.from, to: p.to, aboutService: p.tag === 'fail' && weight > 0, reports, ...(swearing && { swearing }) });
    }
  }
  for (const c of praiseOfUs) signals.push({ kind: 'praise', weight: COMPARATIVE_PRAISE, from: c.from, to: c.to });
  const diet = findDietError(tokens);
  if (diet) addDietError(signals, diet, discount);
  const missedTreatment = findMissedTreatment(tokens);
  if (missedTreatment) addSafetyEvent(signals, missedTreatment, discount);
  discountOwnDeeds(tokens, signals);
  dropPoliteThanks(tokens, signals);
  dropSarcasticPraise(tokens, signals);
  dropSarcasticSignOff(tokens, signals);
  addBareNegations(tokens, signals, discount);
  addReproachfulQuestions(tokens, signals, discount);
  addChasingQuestions(tokens, signals, discount);
  addExasperatedQuestions(tokens, signals, discount);
  addComplainingHashtags(tokens, signals);
  addBareDurations(tokens, signals, discount);

  let positive = 0;
  let negative = 0;
  const clauseNegative = new Map<number, number>();
  const sentenceNegative = new Map<number, number>();
  const praisedSentences = new Set<number>();
  for (const s of signals) {
    const { clause, sentence } = tokens[s.from];
    if (s.kind === 'praise') {
      positive += s.weight;
      praisedSentences.add(sentence);
    } else {
      negative += s.weight;
      clauseNegative.set(clause, (clauseNegative.get(clause) ?? 0) + s.weight);
      sentenceNegative.set(sentence, (sentenceNegative.get(sentence) ?? 0) + s.weight);
    }
  }
  return { tokens, signals, topics: findAll(topics, tokens), positive, negative, clauseNegative, sentenceNegative, praisedSentences, diet, missedTreatment };
}

/** Mishaps a person causes: with the author as subject ("I lost my card", "I broke it", "I yelled") they are the author's own doing. */
const DEEDS = new Set(['lost', 'misplaced', 'broke', 'dropped', 'missed', 'yelled', 'shouted', 'spilled', 'cracked', 'forgot', 'refused']);
/** Words between the author and the deed: "I've just lost", "I accidentally broke", "I have also missed". */
const BEFORE_DEED = new Set(['just', 'also', 'accidentally', 'already', 'totally', 'completely', 'somehow', 'have', 'had', 'must', 'think', 'probably']);
const AUTHOR = new Set(['i', "i've", "i'd", 'ive']);
/**
 * "I lost my father", "I lost faith in them": a death the author suffers or trust the service spent, not a mishap of
 * the author's making.
 */
const SUFFERED = new Set([
  'mother', 'father', 'mom', 'mum', 'dad', 'baby', 'son', 'daughter', 'wife', 'husband', 'child', 'brother', 'sister', 'grandma', 'grandpa',
  'grandmother', 'grandfather', 'partner', 'friend', 'faith', 'trust', 'hope', 'confidence', 'patience', 'respect',
]);

/** A failure the author reports of their own doing is no failure of the service: it weighs like an owned slip. */
function discountOwnDeeds(tokens: Token[], signals: Signal[]): void {
  for (const s of signals) {
    if (s.kind === 'praise' || !DEEDS.has(tokens[s.from].norm)) continue;
    let i = s.from - 1;
    while (i >= 0 && BEFORE_DEED.has(tokens[i].norm) && tokens[i].clause === tokens[s.from].clause) i--;
    // "Forgot my badge at home": a diary's sentence drops its "I"; a review's "Missed the fracture" drops the doctor
    const diary = (i < 0 || tokens[i].sentence !== tokens[s.from].sentence) && tokens[s.from].norm !== 'missed';
    if (!diary && (!AUTHOR.has(tokens[i].norm) || tokens[i].clause !== tokens[s.from].clause)) continue;
    if (!tokens.slice(s.from + 1, s.from + 3).some((t) => SUFFERED.has(t.norm))) s.weight *= OWN_SLIP_FACTOR;
  }
}

/** Weight of a diet error: a clear grievance, which makes a complaint on its own. */
const DIET_ERROR_WEIGHT = 2;

/**
 * "The wrong dinner tray", "a regular diet when she's on a renal diet": a patient-safety grievance. The evaluative
 * words inside it ("wrong") are part of it and do not count again.
 */
function addDietError(signals: Signal[], diet: DietError, discount: (from: number) => number): void {
  if (signals.some((s) => s.kind === 'grievance' && s.category === 'safety' && s.from < diet.to && s.to > diet.from)) return;
  for (let k = signals.length - 1; k >= 0; k--) {
    const s = signals[k];
    if (s.kind === 'negative' && s.from >= diet.from && s.to <= diet.to) signals.splice(k, 1);
  }
  signals.push({ kind: 'grievance', category: 'safety', weight: DIET_ERROR_WEIGHT * discount(diet.from), from: diet.from, to: diet.to, aboutService: true });
}

/** Weight of a missed treatment that left the patient worse: a clear grievance, which makes a complaint on its own. */
const SAFETY_EVENT_WEIGHT = 2;

/** "Supposed to have her dialysis at 8 ... short of breath": a safety grievance, unless a safety grievance already covers it. */
function addSafetyEvent(signals: Signal[], event: MissedTreatment, discount: (from: number) => number): void {
  if (signals.some((s) => s.kind === 'grievance' && s.category === 'safety' && s.from < event.to && s.to > event.from)) return;
  signals.push({ kind: 'grievance', category: 'safety', weight: SAFETY_EVENT_WEIGHT * discount(event.from), from: event.from, to: event.to, aboutService: true });
}

/**
 * A grievance that carries its own negator, when that negator reverses a phrase running on past it: "never treated"
 * in "never treated him like a criminal" (or "... like a human being") is about manner, not a treatment withheld.
 */
function spentNegation(tokens: Token[], g: Hit<Category>, negated: Hit<unknown>[]): boolean {
  return negated.some((o) => {
    const not = negator(tokens, o.from, o.to);
    return o.from < g.to && o.to > g.to && not >= g.from && not < g.to;
  });
}

/** Words whose bare negation reports something that did not happen ("hasn't shipped", "never called", "no sound"). */
const BARE_NEGATORS = new Set(['not', 'never', 'no']);
const BARE_NEGATION_WEIGHT = 0.5;
/**
 * After these, "not" reports an expectation still unmet or a thing that refuses to work: "haven't received",
 * "won't print", "still not here". That is a complaint on its own.
 */
const FIRM_NEGATION_AFTER = new Set(['have', 'has', 'had', 'will', 'still', 'are']);
const FIRM_NEGATION_WEIGHT = 1;
/** "Not sure", "can't wait", "don't know", "not only": negations that report no failure at all. */
const HARMLESS_NEGATED = new Set([
  'sure', 'wait', 'know', 'want', 'mind', 'worry', 'only', 'just', 'a', 'an', 'too', 'that', 'as', 'to', 'forget', 'regret',
  // "no" before these answers or exclaims ("No, this is my first order", "no wonder", "no kidding") rather than reports a lack
  'this', 'it', 'i', 'we', 'you', 'from', 'thanks', 'thank', 'wonder', 'kidding', 'doubt', 'worries', 'matter', 'idea', 'clue',
]);

/**
 * A negation that negates no evaluative word still hints at a failure: "it did not arrive", "they never called",
 * "there is no sound". Weak alone, unless it says something is still undone or will not work.
 */
function addBareNegations(tokens: Token[], signals: Signal[], discount: (from: number) => number): void {
  const covered = new Uint8Array(tokens.length);
  for (const s of signals) {
    for (let i = Math.max(0, s.from - NEGATION_WINDOW); i < s.to; i++) if (tokens[i].clause === tokens[s.from].clause) covered[i] = 1;
  }
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].norm;
    if (!BARE_NEGATORS.has(word) || covered[i]) continue;
    const next = tokens[i + 1];
    const negatesSomething = next !== undefined && next.clause === tokens[i].clause;
    // a lone "no" answers a question ("No, I ordered it online"); it reports nothing missing
    if (word === 'no' && !negatesSomething) continue;
    if (negatesSomething && HARMLESS_NEGATED.has(next.norm)) continue;
    const firm = word === 'no' || (word === 'not' && i > 0 && FIRM_NEGATION_AFTER.has(tokens[i - 1].norm));
    signals.push({ kind: 'negative', weight: (firm ? FIRM_NEGATION_WEIGHT : BARE_NEGATION_WEIGHT) * discount(i), from: i, to: i + 1, reports: true });
  }
}

/** Words that open a question of reproach: "Why is my order still not here?", "How come nobody called?" */
const REPROACH_OPENERS = /^(?:why+|wtf)$/;
const REPROACH_WEIGHT = 1;
/** How far into its sentence the question word may stand, after a greeting or a name ("@Shop why ..."). */
const OPENER_REACH = 2;
/** "That's why", "tell me why": "why" explaining or quoted rather than asked of anyone. */
const NOT_ASKING = new Set(['that', 'this', 'which', 'me', 'reason', 'thats', 'is']);

/**
 * A sentence that opens with "why" asks the organization to account for something: a grievance in question form.
 * Questions asking for information open with what, when, where, how or can, and carry no weight by themselves.
 */
function addReproachfulQuestions(tokens: Token[], signals: Signal[], discount: (from: number) => number): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!REPROACH_OPENERS.test(tokens[i].norm)) continue;
    if (!opensSentence(tokens, i) || (i > 0 && tokens[i - 1].sentence === tokens[i].sentence && NOT_ASKING.has(tokens[i - 1].norm))) continue;
    signals.push({ kind: 'negative', weight: REPROACH_WEIGHT * discount(i), from: i, to: i + 1 });
  }
}

/** "Where is my prescription?", "where are the results": asking where a thing is chases something that has not come. */
const CHASED_AFTER_WHERE = new Set(['is', 'are', 'r', 'my', 'our', 'the', 'your']);
/** "Where is the nearest pharmacy?" asks the way, which is no complaint. */
const ASKING_THE_WAY = new Set(['nearest', 'closest', 'best', 'entrance', 'exit', 'way']);
const ASKING_THE_WAY_REACH = 3;
const CHASING_WHERE_WEIGHT = 1;

function addChasingQuestions(tokens: Token[], signals: Signal[], discount: (from: number) => number): void {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].norm;
    const next = tokens[i + 1];
    if (!(word === 'wheres' || (word === 'where' && next !== undefined && CHASED_AFTER_WHERE.has(next.norm)))) continue;
    if (!opensSentence(tokens, i) || signals.some((s) => s.from === i)) continue;
    const wayAsked = tokens.slice(i + 1, i + 1 + ASKING_THE_WAY_REACH).some((t) => ASKING_THE_WAY.has(t.norm));
    if (!wayAsked) signals.push({ kind: 'negative', weight: CHASING_WHERE_WEIGHT * discount(i), from: i, to: i + 1 });
  }
}

/** The word stands at the head of its sentence, after at most a greeting or a name ("@Shop hi, where is ..."). */
function opensSentence(tokens: Token[], i: number): boolean {
  let start = i;
  while (start > 0 && tokens[start - 1].sentence === tokens[i].sentence) start--;
  return i - start <= OPENER_REACH;
}

/** Words of a bare thank-you, as the praise lexicon finds it ("thanks", "thank you"). */
const THANKS = new Set(['thanks', 'thank', 'you']);
/**
 * "Can you check my booking? Thanks": thanks that close a question are good manners, not praise of anything done,
 * so they neither outweigh the problem asked about nor turn into sarcasm. Thanks after a plea ("please put it on my
 * chart, thanks") stay: they still mark a friendly request, which the risk rules rely on.
 */
function dropPoliteThanks(tokens: Token[], signals: Signal[]): void {
  for (let k = signals.length - 1; k >= 0; k--) {
    const s = signals[k];
    if (s.kind !== 'praise' || !isThanks(tokens, s)) continue;
    const asked = tokens.slice(0, s.from).some((t) => t.asks);
    const inAdvance = tokens[s.to]?.norm === 'in' && tokens[s.to + 1]?.norm === 'advance';
    if ((asked && bareClause(tokens, s)) || inAdvance) signals.splice(k, 1);
  }
}

function isThanks(tokens: Token[], s: Signal): boolean {
  for (let i = s.from; i < s.to; i++) if (!THANKS.has(tokens[i].norm)) return false;
  return true;
}

/**
 * "Great, six hours in the waiting room": praise that opens a sentence whose rest complains, with no
 * "but" in between, is sarcasm. It turns into a complaint signal instead of cancelling one.
 */
function dropSarcasticPraise(tokens: Token[], signals: Signal[]): void {
  for (const s of signals) {
    if (s.kind !== 'praise') continue;
    const sentence = tokens[s.from].sentence;
    const opensSentence = s.from === 0 || tokens[s.from - 1].sentence !== sentence || (s.from >= 2 && tokens[s.from - 2].sentence !== sentence);
    const next = tokens[s.to];
    const standsAlone = !next || next.clause !== tokens[s.to - 1].clause || SARCASM_LINKS.has(next.norm);
    if (!opensSentence || !standsAlone) continue;
    // "thanks for fixing it": what the thanks introduce is itself praise, so the thanks are meant
    if (signals.some((o) => o.kind === 'praise' && o.from === s.to)) continue;
    const complaintFollows = signals.some(
      (o) =>
        o.kind !== 'praise' && o.weight >= 2 && o.from > s.from && o.from - s.to <= SARCASM_REACH &&
        tokens[o.from].sentence === sentence && !contrastBetween(tokens, s.to, o.from),
    );
    if (complaintFollows) {
      s.kind = 'negative';
      s.weight = 1;
    }
  }
}

function contrastBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].norm === 'but' || tokens[i].norm === 'pero' || tokens[i].norm === 'however') return true;
  return false;
}

/** Short questions of exasperation that stand alone: "Really?", "Seriously??", "Again?", "Why?" */
const EXASPERATED = /^(?:really|seriously|srsly|again|why+)$/;
const EXASPERATED_WEIGHT = 1;
/** Most words such a question has, besides handles and hashtags ("@Shop really?", "Seriously though?"). */
const EXASPERATED_LENGTH = 2;
/** A question about one's own thing that ends in "yet" chases it: "Found my order yet?", "Any news on our refund yet??" */
const CHASING_WEIGHT = 1;
const OWN_THINGS = new Set(['my', 'our', 'mine', 'ours', 'any']);

function addExasperatedQuestions(tokens: Token[], signals: Signal[], discount: (from: number) => number): void {
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i].sentence !== tokens[i - 1].sentence) start = i;
    if (!tokens[i].asks) continue;
    const words: number[] = [];
    for (let j = start; j <= i; j++) if (!tokens[j].handle && !tokens[j].hashtag) words.push(j);
    if (words.length === 0) continue;
    const first = words[0];
    if (words.length <= EXASPERATED_LENGTH && EXASPERATED.test(tokens[first].norm) && !signals.some((s) => s.from === first)) {
      signals.push({ kind: 'negative', weight: EXASPERATED_WEIGHT * discount(first), from: first, to: i + 1 });
    } else if (tokens[i].norm === 'yet' && words.some((j) => OWN_THINGS.has(tokens[j].norm))) {
      signals.push({ kind: 'negative', weight: CHASING_WEIGHT * discount(i), from: i, to: i + 1 });
    }
  }
}

/** Units of a wait long enough to protest: "Five hours.", "7 hrs.", "Three days!" */
const WAIT_UNITS = new Set(['hours', 'hrs', 'hr', 'days', 'nights', 'weeks', 'months']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'several', 'many', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'doce']);
/** Words that may stand beside the count in such a sentence: "Almost 3 hrs.", "Over five hours now.", "Six hours and counting." */
const DURATION_FILLER = new Set(['almost', 'nearly', 'over', 'about', 'around', 'another', 'more', 'than', 'like', 'still', 'and', 'for', 'plus', 'at', 'least', 'counting', 'now', 'already', 'literally', 'mas', 'de', 'casi', 'horas']);
const DURATION_LENGTH = 5;
const BARE_DURATION_WEIGHT = 1.5;

/**
 * A sentence that is nothing but a count of hours or days ("Might. Five hours. A toddler.") repeats a wait to protest
 * it: a wait grievance, though not one strong enough to make a complaint of a warm post by itself. "Only two hours."
 * shrinks the wait instead, and "Total time 5 hrs." or "Two days later." tells the time without protesting.
 */
function addBareDurations(tokens: Token[], signals: Signal[], discount: (from: number) => number): void {
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (i === 0 || tokens[i].sentence === tokens[i - 1].sentence)) continue;
    // most sentences are longer than a bare count: skip them before looking closer
    if (i - start > DURATION_LENGTH + 2 || !hasWaitUnit(tokens, start, i)) {
      start = i;
      continue;
    }
    const words: number[] = [];
    for (let j = start; j < i; j++) if (!tokens[j].handle && !tokens[j].hashtag && /[a-z0-9]/.test(tokens[j].norm)) words.push(j);
    start = i;
    if (words.length < 2 || words.length > DURATION_LENGTH) continue;
    const unit = words.findIndex((j, k) => k > 0 && WAIT_UNITS.has(tokens[j].norm) && isCount(tokens[words[k - 1]].norm));
    if (unit < 0 || !words.every((j, k) => k === unit || k === unit - 1 || DURATION_FILLER.has(tokens[j].norm))) continue;
    const from = words[0];
    const to = words[words.length - 1] + 1;
    if (signals.some((s) => s.from < to && s.to > from)) continue;
    signals.push({ kind: 'grievance', category: 'access_wait', weight: BARE_DURATION_WEIGHT * discount(from), from, to, aboutService: true });
  }
}

function hasWaitUnit(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (WAIT_UNITS.has(tokens[j].norm)) return true;
  return false;
}

const isCount = (word: string) => /^\d+(?:\.\d+)?\+?$/.test(word) || NUMBER_WORDS.has(word);

/** Hashtags that say the author is let down: "#fail", "#notimpressed", "#worstservice", "#neveragain". */
const COMPLAINING = new RegExp(`^(?:${COMPLAINING_HASHTAG.join('|')})|(?:${COMPLAINING_HASHTAG.join('|')})$`);
const HASHTAG_WEIGHT = 2;

function addComplainingHashtags(tokens: Token[], signals: Signal[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].hashtag || !COMPLAINING.test(tokens[i].norm)) continue;
    if (signals.some((s) => s.from <= i && s.to > i)) continue;
    signals.push({ kind: 'negative', weight: HASHTAG_WEIGHT, from: i, to: i + 1 });
  }
}

/** Words that may stand beside a sarcastic "great" or "thanks": "thanks a lot", "great job", "real helpful". */
const SIGN_OFF_FILLER = new Set([
  'a', 'lot', 'so', 'much', 'again', 'job', 'work', 'service', 'advice', 'one', 'stuff', 'just', 'real', 'really', 'very', 'guys', 'oh', 'yeah', 'wow',
  'well', 'done', 'for', 'that', 'nothing', 'you', 'as', 'always', 'ever', 'move', 'sure',
]);

/**
 * "Two hours on hold. Great." / "They can't help on the live chat - brilliant advice" / "Package lost again, thanks":
 * praise that follows a complaint as a bare sign-off, with nothing else in the post praising anything, is sarcasm.
 */
function dropSarcasticSignOff(tokens: Token[], signals: Signal[]): void {
  const praise = signals.filter((s) => s.kind === 'praise');
  if (praise.length === 0 || praise.length > 2) return;
  const signOffs = praise.filter((s) => bareClause(tokens, s));
  if (signOffs.length !== praise.length) return;
  for (const s of signOffs) {
    const before = signals.some((o) => o.kind !== 'praise' && o.weight >= 2 && o.to <= s.from && !contrastBetween(tokens, o.to, s.from));
    if (!before) continue;
    s.kind = 'negative';
    s.weight = 1;
  }
}

/** The praise fills its clause on its own, but for handles, hashtags, emoji and filler ("Great job @Shop"). */
function bareClause(tokens: Token[], s: Signal): boolean {
  const clause = tokens[s.from].clause;
  for (let i = s.from - 1; i >= 0 && tokens[i].clause === clause; i--) if (!fills(tokens[i])) return false;
  for (let i = s.to; i < tokens.length && tokens[i].clause === clause; i++) if (!fills(tokens[i])) return false;
  return true;
}

function fills(t: Token): boolean {
  return t.handle || t.hashtag || SIGN_OFF_FILLER.has(t.norm) || !/[a-z0-9]/.test(t.norm);
}
