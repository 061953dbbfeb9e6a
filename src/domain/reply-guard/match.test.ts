import { describe, expect, it } from 'vitest';
import { alternation, wordPattern } from './match.js';

describe('alternation (1.12.0: written as a trie)', () => {
  const pattern = wordPattern(alternation(['stay', 'stays', 'hospital stay', 'hospital', "crohn's", 'x-ray']));
  const found = (text: string) => [...text.matchAll(pattern)].map((m) => m[0]);

  it('matches the same phrases, the longer preferred', () => {
    expect(found('Your hospital stay and both stays')).toEqual(['hospital stay', 'stays']);
    expect(found('the hospital was busy')).toEqual(['hospital']);
    expect(found('an x-ray, not x-rays')).toEqual(['x-ray']);
  });

  it('lets spaces match any whitespace and an apostrophe match a curly one', () => {
    expect(found('hospital\n stay')).toEqual(['hospital\n stay']);
    expect(found('Crohn’s flare')).toEqual(['Crohn’s']);
  });
});
