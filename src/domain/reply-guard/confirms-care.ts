// A detail that only the reader's own record holds (their diagnosis, their bill, their account number, the date
// they came in) confirms that they were our patient as surely as "your visit" does, so it is reported as a care
// relationship too. What their insurance covers does not: anyone may ask that before coming to us.
import { sentenceAround } from './match.js';
import type { Finding } from './types.js';

const RECORD_RULES = new Set(['clinical_detail', 'financial_detail', 'record_number', 'service_date']);
// Whole words: "explanation" and a payment plan ("plan de pagos") are not coverage.
const COVERAGE_ONLY = /(?<![\p{L}])(?:insurance|insurers?|coverage|covers?|covered|plans?(?!\s+de\s+pagos?)|polic\p{L}*|seguros?|pólizas?|aseguradoras?|medicare|medicaid|tricare|aetna|cigna|humana|anthem|kaiser|blue\s*(?:cross|shield)|hmo|ppo)(?![\p{L}])/iu;

export function careConfirmedByRecord(findings: Finding[], draft: string): Finding | null {
  if (findings.some((f) => f.rule === 'care_relationship')) return null;
  const offered = findings.filter((f) => f.rule === 'outcome_promise');
  const fromRecord = (f: Finding) => {
    if (f.level !== 'block' || !RECORD_RULES.has(f.rule)) return false;
    if (f.rule !== 'financial_detail') return true;
    // An amount we offer ("a $100 credit") is ours, not theirs.
    if (offered.some((o) => o.start <= f.start && o.end >= f.end)) return false;
    return !COVERAGE_ONLY.test(sentenceAround(draft, f.start, f.end).text);
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
