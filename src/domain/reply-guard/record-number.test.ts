import { describe, expect, it } from 'vitest';
import { checkReply } from './check.js';
import { TEST_PROFILE, flagged } from './test-profile.js';

describe('record and account numbers', () => {
  it.each([
    ['Please reference MRN 4482913 when you call.', 'MRN 4482913'],
    ['We located account #7730021.', 'account #7730021'],
    ['Claim # 55102 was resubmitted.', 'Claim # 55102'],
    ['Please have your medical record number ready.', 'your medical record number'],
    ['Please have your insurance card and account number ready.', 'your insurance card and account number'],
    ['Tenga a mano su número de expediente.', 'su número de expediente'],
    ['Give us your SSN.', 'your SSN'],
  ])('blocks %j', (draft, span) => {
    expect(flagged(draft, 'record_number')).toContain(span);
  });

  // Since 1.10.0 our own case reference is warned about like any long number (three corpus authors expected it), not ignored.
  it('only warns about a long number without a label, and about our own case reference', () => {
    expect(checkReply('Please mention 88213904 when you call.', { profile: TEST_PROFILE }).verdict).toBe('warn');
    expect(checkReply('Your case number is 20260412 if you call us.', { profile: TEST_PROFILE }).findings.map((f) => f.level)).toEqual(['warn']);
  });

  it.each([
    ['Your statement ID BX-20417 now shows the correction.', 'statement ID BX-20417'],
    ['We located bill number 2025-44190 for you.', 'bill number 2025-44190'],
    ['The patient ID for you is 5530127.', 'patient ID for you is 5530127'],
    ['Anulamos la factura número R-77120.', 'factura número R-77120'],
    ['The payment was applied to account 418-2290-61.', 'account 418-2290-61'],
    ['We found it under account 4 4 7 1 9 0 2.', 'account 4 4 7 1 9 0 2'],
  ])('blocks identifiers under more labels: %s', (draft, text) => {
    expect(flagged(draft, 'record_number')).toContain(text);
    expect(checkReply(draft, { profile: TEST_PROFILE }).verdict).toBe('block');
  });

  it('blocks a number the reader posted when a public reply repeats it, and only warns about one they did not', () => {
    const post = { text: 'Account #RB-448120 still shows a balance I paid!' };
    const draft = "Please don't post numbers like RB-448120 here; our billing team can help.";
    expect(checkReply(draft, { profile: TEST_PROFILE, post }).findings.find((f) => f.rule === 'record_number')?.level).toBe('block');
    expect(checkReply(draft, { profile: TEST_PROFILE }).findings.find((f) => f.rule === 'record_number')?.level).toBe('warn');
  });

  it('blocks the last digits of an account', () => {
    expect(flagged('Your account ending in 4421 has been updated.', 'record_number')).toEqual(['account ending in 4421']);
  });

  it('blocks the reader\'s own account number however it is punctuated, and part of a Social Security number', () => {
    expect(flagged('I found your account (#RB-4410287) and sent it to billing.', 'record_number')).toContain('your account (#RB-4410287');
    expect(flagged('The last 4 of the SSN on file for you look wrong.', 'record_number')).toContain('last 4 of the SSN');
  });

  it('blocks "your account, number 5520-0187"', () => {
    expect(flagged('Your account, number 5520-0187, was merged with another file.', 'record_number').length).toBe(1);
  });
});

describe('record numbers (1.10.0)', () => {
  it('blocks a dashed number the reader posted when the reply repeats it, whatever the reply calls it', () => {
    const post = { text: 'Order 4471-90-226 for my forklift certification is still missing.' };
    const draft = 'We tracked down reference 4471-90-226 and it ships Monday.';
    expect(checkReply(draft, { profile: TEST_PROFILE, post }).findings.find((f) => f.rule === 'record_number')?.level).toBe('block');
  });

  it('warns about our own long reference number rather than letting it pass, and leaves phones and dates alone', () => {
    expect(checkReply('Your concern is filed as case 9041177263.', { profile: TEST_PROFILE }).findings.find((f) => f.rule === 'record_number')?.level).toBe('warn');
    expect(flagged('Call 555-010-0150 or (555) 010-0150 about the 2026-03-09 open house.', 'record_number')).toEqual([]);
  });
});

describe('identifiers with letter prefixes (1.11.0)', () => {
  it('blocks a prefixed study or member ID the reader posted', () => {
    const ctx = { post: { text: 'My participant number is LK-CARD-0093317, who pays the gas card?' } };
    expect(checkReply('Please give the coordinator LK-CARD-0093317 when you call.', { profile: TEST_PROFILE, ...ctx }).findings.filter((f) => f.rule === 'record_number').map((f) => f.level)).toContain('block');
  });

  it('warns about a code that mixes letters and six or more digits', () => {
    expect(flagged('The project is funded under award 5U54MD017732.', 'record_number')).toEqual(['5U54MD017732']);
    expect(flagged('Our COVID19 page has the details.', 'record_number')).toEqual([]);
  });
});
