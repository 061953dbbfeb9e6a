// Tokenizer shared by every triage step. Offsets always point into the ORIGINAL text so evidence can be
// highlighted; matching uses a folded form (lower case, no accents) so "Médico" and "medico" meet.

export interface Token {
  /** Folded word: lower case, accents removed; "n't" becomes its own token "not". */
  norm: string;
  start: number;
  end: number;
  /** Index of the sentence and of the clause (a sentence cut at commas and contrast words). */
  sentence: number;
  clause: number;
  /** First letter was upper case in the original (names vs common words). */
  capital: boolean;
  hashtag: boolean;
  /** Part of an @handle ("@Acme_Help" is "acme" and "help"): a name to address, not a word of the post. */
  handle: boolean;
  /** Last word of a sentence that ends in "?" ("Again?", "found my order yet???"). */
  asks?: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /[\u0300-\u036f]/g;

/** Lower case without accents: "Médico" → "medico". Offsets come from the original text, so length may change. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '').replace(/\u2019/g, "'") : lower;
}

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  // Latin-1 and Latin Extended letters, Greek, Cyrillic...; not the punctuation blocks from U+2000 nor ×/÷
  return code >= 0xc0 && code < 0x2000 && code !== 0xd7 && code !== 0xf7;
}

const SENTENCE_END = new Set(['.', '!', '?', '\n', '…']);
const CLAUSE_END = new Set([',', ';', ':', '(', ')', '"', '\u201c', '\u201d', '-', '\u2013', '\u2014', '=', '>']);
/** Words that open a new clause: what follows often reverses what came before ("great nurses but ..."). */
export const CONTRAST_WORDS = new Set(['but', 'however', 'although', 'though', 'except', 'unfortunately', 'pero', 'aunque', 'sino', 'lamentablemente', 'desafortunadamente']);
/** Emoji that carry sentiment are kept as tokens of their own. */
const EMOJI = /[\u{1F600}-\u{1F64F}\u{1F44D}\u{1F44E}\u{1F620}-\u{1F62F}\u{2764}\u{1F494}\u{1F621}\u{1F900}-\u{1F9FF}]/u;

/** Splits text into word tokens with sentence and clause indices. Linear in the text length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let boundaryPending = false;
  let clausePending = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isLetterOrDigit(code)) {
      const start = i;
      const hashtag = i > 0 && text.charCodeAt(i - 1) === 35; // '#'
      const handle = i > 0 && (atHandle(text, i) || (text[i - 1] === '_' && tokens.length > 0 && tokens[tokens.length - 1].handle && tokens[tokens.length - 1].end === i - 1));
      while (i < n) {
        const cc = text.charCodeAt(i);
        if (isLetterOrDigit(cc)) i++;
        else if ((cc === 39 || cc === 0x2019) && i + 1 < n && isLetterOrDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
      const word = text.slice(start, i);
      const folded = fold(word);
      if (boundaryPending) {
        if (tokens.length > 0) sentence++, clause++;
        boundaryPending = false;
        clausePending = false;
      } else if (clausePending) {
        if (tokens.length > 0) clause++;
        clausePending = false;
      }
      if (CONTRAST_WORDS.has(folded) && tokens.length > 0 && tokens[tokens.length - 1].clause === clause) clause++;
      const capital = word[0] !== folded[0] && word[0] !== word[0].toLowerCase();
      pushWord(tokens, folded, start, i, sentence, clause, capital, hashtag, handle);
      continue;
    }
    const ch = text[i];
    const face = ch === ':' ? emoticonAt(text, i) : undefined;
    if (face !== undefined) {
      tokens.push({ norm: face.norm, start: i, end: i + face.length, sentence, clause, capital: false, hashtag: false, handle: false });
      i += face.length;
      continue;
    }
    if (SENTENCE_END.has(ch)) {
      if (!(ch === '.' && afterAbbreviation(tokens, i, text))) boundaryPending = true;
      if (ch === '?' && tokens.length > 0 && tokens[tokens.length - 1].sentence === sentence) tokens[tokens.length - 1].asks = true;
    }
    else if (CLAUSE_END.has(ch)) clausePending = true;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const pair = text.slice(i, i + 2);
      if (EMOJI.test(pair)) tokens.push({ norm: pair, start: i, end: i + 2, sentence, clause, capital: false, hashtag: false, handle: false });
      i += 2;
      continue;
    } else if (code === 0x2764) tokens.push({ norm: ch, start: i, end: i + 1, sentence, clause, capital: false, hashtag: false, handle: false });
    i++;
  }
  return tokens;
}

/** "@Acme" addresses someone; "help@acme.com" is an e-mail address. */
function atHandle(text: string, wordStart: number): boolean {
  return text[wordStart - 1] === '@' && (wordStart < 2 || !isLetterOrDigit(text.charCodeAt(wordStart - 2)));
}

/** Text faces that carry a mood, keyed by what follows the colon; the nose is optional. ":/" before "/" is a URL. */
const FACES: Record<string, string> = { '(': ':(', "'(": ':(', ')': ':)', '/': ':/' };

function emoticonAt(text: string, colon: number): { norm: string; length: number } | undefined {
  let at = colon + 1;
  if (text[at] === '-') at++;
  const two = text.slice(at, at + 2);
  const key = FACES[two] !== undefined ? two : FACES[text[at]] !== undefined ? text[at] : undefined;
  if (key === undefined || (key === '/' && text[at + 1] === '/')) return undefined;
  return { norm: FACES[key], length: at + key.length - colon };
}

/** A full stop right after "Dr", "St", "a.m." and the like abbreviates; it does not end the sentence. */
const ABBREVIATIONS = new Set(['dr', 'drs', 'st', 'mt', 'mr', 'mrs', 'ms', 'prof', 'sr', 'jr', 'vs', 'etc', 'no', 'dept', 'approx', 'min', 'mins', 'hr', 'hrs', 'sra', 'dra', 'av']);

/** Units that end a phrase rather than open a name: after "7 hrs." a capital starts a new sentence. */
const TRAILING_ABBREVIATIONS = new Set(['min', 'mins', 'hr', 'hrs']);

function afterAbbreviation(tokens: Token[], dot: number, text: string): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined || last.end !== dot || !(last.norm.length === 1 || ABBREVIATIONS.has(last.norm))) return false;
  if (!TRAILING_ABBREVIATIONS.has(last.norm)) return true;
  let next = dot + 1;
  while (next < text.length && text[next] === ' ') next++;
  return !(next === text.length || (text[next] !== text[next].toLowerCase() && next > dot + 1));
}

