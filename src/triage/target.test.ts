import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { findTarget } from './target.js';
import { tokenize } from './text.js';
import { RIVERSIDE } from './test-profile.js';

const complaint = (text: string, extra: { platform?: string; rating?: number } = {}) => analyze({ text, ...extra }, RIVERSIDE).complaint;
const target = (text: string) => findTarget(tokenize(text), RIVERSIDE, { text });

describe('what a complaint is aimed at', () => {
  it('takes a bad mood aimed at no provider as chatter, not a complaint', () => {
    expect(complaint('What a nightmare of a week, everything is terrible.')).toBe(false);
    expect(complaint('The Tigers were awful tonight')).toBe(false);
  });

  it('takes the same words as a complaint once they are written to someone or name us', () => {
    expect(complaint('@RiversideHealth what a nightmare of a week, everything is terrible.')).toBe(true);
    expect(complaint('Riverside was a nightmare, everything was terrible.')).toBe(true);
  });

  it('takes a review or a rated post as aimed at us whatever its words', () => {
    expect(complaint('Awful. Just awful.', { platform: 'google' })).toBe(true);
    expect(complaint('Awful. Just awful.', { rating: 1 })).toBe(true);
    expect(complaint('Awful. Just awful.', { platform: 'x' })).toBe(false);
  });

  it('lets a reported service failure name its own target', () => {
    expect(complaint('Still no reply after three emails and nobody called back.')).toBe(true);
  });

  it('counts the words of care and of being a customer as a target', () => {
    expect(target('The night nurse was lovely')).toEqual({ aimed: true, service: true });
    expect(target('My order never came')).toEqual({ aimed: true, service: true });
    expect(target('@Acme_Help hello')).toEqual({ aimed: true, service: true });
    expect(target('@jamie hello')).toEqual({ aimed: true, service: false });
    expect(target('Lovely sunset tonight')).toEqual({ aimed: false, service: false });
  });
});

describe('weak reports of a fault in a post about a service', () => {
  it('hears a bare negation about a customer’s dealings as a complaint', () => {
    expect(complaint('The voucher code is not showing at checkout')).toBe(true);
    expect(complaint('@Acme_Help the tracking page does not show my parcel')).toBe(true);
  });

  it('leaves the same negation alone when nothing in the post is a service', () => {
    expect(complaint('The code is not showing')).toBe(false);
    expect(complaint('My son is not sleeping tonight')).toBe(false);
  });

  it('does not let a plea or a request count as a report', () => {
    expect(complaint('Can you help me find the maternity ward entrance?')).toBe(false);
    expect(complaint('Is there a way to get a refund for the parking permit I no longer need?')).toBe(false);
  });

  it('keeps praise in charge: a weak hint in a thankful post is no complaint', () => {
    expect(complaint('Thank you to the pharmacy team, there was not a single delay with my prescription')).toBe(false);
  });
});

describe('posts written only to people, or passing on a link', () => {
  it('takes a reply among private people as chatter whatever its words', () => {
    expect(complaint('@marta_k1988 that penalty call was brutal, honestly awful refereeing')).toBe(false);
    expect(complaint('@quietfox @stormchaser that referee was a joke, simply pathetic')).toBe(false);
    expect(target('@marta_k1988 that penalty call was brutal')).toEqual({ aimed: false, service: false, unaddressed: true });
  });

  it('takes a shared link that names no provider as passing on news', () => {
    const words = 'The referee at the derby tonight, what a joke, absolutely pathetic';
    expect(complaint(words)).toBe(true);
    expect(complaint(`${words} https://example.com/derby`)).toBe(false);
  });

  it('still hears the same words once the post speaks of a service or names us', () => {
    expect(complaint('@marta_k1988 the night nurse was rude to my mum')).toBe(true);
    expect(complaint('Riverside lost my referral again https://example.com/screenshot')).toBe(true);
  });

  it('does not count "seriously" or "care" as a service on their own', () => {
    expect(target('Seriously? I do not care').service).toBe(false);
    expect(target('The care on ward 4 was good').service).toBe(true);
  });
});
