import { describe, expect, it } from 'vitest';
import { rulesFor } from './test-profile.js';

describe('staff telling of someone’s time with us (1.14.0)', () => {
  it.each([
    ['colleagues who came by a numbered ward to see him', 'Half the pharmacy team stopped by to see him on 5 North this week!'],
    ['a unit that will miss seeing a patient', "The whole floor will miss seeing her every morning on our unit."],
    ['loving having a baby on the ward', 'Everyone adored having a Valentine baby on the unit 💕'],
    ['the reader counted among a colleague’s patients', 'You were his very first patient of the day, and he still smiles about it.'],
    ['a quick visit told back with "we"', 'So glad we were able to get you in and out before lunch.'],
    ['a quick visit told back by the reader', 'Happy to hear you got seen so fast!'],
    ['a return that presumes a first stay', "When you come back to see us, just tell the front desk and we'll take it from there."],
    ['a recipient’s recovery reported to the donor’s family', 'The recipient of her kidney is doing great and is home now.'],
    ['a patient from an accident reported on', 'The driver from the highway crash is recovering.'],
  ])('blocks %s', (_, draft) => {
    expect(rulesFor(draft)).toContain('care_relationship');
  });

  it.each([
    ['a retiring colleague missed on the ward', 'After 31 years, we will all miss seeing her on the unit. Happy retirement, Pat!'],
    ['a same-day offer to anyone', 'We can usually get you in same day at any urgent care site.'],
    ['a general statement about recipients', 'Every transplant recipient is paired with a nurse coordinator.'],
  ])('lets %s pass', (_, draft) => {
    expect(rulesFor(draft)).not.toContain('care_relationship');
  });
});

describe('a return expected, in Spanish (1.14.0)', () => {
  it('blocks "cuando regrese con nosotros"', () => {
    expect(rulesFor('Cuando regrese con nosotros, pregunte por la supervisora.')).toContain('care_relationship');
  });
});
