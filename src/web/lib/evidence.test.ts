import { describe, expect, it } from 'vitest';
import { evidenceLabel, sentimentWord } from './evidence.js';

describe('triage evidence in words', () => {
  it('says negative or positive words without the weight behind them', () => {
    expect(evidenceLabel('sentiment', -2)).toBe('negative words');
    expect(evidenceLabel('sentiment', 1.5)).toBe('positive words');
  });

  it('gives flags a meaning instead of "true" for screen readers', () => {
    expect(evidenceLabel('mentionsOrg', true)).toBe('names our organization');
    expect(evidenceLabel('complaint', true)).toBe('reads as a complaint');
  });

  it('names categories, risks, timing and severity by their labels', () => {
    expect(evidenceLabel('category', 'access_wait')).toBe('category: Access & wait');
    expect(evidenceLabel('risk', 'legal')).toBe('risk: Legal');
    expect(evidenceLabel('timing', 'now')).toBe('timing: In the building now');
    expect(evidenceLabel('severity', 3)).toBe('assessed severity high: urgent while still there');
  });

  it('never shows a raw value for a field it does not know', () => {
    expect(evidenceLabel('new_field', 0.42)).toBe('new field');
  });

  it('reads the sentiment score as a word', () => {
    expect([sentimentWord(-0.6), sentimentWord(0), sentimentWord(0.3)]).toEqual(['Negative', 'Neutral', 'Positive']);
  });
});
