// The measured targets on the labeled Belgian dev set (text alone). Skips when ../shared/data is absent.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { belgianMetrics } from '../../eval/triage-belgian.js';
import { f1, recall } from '../../eval/triage-metrics.js';

const DEV = new URL('../../../shared/data/belgian-hospital-reviews/dev-labeled.jsonl', import.meta.url);

describe.skipIf(!existsSync(DEV))('Belgian dev set', () => {
  const m = belgianMetrics()!;

  it('finds complaints with F1 of at least 0.92', () => {
    expect(f1(m.complaint)).toBeGreaterThanOrEqual(0.92);
  });

  it('names categories with micro-F1 of at least 0.75', () => {
    expect(f1(m.categoryMicro)).toBeGreaterThanOrEqual(0.75);
  });

  it('recalls at least 95% of harm, legal and crisis labels', () => {
    expect(recall(m.seriousRisk)).toBeGreaterThanOrEqual(0.95);
  });

  it('gets the site right on 90% of posts that name one and sets it wrongly on at most 2% of the others', () => {
    expect(m.siteNamed.right / m.siteNamed.total).toBeGreaterThanOrEqual(0.9);
    expect(m.siteNull.wronglySet / m.siteNull.total).toBeLessThanOrEqual(0.02);
  });
});
