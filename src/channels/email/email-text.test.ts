import { describe, expect, it } from 'vitest';
import { emailText, newWords } from './email-text.js';

describe('the words of an email', () => {
  it('puts the subject first and keeps what the sender wrote', () => {
    expect(emailText('Billing problem', 'I was charged twice.\n')).toBe('Billing problem\n\nI was charged twice.');
  });

  it('drops the quoted history of a reply, in the common client styles', () => {
    expect(newWords('Still no answer.\n\nOn Tue, Nov 24, 2026 at 9:02 AM Patient Relations <px@x.org> wrote:\n> We are sorry…')).toBe('Still no answer.');
    expect(newWords('See below.\n-----Original Message-----\nFrom: px@x.org')).toBe('See below.');
    expect(newWords('Thanks.\nFrom: Patient Relations\nSent: Monday\nTo: me')).toBe('Thanks.');
    expect(newWords('My answer\n> your question\nmore of mine')).toBe('My answer\nmore of mine');
  });

  it('keeps a subject alone when the body is empty, and a body alone without a subject', () => {
    expect(emailText('ER wait 6 hours', '')).toBe('ER wait 6 hours');
    expect(emailText(undefined, 'Nobody called me back.')).toBe('Nobody called me back.');
  });
});
