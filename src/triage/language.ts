// Language by counting very frequent function words; anything but English or Spanish goes to a person.
import { STOPWORDS } from './lexicon/language.js';
import type { Token } from './text.js';

const LANGUAGES = Object.keys(STOPWORDS);
const lookup = new Map<string, number[]>();
LANGUAGES.forEach((lang, index) => {
  for (const word of STOPWORDS[lang]) {
    const list = lookup.get(word);
    if (list) list.push(index);
    else lookup.set(word, [index]);
  }
});

const MIN_LEAD_OVER_ENGLISH = 2;

export function detectLanguage(tokens: Token[]): { language: string; needsHuman: boolean; evidence: number[] } {
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  const firstSeen: number[][] = LANGUAGES.map(() => []);
  tokens.forEach((t, i) => {
    const langs = lookup.get(t.norm);
    if (!langs) return;
    for (const l of langs) {
      counts[l]++;
      if (firstSeen[l].length < 3) firstSeen[l].push(i);
    }
  });
  let best = 0; // English wins ties: most of our posts are English
  for (let l = 1; l < counts.length; l++) if (counts[l] > counts[best]) best = l;
  if (counts[best] === 0) return { language: 'und', needsHuman: tokens.length >= 3, evidence: [] };
  // A few shared short words ("a", "de", "no") can tip a short English post; another language must clearly win.
  if (best !== 0 && counts[best] - counts[0] < MIN_LEAD_OVER_ENGLISH && counts[0] > 0) best = 0;
  const language = LANGUAGES[best];
  return { language, needsHuman: language !== 'en' && language !== 'es', evidence: firstSeen[best] };
}
