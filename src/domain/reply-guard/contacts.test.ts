import { describe, expect, it } from 'vitest';
import { flagged, rulesFor } from './test-profile.js';

describe('phone numbers', () => {
  it('lets approved organization and site numbers pass in any format', () => {
    expect(rulesFor('Please call (555) 010-0100, 555.010.0150 or +1 555 010 0100.')).toEqual([]);
  });

  it.each([
    ['Call our manager at (555) 010-4432.', '(555) 010-4432'],
    ['Call (555) 010-0100 ext. 2214 and ask for help.', '(555) 010-0100 ext. 2214'],
    ['Reach our unit director at 312-926-2000.', '312-926-2000'],
    ['Call the charge desk at 010-4455.', '010-4455'],
    ['Dial extension 4471.', 'extension 4471'],
  ])('blocks %j', (draft, span) => {
    expect(flagged(draft, 'direct_phone')).toEqual([span]);
  });

  it('allows a direct line in a private email', () => {
    expect(rulesFor('You can reach me at (555) 010-4421.', { platform: 'email' })).toEqual([]);
  });
});

describe('email addresses', () => {
  it('lets approved addresses pass, case-insensitively', () => {
    expect(rulesFor('Write to Feedback@Lakeside.example or px@lakeside.example.')).toEqual([]);
  });

  it('blocks any other address', () => {
    expect(flagged('Email me at sarah.nguyen@lakeside.example.', 'personal_email')).toEqual(['sarah.nguyen@lakeside.example']);
    expect(flagged('Write to jmartin@gmail.com', 'personal_email')).toEqual(['jmartin@gmail.com']);
  });
});

describe('spelled-out email addresses', () => {
  it('blocks an address written with "at" and "dot"', () => {
    expect(flagged('Questions? Email jlee at lakeside dot example.', 'personal_email')).toEqual(['jlee at lakeside dot example']);
  });

  it('leaves an account number that looks like a phone number to the record rule', () => {
    expect(rulesFor('Your payment was applied to account 661-0043-22.')).not.toContain('direct_phone');
  });

  it('blocks the extension dialed after an approved number\'s menu, not the menu choice', () => {
    expect(flagged('Call (555) 010-0100, press 2, then dial 5519 to reach the supervisor.', 'direct_phone')).toEqual(['dial 5519']);
  });

  it('blocks a number spelled out in words unless it is an approved one', () => {
    expect(rulesFor('Call our coordinator at five five five, zero one zero, four four one two.')).toContain('direct_phone');
    expect(rulesFor('Call us at five five five, zero one zero, zero one zero zero.')).not.toContain('direct_phone');
  });
});

describe('phone numbers (1.8.0)', () => {
  it('does not read our own ticket or case reference as a phone number', () => {
    expect(rulesFor('We logged it as feedback ticket 2024118873; mention it when you call.')).not.toContain('direct_phone');
    expect(rulesFor('Reach me at 2024118873.')).toContain('direct_phone');
  });
});
