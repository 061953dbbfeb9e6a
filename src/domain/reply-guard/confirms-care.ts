// A detail that only the reader's own record holds (their diagnosis, their bill, their account number, the date
// they came in) confirms that they were our patient as surely as "your visit" does, so it is reported as a care
// relationship too. What their insurance covers does not: anyone may ask that before coming to us.
import { CARE_NOUNS_EN } from './care-words.js';
import { AMENITY } from './grounds.js';
import { alternation, sentenceAround, wordPattern } from './match.js';
import type { Finding } from './types.js';

const RECORD_RULES = new Set(['clinical_detail', 'financial_detail', 'record_number', 'service_date']);
// Whole words: "explanation" and a payment plan ("plan de pagos") are not coverage.
const COVERAGE_ONLY = /(?<![\p{L}])(?:insurance|insurers?|coverage|covers?|covered|plans?(?!\s+de\s+pagos?)|polic\p{L}*|seguros?|pólizas?|aseguradoras?|medicare|medicaid|tricare|aetna|cigna|humana|anthem|kaiser|blue\s*(?:cross|shield)|hmo|ppo)(?![\p{L}])/iu;

// The day the garage gate broke or the café closed early, and a parking rate, are facts about our grounds (grounds.ts):
// they tie the reader to a place or a day, not to a record of care, unless the sentence also speaks of care. What the
// reader themselves paid there ("sorry the validation cost you $12") is still their own transaction.
const RATE = /(?:\/|\s+(?:per|a|an|each)\s+)(?:day|hour|hr|night|visit|week|month)(?![\p{L}])/iu;
// "I've escalated ticket 30091847": the complaint's own ticket or case number, even one the reader posted, is a
// reference of ours, not of their care; so is a parking citation's number. ("Please reference MRN …" is a verb, so "reference" itself does not count.)
const COMPLAINT_REFERENCE = /(?<![\p{L}])(?:ticket|case|complaint|feedback|citation|violation|parking\s+ticket)\s*(?:number|no\.?|#|id)?\s*[:#]?\s*$/iu;
const THEIR_BILL = /(?<![\p{L}])(?:the|this|that)\s+[$€£]\d[\d,.]*\s+(?:balance|bill|statement|invoice|charges?)(?![\p{L}])/iu;
const ECHO_ONLY = /repeats a clinical detail from the post/;
// "Molina denials can be frustrating": which insurer the reader has is coverage, which anyone has before coming to us.
const INSURER_ONLY = /names (?:the reader's|an) insurer/;
// "Please send your complaint by March 15", "get the form in before December 15": a deadline we set looks ahead; no record of care holds it.
const DEADLINE_BEFORE = /(?<![\p{L}])(?:by|no\s+later\s+than|on\s+or\s+before|(?:in|back|over)\s+before|a\s+más\s+tardar\s+el|antes\s+del?)\s+(?:(?:the|el)\s+)?(?:\p{L}+,?\s+)?$/iu;
const CARE_IN_SENTENCE = wordPattern(alternation(CARE_NOUNS_EN), 'iu');

export function careConfirmedByRecord(findings: Finding[], draft: string): Finding | null {
  if (findings.some((f) => f.rule === 'care_relationship')) return null;
  const offered = findings.filter((f) => f.rule === 'outcome_promise');
  const fromRecord = (f: Finding) => {
    if (f.level !== 'block' || !RECORD_RULES.has(f.rule)) return false;
    const sentence = sentenceAround(draft, f.start, f.end).text;
    if (AMENITY.test(sentence) && !CARE_IN_SENTENCE.test(sentence) && (f.rule === 'service_date' || RATE.test(sentence))) return false;
    // "Insulin has been on national backorder", to someone whose post named their insulin, repeats a word of theirs about
    // everyone; only a detail said of the reader comes from their record.
    if (f.rule === 'clinical_detail' && ECHO_ONLY.test(f.message)) return false;
    if (f.rule === 'service_date' && DEADLINE_BEFORE.test(draft.slice(Math.max(0, f.start - 40), f.start))) return false;
    if (f.rule === 'financial_detail' && INSURER_ONLY.test(f.message)) return false;
    if (f.rule === 'record_number') return !COMPLAINT_REFERENCE.test(draft.slice(Math.max(0, f.start - 30), f.start));
    if (f.rule !== 'financial_detail') return true;
    // An amount we offer ("a $100 credit") is ours, not theirs.
    if (offered.some((o) => o.start <= f.start && o.end >= f.end)) return false;
    // "Your plan changed in January, so the $85 balance isn't a mistake": coverage spoken of beside the amount of their own
    // bill is their bill all the same.
    return !COVERAGE_ONLY.test(sentence) || THEIR_BILL.test(sentence);
  };
  const source = findings.find(fromRecord);
  if (!source) return null;
  return {
    rule: 'care_relationship',
    level: 'block',
    start: source.start,
    end: source.end,
    message: `"${draft.slice(source.start, source.end)}" comes from the reader's own record, which confirms they were our patient.`,
    suggestion: 'Keep the reply general ("what you describe") and take the details to a private conversation.',
  };
}
