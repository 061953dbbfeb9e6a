import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { RIVERSIDE } from './test-profile.js';

const severity = (text: string) => analyze({ text }, RIVERSIDE).severity;

describe('severity', () => {
  it('rates a long wait of a patient on blood thinners a clear failure, even when the post does not say it is still going on', () => {
    expect(severity('My 88 year old mother on Eliquis sat six hours in the ER before anyone saw her.')).toBeGreaterThanOrEqual(2);
  });

  it('keeps an ordinary wait an inconvenience', () => {
    expect(severity('We waited two hours at the lab for a routine blood draw.')).toBe(1);
  });
});
