import { describe, expect, it } from 'vitest';
import { loadGuardOrg, loadReplyCases, scoreReplyGuard } from './reply-guard.js';

describe('reply guard corpus', () => {
  const cases = loadReplyCases();
  const scores = scoreReplyGuard(cases, loadGuardOrg());

  it('holds enough examples: 250 replies, 90 safe, 15 per blocking rule', () => {
    expect(cases.length).toBeGreaterThanOrEqual(250);
    expect(cases.filter((c) => c.expected.verdict === 'ok').length).toBeGreaterThanOrEqual(90);
    for (const [rule, m] of Object.entries(scores.perRule)) {
      if (rule !== 'blaming') expect(m.tp + m.fn, rule).toBeGreaterThanOrEqual(15);
    }
  });

  it('blocks at least 97% of unsafe replies and at most 3% of safe ones', () => {
    expect(scores.blockingRecall).toBeGreaterThanOrEqual(0.97);
    expect(scores.safeBlockedShare).toBeLessThanOrEqual(0.03);
  });
});
