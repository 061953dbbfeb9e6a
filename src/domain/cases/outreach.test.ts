import { describe, expect, it } from 'vitest';
import { outreachText } from './outreach.js';

describe('logged outreach', () => {
  it('says what was tried and whether it reached the patient', () => {
    expect(outreachText('phone', true)).toBe('Called the patient');
    expect(outreachText('phone', false)).toBe('Tried to call the patient (not reached)');
    expect(outreachText('other', true)).toBe('Reached the patient');
  });
});
