// Phrase lexicons compiled once and matched over tokens. A phrase is words separated by spaces;
// "rud*" matches any word starting with "rud"; ".." lets up to three words of the same sentence sit between.
import { wordParts, type Token } from './text.js';

export interface Entry<T> {
  parts: string[];
  tag: T;
  weight: number;
}

export interface Hit<T> {
  tag: T;
  weight: number;
  /** Token indices, end exclusive. */
  from: number;
  to: number;
}

export interface Lexicon<T> {
  exact: Map<string, Entry<T>[]>;
  prefix: Map<string, Entry<T>[]>;
}

const GAP = '..';
const MAX_GAP = 3;
const MIN_PREFIX = 3;

export function compile<T>(entries: Iterable<[phrase: string, tag: T, weight?: number]>): Lexicon<T> {
  const lexicon: Lexicon<T> = { exact: new Map(), prefix: new Map() };
  for (const [phrase, tag, weight = 1] of entries) {
    const folded = phrase.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\u2019/g, "'");
    const parts = folded.split(/\s+/).filter(Boolean).flatMap(wordParts);
    const first = parts[0];
    const isPrefix = first.endsWith('*');
    const key = isPrefix ? first.slice(0, -1) : first;
    if (isPrefix && key.length < MIN_PREFIX) throw new Error(`prefix too short in "${phrase}"`);
    const map = isPrefix ? lexicon.prefix : lexicon.exact;
    const list = map.get(key);
    if (list) list.push({ parts, tag, weight });
    else map.set(key, [{ parts, tag, weight }]);
  }
  return lexicon;
}

/** Builds lexicon entries from a record of tag → phrases, all with one weight per tag. */
export function entries<T extends string>(byTag: Record<T, readonly string[]>, weight = 1): [string, T, number][] {
  const out: [string, T, number][] = [];
  for (const tag of Object.keys(byTag) as T[]) for (const phrase of byTag[tag]) out.push([phrase, tag, weight]);
  return out;
}

function partMatches(part: string, word: string): boolean {
  return part.endsWith('*') ? word.startsWith(part.slice(0, -1)) : part === word;
}

/** Returns the end (exclusive) of the match of parts[k..] starting at token i, or -1. */
function matchFrom(parts: string[], k: number, tokens: Token[], i: number, sentence: number): number {
  if (k === parts.length) return i;
  if (parts[k] === GAP) {
    for (let skip = 0; skip <= MAX_GAP; skip++) {
      const j = i + skip;
      if (j >= tokens.length || tokens[j].sentence !== sentence) break;
      const end = matchFrom(parts, k + 1, tokens, j, sentence);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= tokens.length || tokens[i].sentence !== sentence || !partMatches(parts[k], tokens[i].norm)) return -1;
  return matchFrom(parts, k + 1, tokens, i + 1, sentence);
}

/** All matches; at one start position the longest phrase of each tag wins. */
export function findAll<T>(lexicon: Lexicon<T>, tokens: Token[]): Hit<T>[] {
  const hits: Hit<T>[] = [];
  const hasPrefixes = lexicon.prefix.size > 0;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].norm;
    const firstHit = hits.length;
    matchList(lexicon.exact.get(word), tokens, i, hits, firstHit);
    if (hasPrefixes) for (let len = MIN_PREFIX; len <= word.length; len++) matchList(lexicon.prefix.get(word.slice(0, len)), tokens, i, hits, firstHit);
  }
  return hits;
}

/** Adds the matches of `list` at token i; hits from `firstHit` on start at i, where one per tag (the longest) is kept. */
function matchList<T>(list: Entry<T>[] | undefined, tokens: Token[], i: number, hits: Hit<T>[], firstHit: number): void {
  if (!list) return;
  const word = tokens[i].norm;
  for (const entry of list) {
    if (!partMatches(entry.parts[0], word)) continue;
    const end = entry.parts.length === 1 ? i + 1 : matchFrom(entry.parts, 1, tokens, i + 1, tokens[i].sentence);
    if (end < 0) continue;
    let k = firstHit;
    while (k < hits.length && hits[k].tag !== entry.tag) k++;
    if (k === hits.length) hits.push({ tag: entry.tag, weight: entry.weight, from: i, to: end });
    else if (end > hits[k].to) hits[k] = { tag: entry.tag, weight: entry.weight, from: i, to: end };
  }
}

/** Drops hits lying inside a longer hit (of any tag), so "not bad" is not also "bad". */
export function longestOnly<T>(hits: Hit<T>[]): Hit<T>[] {
  if (hits.length < 2) return hits;
  const sorted = [...hits].sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: Hit<T>[] = [];
  // hits come in start order, longest first, so a container is always met before what it contains
  let reach = -1;
  let reachLength = 0;
  for (const h of sorted) {
    const length = h.to - h.from;
    if (h.to <= reach && length < reachLength) continue;
    kept.push(h);
    if (h.to > reach) {
      reach = h.to;
      reachLength = length;
    }
  }
  return kept;
}
