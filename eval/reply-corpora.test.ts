// Shape only: the dev2 … dev18 and kept-back corpora are measured by `npm run eval`, never asserted on the guard's output,
// so a later tuning of the guard cannot be checked in against them.
import { describe, expect, it } from 'vitest';
import { RULE_IDS, WARN_ONLY_RULES, type RuleId } from '../src/domain/reply-guard/types.js';
import { corpusPath, loadReplyCases, REPLY_CORPORA } from './reply-guard.js';

const WARN_ONLY = WARN_ONLY_RULES;
// Rules the policy lets warn only: general clinical words, a long number without a label, an announcement's date, a
// name in a private reply. A reply whose only findings are these may be labelled warn.
const MAY_WARN: RuleId[] = [...WARN_ONLY, 'clinical_detail', 'record_number', 'service_date', 'patient_name'];
const X_LIMIT = 280;
const PRIVATE_PLATFORMS = ['email', 'forwarded'];

describe.each(REPLY_CORPORA.filter((c) => c.file !== 'replies.jsonl'))('the $name corpus', ({ file, full }) => {
  const cases = loadReplyCases(corpusPath(file));

  it('has unique ids and known rule ids, and a full corpus at least 250 replies', () => {
    if (full) expect(cases.length).toBeGreaterThanOrEqual(250);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      expect(typeof c.reply, c.id).toBe('string');
      expect(c.reply.trim(), c.id).not.toBe('');
      expect(c.expected.rules.filter((r) => !RULE_IDS.includes(r)), c.id).toEqual([]);
      expect(new Set(c.expected.rules).size, c.id).toBe(c.expected.rules.length);
      if (c.post) expect(typeof c.post.text, c.id).toBe('string');
    }
  });

  it('gives each reply a verdict its rules allow, and agrees with the confidential flag and the X length', () => {
    for (const c of cases) {
      const rules = c.expected.rules;
      const verdicts = rules.length === 0 ? ['ok'] : rules.every((r) => MAY_WARN.includes(r)) ? ['warn', ...(rules.every((r) => WARN_ONLY.includes(r)) ? [] : ['block'])] : ['block'];
      expect(verdicts, c.id).toContain(c.expected.verdict);
      // A private message on a confidential case is the discreet follow-up the flag asks for.
      expect(rules.includes('confidential_case'), c.id).toBe(c.confidential === true && !PRIVATE_PLATFORMS.includes(c.platform ?? ''));
      expect(rules.includes('length_limit'), c.id).toBe(c.platform === 'x' && c.reply.length > X_LIMIT);
    }
  });

  it.runIf(full)('has at least 12 unsafe examples of every blocking rule and a safe share near 45%', () => {
    for (const rule of RULE_IDS.filter((r) => !WARN_ONLY.includes(r))) {
      expect(cases.filter((c) => c.expected.rules.includes(rule)).length, rule).toBeGreaterThanOrEqual(12);
    }
    const safe = cases.filter((c) => c.expected.verdict !== 'block').length / cases.length;
    expect(safe).toBeGreaterThan(0.4);
  });
});
