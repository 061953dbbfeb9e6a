import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { MERCY, RIVERSIDE } from './test-profile.js';

const mentions = (text: string) => analyze({ text }, MERCY).mentionsOrg;

describe('mentionsOrg for a name that is also a common word', () => {
  it('recognizes the organization by its full name, a handle or a care word after the name', () => {
    expect(mentions('Mercy Medical Center lost my referral.')).toBe(true);
    expect(mentions('@MercyMedCtr please call me back')).toBe(true);
    expect(mentions('mercy er is packed tonight')).toBe(true);
  });

  it('recognizes the place in "at Mercy" when the post is about care', () => {
    expect(mentions('Had my gallbladder out at Mercy, the nurses were lovely')).toBe(true);
  });

  it('reads idioms, churches and names as the common word', () => {
    expect(mentions('Lord have mercy, this heat is unbearable')).toBe(false);
    expect(mentions('Mercy Baptist Church is hosting a blood drive')).toBe(false);
    expect(mentions('We were at the mercy of the weather')).toBe(false);
    expect(mentions('Lord have mercy, the wait at Mercy urgent care is 4 hours')).toBe(true);
  });

  it('takes a post on our own listing as about us when no name is ambiguous', () => {
    expect(analyze({ text: 'Great staff.', listing: 'north' }, RIVERSIDE).mentionsOrg).toBe(true);
    expect(analyze({ text: 'Great staff.' }, RIVERSIDE).mentionsOrg).toBe(false);
  });
});
