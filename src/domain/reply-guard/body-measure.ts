// A weight the post told ("down 112 lbs") is a measurement of the author's body; the reply that repeats it ("112 lbs is
// AMAZING") confirms it as surely as naming their diagnosis. Weights the post never gave ("lift no more than 10 pounds")
// stay general advice.
import { finding, hits, wordPattern } from './match.js';
import type { Finding } from './types.js';

const WEIGHT = wordPattern(String.raw`(\d{1,3}(?:[.,]\d)?)\s*(?:-\s*)?(lbs?|pounds?|kg|kilos?|kilograms?|libras|kilos)`);

const unit = (u: string) => (/^(?:lbs?|pounds?|libras)$/i.test(u) ? 'lb' : 'kg');
const key = (m: RegExpMatchArray) => `${m[1].replace(',', '.')} ${unit(m[2])}`;

export function echoedMeasures(draft: string, postText: string | undefined): Finding[] {
  if (!postText) return [];
  const told = new Set(hits(postText, WEIGHT).map((h) => key(h.match)));
  if (told.size === 0) return [];
  return hits(draft, WEIGHT)
    .filter((hit) => told.has(key(hit.match)))
    .map((hit) => finding('clinical_detail', 'block', hit, `"${hit.text}" repeats a measurement of the author's body from the post.`, 'Celebrate with them without repeating their numbers; keep health details out of public replies.'));
}
