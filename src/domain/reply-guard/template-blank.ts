// A template's blank left in a draft ("Hi [Patient Name]", "{{first_name}}", "[Insert closing]"). Posted, it tells
// the public the answer was a form letter, and the blank was often meant for the very name or date the policy keeps
// out of public replies: the writer is asked to take it out rather than fill it in.
import { finding } from './match.js';
import type { Rule } from './types.js';

const CURLY = /\{\{\s*[\p{L}_][\p{L}\p{N}_.\s-]{0,40}\}\}|<<\s*[\p{L}_][\p{L}\p{N}_ .-]{0,40}>>/gu;
// Square brackets hold a blank when they shout (ALL CAPS) or name what goes there; "[sic]", a footnote "[1]" and a
// link's "[text](url)" are left alone.
const BRACKETED = /\[([^[\]\n]{2,40})\](?!\()/g;
const SHOUTED = /^[\p{Lu}\p{N}_ /&-]+$/u;
const BLANK_WORDS = /\b(?:name|first|last|insert|date|time|phone|number|email|closing|signature|sign[- ]?off|location|site|department|unit|title|patient|customer|reviewer|x{2,}|nombre|fecha)\b/i;

const isBlank = (inside: string) => /\p{L}{2}/u.test(inside) && (SHOUTED.test(inside.trim()) || BLANK_WORDS.test(inside));

export const templateBlank: Rule = (draft) => {
  const blanks = [...draft.matchAll(CURLY), ...[...draft.matchAll(BRACKETED)].filter((m) => isBlank(m[1]))];
  return blanks.map((m) =>
    finding('template_blank', 'warn', { start: m.index, end: m.index + m[0].length }, `"${m[0]}" looks like a template blank left in the reply.`, 'Take it out, or write the sentence without it: never put the reviewer’s name or visit details in its place.'),
  );
};
