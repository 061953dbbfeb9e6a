import { describe, expect, it } from 'vitest';
import { rulesFor } from './test-profile.js';

describe('care told through its people, places and things', () => {
  it.each([
    "Sorry the hospitalist didn't come by until the afternoon.",
    "We're thrilled you're walking without the cane now!",
    "The team on 5 West says hi and hopes you're doing well at home.",
    'Sorry the nurse forgot your ice chips.',
    'Lamentamos que su hijo esperara tanto en urgencias.',
    "I'll make sure you get a callback from the surgeon today.",
  ])('blocks %j', (draft) => {
    expect(rulesFor(draft)).toContain('care_relationship');
  });

  it.each([
    'Thank you for recognizing our nurses. We will make sure they see this!',
    "We're sorry about the wait times in our ER. We're hiring more staff this year.",
    "We're sorry to hear about your experience with our emergency room staff.",
    'Thanks for your patience. Our teams are seeing very high volumes this flu season.',
    'We know the emergency room can feel chaotic, and we are sorry it felt that way.',
    'Gracias por sus comentarios sobre nuestro departamento de emergencias.',
    'Our NICU nurses loved reading your review.',
    'Please call us so our nurses can hear what happened.',
  ])('lets %j pass: our services, thanks, invitations and generalities', (draft) => {
    expect(rulesFor(draft)).not.toContain('care_relationship');
  });
});

describe('care told through its people (1.12.0)', () => {
  it('lets an offer to put the reader through to a nurse pass', () => {
    expect(rulesFor("So sorry! Call my desk directly and I'll get you to a nurse.")).toEqual([]);
  });
});

describe('urgent care as a place someone went (1.13.0)', () => {
  it('blocks the reader at urgent care, and lets our urgent care as a service pass', () => {
    expect(rulesFor('Glad the visit felt easy for you at urgent care!')).toContain('care_relationship');
    expect(rulesFor('You can check urgent care wait times on our website before heading over.')).not.toContain('care_relationship');
    expect(rulesFor("We're an urgent care for people, so we can't help with your cat, sorry!")).not.toContain('care_relationship');
  });
});

describe('a clinician the reader has yet to choose (1.14.0)', () => {
  it.each([
    ['help choosing a new family doctor', 'Our scheduling line can help you pick a new family physician: (555) 010-0100.'],
    ['a match with a specialist', 'We would be glad to connect you with a dermatologist who is taking new patients.'],
  ])('lets %s pass', (_, draft) => {
    expect(rulesFor(draft)).not.toContain('care_relationship');
  });
  it('still blocks the clinician who treated them', () => {
    expect(rulesFor('Sorry the dermatologist rushed you.')).toContain('care_relationship');
  });
});
