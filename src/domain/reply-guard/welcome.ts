// Welcoming the reader into the practice ("welcome to the practice", "Welcome to the St. Mary's family!",
// "bienvenidos a la familia") greets them as a patient of ours, as policy rule 1 says. The same words welcome a new
// colleague when the post or the sentence is about work ("first day as a nurse at St. Mary's!"), and then pass.
import { finding, hits, sentenceAround, wordPattern } from './match.js';
import type { Finding } from './types.js';

const WELCOME = wordPattern(
  String.raw`welcome\s+to\s+(?:the|our)\s+(?:[\p{L}.'’&-]+\s+){0,3}?(?:practice|family|families)|bienvenid[oa]s?\s+a\s+(?:la|nuestra)\s+(?:familia|práctica|clínica)`,
);
const WORK = /(?<![\p{L}])(?:jobs?|hired|hiring|first\s+(?:day|shift|week)|orientation|careers?|residen(?:cy|ts?)|interns?|internship|fellows?|fellowship|matched|new\s+grad|employees?|staff|volunteer\p{L}*|team\s+members?|co-?workers?|colleagues?|offer\s+letter|onboarding|trabajo|empleo)(?![\p{L}])/iu;

export function welcomedAsPatient(draft: string, postText = ''): Finding[] {
  if (WORK.test(postText)) return [];
  return hits(draft, WELCOME)
    .filter((hit) => !WORK.test(sentenceAround(draft, hit.start, hit.end).text))
    .map((hit) => finding('care_relationship', 'block', hit, `"${hit.text}" welcomes the reader as one of our patients.`, 'Thank them for their trust in general terms ("we look forward to serving our community").'));
}
