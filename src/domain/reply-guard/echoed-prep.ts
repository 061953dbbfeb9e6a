// "Prep is no one's favorite!" to someone who wrote of their colonoscopy prep names the preparation for the procedure the
// post told of; alone, "prep" is too common a word (meal prep, prep time) to count.
import { alternation, finding, hits, wordPattern } from './match.js';
import { PROCEDURES_EN } from './clinical-lexicon.js';
import type { Finding } from './types.js';

const PREP_IN_POST = wordPattern(String.raw`(?:${alternation([...PROCEDURES_EN, 'bowel', 'surgery', 'surgical', 'pre-op', 'procedure', 'scan', 'test'])})\s+prep(?:aration)?s?`, 'iu');
const PREP = wordPattern(String.raw`(?:(?:the|that|this|your|bowel)\s+)?(?:split-dose\s+)?prep(?:aration)?s?|split-dose`);

export function echoedPrep(draft: string, postText: string | undefined): Finding[] {
  if (!postText || !PREP_IN_POST.test(postText)) return [];
  return hits(draft, PREP).map((hit) =>
    finding('clinical_detail', 'block', hit, `"${hit.text}" repeats a clinical detail from the post (the preparation for its procedure), which confirms it publicly.`, 'Leave clinical details out of public replies; invite them to contact the patient experience team privately.'),
  );
}
