import { describe, expect, it } from 'vitest';
import { OUTREACH_METHODS, outreachMeets, outreachMethodsFor, outreachRefusal, outreachText } from './outreach.js';

describe('logged outreach', () => {
  it('says what was tried and whether it reached the patient', () => {
    expect(outreachText('phone', true)).toBe('Called the patient');
    expect(outreachText('phone', false)).toBe('Tried to call the patient (not reached)');
    expect(outreachText('email', true)).toBe('Emailed the patient');
    expect(outreachText('email', false)).toBe('Tried to email the patient (not delivered)');
    expect(outreachText('grievance_letter', true)).toBe('Sent the written grievance response');
    expect(outreachText('other', true)).toBe('Reached the patient');
  });

  it('has an email that reached the patient meet private outreach like a call', () => {
    expect(outreachMeets('email', true)).toEqual(outreachMeets('phone', true));
    expect(outreachMeets('email', true)).toEqual(['private_outreach']);
  });

  it('has the written grievance response meet the grievance clock and count as reaching the patient in writing', () => {
    expect(outreachMeets('grievance_letter', true)).toEqual(['grievance_response', 'private_outreach']);
  });

  it('meets nothing with an attempt that did not reach the patient', () => {
    for (const method of OUTREACH_METHODS) expect(outreachMeets(method, false)).toEqual([]);
  });

  it('offers the written grievance response only on a case marked a grievance', () => {
    expect(outreachMethodsFor({ grievance: false })).not.toContain('grievance_letter');
    expect(outreachMethodsFor({ grievance: false })).toContain('email');
    expect(outreachMethodsFor({ grievance: true })).toEqual([...OUTREACH_METHODS]);
    expect(outreachRefusal('grievance_letter', { grievance: false })).toMatch(/formal grievance/);
    expect(outreachRefusal('grievance_letter', { grievance: true })).toBeNull();
    expect(outreachRefusal('email', { grievance: false })).toBeNull();
  });
});
