import { describe, expect, it } from 'vitest';
import { checkReply } from './check.js';
import { TEST_PROFILE, rulesFor } from './test-profile.js';

const blame = (draft: string) => checkReply(draft, { profile: TEST_PROFILE }).findings.filter((f) => f.rule === 'blaming');

describe('arguing with or blaming the reader', () => {
  it.each([
    'We are sorry, but you failed to bring the form.',
    'That is not true.',
    "That's not what happened.",
    'You were told the wait could be long.',
    'Your review is inaccurate and misleading.',
    'You simply didn’t bring the documents.',
    'Eso no es cierto.',
    'Usted no presentó el formulario.',
  ])('warns about %j', (draft) => {
    expect(blame(draft).map((f) => f.level)).toEqual(['warn']);
  });

  it.each([
    'Our staff followed protocol; the delay was due to your incomplete forms.',
    'Patients who are rude to staff should expect to be asked to leave.',
  ])('warns about blame placed on the reader or patients like them: %s', (draft) => {
    expect(blame(draft).length).toBeGreaterThan(0);
  });

  it('does not blame the reader for what staff did', () => {
    expect(blame("We're sorry the nurse who saw you didn't explain the plan.")).toEqual([]);
  });

  it.each([
    "You didn't wait your turn, and that's on you.",
    'You were the one who left the line.',
    'Please read our emails before accusing us of silence.',
    'Our front desk staff did nothing wrong here.',
    'As we explained to you, the policy applies to all visitors.',
    'Lo que usted describe no es cierto.',
  ])('warns about arguing back: %s', (draft) => {
    expect(blame(draft).map((f) => f.level)).toContain('warn');
  });

  it.each([
    'Rates are posted at every garage entrance, so this really shouldn\'t have been a surprise.',
    'With respect, that isn\'t what our security footage shows.',
    'you literally parked in the ambulance bay though',
    'Your review leaves out that you were asked three times to lower your voice.',
    'This post is pretty misleading.',
    'Usted llegó cuando la cafetería ya estaba cerrando.',
  ])('warns about pointing at the sign, the camera or what the reader left out: %s', (draft) => {
    expect(blame(draft).length).toBeGreaterThan(0);
  });

  it('warns about citing our system against the reader', () => {
    expect(blame('However, our system shows you received three reminder calls and did not confirm.').length).toBeGreaterThan(0);
  });

  it.each([
    "We passed our county inspection last month, so we don't believe our cafeteria was the cause of what you describe.",
    'There were no flights after 10 pm, so the noise you heard was not our helicopter.',
    'Visiting hours are on the homepage. Maybe take a look before tweeting?',
    'Nuestro personal asegura que fue usted quien levantó la voz primero.',
  ])('warns about denying we were the cause or sending the reader to look again: %s', (draft) => {
    expect(blame(draft).length).toBeGreaterThan(0);
  });

  it("does not read regret as a denial", () => {
    expect(blame("It wasn't our intention to rush you, and we'd like to hear more.")).toEqual([]);
  });

  it.each([
    'We strongly disagree. Frankly, reviews like this are unfair to a team that works very hard.',
    "I won't apologize for a review that misrepresents what we do.",
    'Our office manager has never yelled at anyone in the twelve years she has worked here.',
    'Our provider documented clear lungs and a normal oxygen level at the time.',
    'Your balance is the no-show fee for the second appointment you missed without calling.',
    'You were seen 22 minutes after check-in, not 90.',
    'Su reseña no refleja la realidad de nuestra clínica.',
  ])('warns about an owner defending the practice against the review: %s', (draft) => {
    expect(blame(draft).length).toBeGreaterThan(0);
  });

  it('does not warn about an apology for a visit we cancelled without notice', () => {
    expect(blame("I'm sorry the appointment was cancelled without notice.")).toEqual([]);
  });
});

describe('flat denials of the reader’s account', () => {
  it.each([
    ["That isn't accurate. Our helicopter follows approved flight paths.", "That isn't accurate"],
    ["With respect, that's not how we operate.", "that's not how we operate"],
    ["Specimens don't get lost at our lab.", "don't get lost at"],
    ['Our urgent care does not turn anyone away before closing.', 'does not turn anyone away'],
    ['Our scheduling system shows you received three reminders.', 'Our scheduling system shows you'],
  ])('warns about %j', (draft, span) => {
    const findings = checkReply(draft, { profile: TEST_PROFILE }).findings.filter((f) => f.rule === 'blaming');
    expect(findings.map((f) => [f.level, draft.slice(f.start, f.end)])).toContainEqual(['warn', span]);
  });
});

describe('blaming (1.8.0)', () => {
  const blames = (draft: string) => checkReply(draft, { profile: TEST_PROFILE }).findings.some((f) => f.rule === 'blaming');

  it('warns on a system or log cited as proof, whatever it shows', () => {
    expect(blames('Our system shows two reminder calls went out, so the fee stands.')).toBe(true);
    expect(blames('The call log shows the nurse phoned back within the hour.')).toBe(true);
  });

  it('warns on "you still haven\'t returned…" but not on a clause about someone else', () => {
    expect(blames("We can release the records once you sign the form you still haven't returned.")).toBe(true);
    expect(blames("We're sorry the nurse who discharged you didn't answer your questions.")).toBe(false);
  });

  it('warns on "not an error on our side"', () => {
    expect(blames('The cancellation was not an error on our side.')).toBe(true);
  });
});

describe('blaming (1.10.0)', () => {
  it('warns about vouching for the call the reader complains of', () => {
    const draft = 'We hear you, but that reaction was not an overreaction: our paramedics made the right call.';
    expect(checkReply(draft, { profile: TEST_PROFILE }).findings.filter((f) => f.rule === 'blaming').length).toBe(2);
  });
});

describe('arguing in Spanish (1.11.0)', () => {
  it('warns about "that is not how we work"', () => {
    expect(blame('Lo sentimos, pero así no es como trabajamos aquí.').map((f) => f.level)).toEqual(['warn']);
    expect(blame('No es así como operamos en Lakeside.')).toHaveLength(1);
  });
});

describe('arguing or blaming (1.12.0)', () => {
  it('warns about records cited against the reader, not records that bear them out', () => {
    expect(blame('Our records show the session was marked as a no-show.').map((f) => f.level)).toEqual(['warn']);
    expect(blame('Our records show the online booking did come through but was attached to the wrong clinic.')).toEqual([]);
  });

  it('warns about a charge said not to be a mistake', () => {
    expect(blame("Your plan changed in January, so the $85 balance isn't a mistake.").length).toBe(1);
  });
});

describe('a duty laid on every patient (1.13.0)', () => {
  it('warns about telling the reader it is every patient\'s responsibility', () => {
    expect(rulesFor("We understand, but it is each patient's responsibility to confirm the time.")).toEqual(['blaming']);
    expect(rulesFor('Patients are responsible for bringing their insurance card.')).toEqual(['blaming']);
  });
});

describe('counting our attempts to reach the reader (1.14.0)', () => {
  it.each([
    ['a count of emails', 'Our scheduling team emailed you three times about the change.'],
    ['records that say instructions were printed', 'Our records show the aftercare sheet was printed for you.'],
  ])('warns on %s', (_, draft) => {
    expect(blame(draft).length).toBeGreaterThan(0);
  });
  it('lets an offer to reach out again pass', () => {
    expect(blame('Our team would be glad to call you again at a time that suits you.')).toEqual([]);
  });
});
