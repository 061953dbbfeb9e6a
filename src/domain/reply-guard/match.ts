// Small text helpers the rules share: whole-word patterns that work for Spanish letters too, and turning
// regex matches into findings.
import type { Finding, Level, PostAuthor, RuleId } from './types.js';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function serialize(node: TrieNode): string {
  const branches = [...node.next].map(([token, child]) => token + serialize(child));
  if (branches.length === 0) return '';
  const group = branches.length === 1 && !node.end ? branches[0] : `(?:${branches.join('|')})`;
  // Greedy, so the longer phrase wins: "hospital stay" over "hospital", "stays" over "stay".
  return node.end ? `${group}?` : group;
}

/**
 * Alternation of phrases, the longer preferred so "hospital stay" wins over "stay"; spaces match any whitespace.
 * Written as a trie ("stay(?:s)?" rather than "stays|stay"): the same phrases, but a regex engine tries each letter once
 * instead of every phrase in turn, which keeps lexicons of a thousand terms fast.
 */
export function alternation(phrases: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const phrase of new Set(phrases)) {
    if (phrase === '') continue;
    let node = root;
    for (const part of phrase.match(/\s+|./gsu) ?? []) {
      const token = /^\s+$/.test(part) ? '\\s+' : part === "'" ? "['’]" : escapeRegExp(part);
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return serialize(root);
}

/** Case-insensitive, whole-word (Unicode letters) global pattern. */
export function wordPattern(body: string, flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}

export interface Hit {
  start: number;
  end: number;
  text: string;
  match: RegExpExecArray;
}

export function hits(text: string, pattern: RegExp): Hit[] {
  const out: Hit[] = [];
  for (const match of text.matchAll(pattern)) {
    out.push({ start: match.index, end: match.index + match[0].length, text: match[0], match: match as RegExpExecArray });
  }
  return out;
}

export function finding(rule: RuleId, level: Level, hit: { start: number; end: number }, message: string, suggestion?: string): Finding {
  return { rule, level, start: hit.start, end: hit.end, message, ...(suggestion ? { suggestion } : {}) };
}

/** The sentence around an offset, so context checks don't reach across sentences. */
// "Dr. Reyes" does not end a sentence.
const SENTENCE_END = /(?<!(?<![\p{L}])(?:dr|mr|mrs|ms|st|jr|sr|no|dept|vs|etc|approx))[.!?](?=\s|$)|\n/giu;

export function sentenceAround(text: string, start: number, end: number): { text: string; start: number } {
  let from = 0;
  let stop = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) {
      stop = m[0] === '\n' ? m.index : m.index + 1;
      break;
    }
  }
  return { text: text.slice(from, stop), start: from };
}

/** Drops findings of the same rule that overlap an earlier, longer one. */
export function dedupe(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const f of sorted) {
    if (kept.some((k) => k.rule === f.rule && k.start <= f.start && k.end >= f.end)) continue;
    kept.push(f);
  }
  return kept;
}

// A sentence that speaks to the reader ("you", "your", "su"), apologizes to them or answers their feedback is about
// them, and so is a casual "ugh" or "yikes" that reacts to their story; one that does none of these is an announcement, so a date or an amount in it describes us.
// "A thank-you to the Carver family" thanks somebody else.
const READER = /(?<![\p{L}-])(?:you|your|yours|you['’](?:re|ve|ll|d)|su|sus|tu|tus|usted|le|les|(?:great|good|glad|happy|sorry|relieved)\s+to\s+hear|thanks(?!\s+to\s)|thank\s+you|sorry|understand|entendemos|comprendemos|apologi[sz]e|apologies|lamentamos|sentimos|disculpas?|compliments?|kind\s+words|shout-?out|feedback|complaint|concerns?|queja|comentarios?|what\s+happened|lo\s+(?:ocurrido|sucedido|que\s+pasó)|ugh|yikes|oof|oh\s+no|no\s+joke|sounds?\s+(?:awful|painful|terrible|rough|frustrating|scary|miserable|exhausting|stressful)|hang\s+in\s+there)(?![\p{L}])/iu;

export function addressesReader(text: string, start: number, end: number): boolean {
  return READER.test(sentenceAround(text, start, end).text);
}

// "Dana, that charge never should have gone out": a sentence that opens on the reader's name speaks to them as surely
// as "you" does. Only the first word of the name they posted under counts, so "Yes, the bill…" does not.
export function opensOnReader(sentence: string, author: PostAuthor | undefined): boolean {
  const name = (author?.displayName ?? '').match(/^[\p{Lu}][\p{L}'’-]+/u)?.[0];
  return Boolean(name) && new RegExp(`^\\s*(?:(?:hi|hello|hey|dear|hola)\\s+)?${escapeRegExp(name!)}\\s*[,—–]`, 'iu').test(sentence);
}
