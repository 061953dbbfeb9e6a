import { describe, expect, it } from 'vitest';
import { corpusPath, loadGuardOrg, loadReplyCases, replyGuardEval, scoreReplyGuard } from './reply-guard.js';
import { WARN_ONLY_RULES, type RuleId } from '../src/domain/reply-guard/types.js';

describe('reply guard corpus', () => {
  const cases = loadReplyCases();
  const scores = scoreReplyGuard(cases, loadGuardOrg());

  it('holds enough examples: 250 replies, 90 safe, 15 per blocking rule', () => {
    expect(cases.length).toBeGreaterThanOrEqual(250);
    expect(cases.filter((c) => c.expected.verdict === 'ok').length).toBeGreaterThanOrEqual(90);
    for (const [rule, m] of Object.entries(scores.perRule)) {
      if (!WARN_ONLY_RULES.includes(rule as RuleId)) expect(m.tp + m.fn, rule).toBeGreaterThanOrEqual(15);
    }
  });

  it('blocks at least 97% of unsafe replies and at most 3% of safe ones', () => {
    expect(scores.blockingRecall).toBeGreaterThanOrEqual(0.97);
    expect(scores.safeBlockedShare).toBeLessThanOrEqual(0.03);
  });

  it('never lists the kept-back set\'s disagreements, even when it is named alone', async () => {
    const report = await replyGuardEval(corpusPath('replies-heldout.jsonl'));
    expect(report).toContain('not listed: this set is kept back');
    expect(report).not.toMatch(/\| h-\d+ \|/);
  });
});
