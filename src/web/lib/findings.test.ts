import { describe, expect, it } from 'vitest';
import type { GuardFinding } from '../api/types.js';
import { uniqueFindings } from './findings.js';

const finding = (rule: string, start: number, end: number, message = 'Names when they were here.'): GuardFinding => ({ rule, level: 'block', start, end, message });

describe('guard findings shown in the reply box', () => {
  it('shows a finding the guard returned twice for the same rule and words once', () => {
    const twice = [finding('visit-time', 10, 20), finding('visit-time', 10, 20, 'Same span, worded again.')];
    expect(uniqueFindings(twice)).toEqual([twice[0]]);
  });

  it('keeps different rules over the same words, and the same rule over different words', () => {
    const distinct = [finding('visit-time', 10, 20), finding('clinical-detail', 10, 20), finding('visit-time', 30, 40), finding('visit-time', 10, 21)];
    expect(uniqueFindings(distinct)).toEqual(distinct);
  });
});