/** Contractions typed without the apostrophe, as quick posts do: "cant", "dont", "wont". */
const BARE_CONTRACTIONS = new Set(['cant', 'dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'wont', 'havent', 'hasnt', 'couldnt', 'wouldnt', 'arent', 'werent', 'shouldnt']);

/** The stem of a word whose "n't" is split off ("didn't" → "did", "can't" → "can", "cannot" → "can"), or undefined. */
function negatedStem(folded: string): string | undefined {
  if (folded === 'cannot') return 'can';
  if (!folded.endsWith("n't") || folded.length <= 3) return undefined;
  const stem = folded.slice(0, -3);
  return stem === 'ca' ? 'can' : stem === 'wo' ? 'will' : stem;
}

/** "would've", "should've", typed bare too ("shouldve"): a modal whose "have" is split off like a "not". */
const PERFECT_MODAL = /^(would|could|should|must|might)'?ve$/;

/** A folded word as the tokenizer stores it: lexicon phrases go through this so "what's up" meets its tokens. */
export function wordParts(folded: string): string[] {
  const stem = negatedStem(folded);
  if (stem !== undefined) return [stem, 'not'];
  const modal = PERFECT_MODAL.exec(folded);
  if (modal) return [modal[1], 'have'];
  return folded.endsWith("'s") && folded.length > 2 ? [folded.slice(0, -2)] : [folded];
}

/** Splits contractions so negation is one token: "didn't" → "did" + "not", "can't" → "can" + "not". */
function pushWord(tokens: Token[], folded: string, start: number, end: number, sentence: number, clause: number, capital: boolean, hashtag: boolean, handle: boolean): void {
  // the "not" of a bare "cant" spans two characters of the original, of "can't" three
  const negationLength = BARE_CONTRACTIONS.has(folded) ? 2 : 3;
  if (negationLength === 2) folded = `${folded.slice(0, -1)}'t`;
  const stem = negatedStem(folded);
  if (stem !== undefined) {
    tokens.push({ norm: stem, start, end: end - negationLength, sentence, clause, capital, hashtag, handle });
    tokens.push({ norm: 'not', start: end - negationLength, end, sentence, clause, capital: false, hashtag: false, handle: false });
    return;
  }
  if (folded.endsWith("'s") && folded.length > 2) {
    tokens.push({ norm: folded.slice(0, -2), start, end: end - 2, sentence, clause, capital, hashtag, handle });
    return;
  }
  const modal = folded.endsWith('ve') ? PERFECT_MODAL.exec(folded) : null;
  if (modal) {
    // "would've gone a long way" reads as "would have gone a long way"
    const split = start + modal[1].length;
    tokens.push({ norm: modal[1], start, end: split, sentence, clause, capital, hashtag, handle });
    tokens.push({ norm: 'have', start: split, end, sentence, clause, capital: false, hashtag: false, handle: false });
    return;
  }
  tokens.push({ norm: folded, start, end, sentence, clause, capital, hashtag, handle });
}
