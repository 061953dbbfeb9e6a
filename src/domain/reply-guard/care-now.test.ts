import { describe, expect, it } from 'vitest';
import { rulesFor } from './test-profile.js';

describe('care under way or coming next (1.9.0, 1.12.1)', () => {
  it.each([
    ["someone sent to a numbered room", "We've sent a nurse to bed 7 right away."],
    ['a team on the way to a numbered room', 'Thanks Jo, the rapid response team is on the way to bay 12.'],
    ['help on the way to the reader', 'Hang tight, the charge nurse is headed to your room.'],
    ['the next round of treatment', 'Best of luck with cycle four next week!'],
    ['a next session booked for a relative', "We'll see him back for his next transfusion!"],
    ['word from the ward about someone', 'The PICU nurses tell us he is eating on his own again.'],
    ['staff explaining what they did in the encounter', "That's why the tech couldn't finish the scan that afternoon."],
    ['hope for a healing site', 'Hope the incision has healed up well!'],
    ['an aid that is working out', 'So glad the new crutches are helping.'],
    ['improvement since a procedure', 'Sounds like she is breathing easier since the surgery.'],
    ['a charge nurse sent to a relative now', "I've asked the charge nurse on 4 West to go to him now."],
    ['a nurse on her way to help him', 'A nurse is on her way to help him now.'],
    ['a doctor seeing him next', 'Our ER doctor will see him next.'],
    ['a supervisor checking on him', "We've asked the nursing supervisor to check on him right away."],
    ['someone moved to a room', "He's been moved to a room now and someone will be with him shortly."],
    ['the care team of someone in particular', 'The care team can only talk with you once she signs a release form.'],
  ])('blocks %s', (_, draft) => {
    expect(rulesFor(draft)).toContain('care_relationship');
  });

  it.each([
    ['a meeting room', 'The caregiver support group meets in Room 204 of the Education Center.'],
    ['mail sent to the reader', 'We sent a letter to you with our survey results.'],
    ['a round of something else', 'Good luck with round two of the hiring fair!'],
    ['thanks passed on by a team', "Our team says you're welcome anytime!"],
    ['a rule every patient lives by', "That's why our nurses check ID before every medication."],
    ['an app working out', 'We hope the new parking app is working out for everyone.'],
    ['an invitation to be seen', 'Our doctors would be glad to see you, call us any time.'],
    ['a new unit opening', 'Our maternity unit moved to a new floor this spring.'],
    ['the release process in general', 'For privacy, the care team can only share what a patient has authorized.'],
  ])('lets %s pass', (_, draft) => {
    expect(rulesFor(draft)).not.toContain('care_relationship');
  });
});

describe('the next visit booked (1.13.0)', () => {
  it('blocks a return visit looked forward to', () => {
    expect(rulesFor('Thanks for the five stars, see you next fall!')).toContain('care_relationship');
  });

  it('lets a meeting at an event we announce pass', () => {
    expect(rulesFor('Thanks for running with us, see you next year!  The 5K returns in June.')).not.toContain('care_relationship');
    expect(rulesFor('See you next year at the health fair!')).not.toContain('care_relationship');
  });
});

describe('a next visit booked with "see you next time" (1.14.0)', () => {
  it('blocks it in a reply to someone who came in', () => {
    expect(rulesFor('Glad the refill was ready, see you next time!')).toContain('care_relationship');
  });
  it('lets it pass at an event we announce', () => {
    expect(rulesFor('Thanks for running in our 5K, see you next time!')).not.toContain('care_relationship');
  });
});
