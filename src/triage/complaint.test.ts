import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { RIVERSIDE } from './test-profile.js';

const triage = (text: string, rating?: number) => analyze({ text, rating }, RIVERSIDE);

describe('complaint', () => {
  it('reads a negated insult as no complaint', () => {
    expect(triage('The nurses were not rude at all, everyone was kind.').complaint).toBe(false);
  });

  it('keeps the grievance of a mixed review after "but"', () => {
    const t = triage('The nurses were great but the billing office overcharged us by 400 dollars.');
    expect([t.complaint, t.categories]).toEqual([true, ['billing']]);
  });

  it('hears sarcasm when praise opens a sentence that complains', () => {
    const t = triage('Great, 6 hours in the waiting room.');
    expect(t.complaint).toBe(true);
    expect(t.sentiment).toBeLessThan(0);
  });

  it('hears being told nothing as a complaint about communication', () => {
    const t = triage('Five hours with my father who hit his head. We have been told nothing. NOTHING.');
    expect([t.complaint, t.categories.includes('communication')]).toEqual([true, true]);
  });

  it('takes a relative writing for a patient as a complaint', () => {
    expect(triage('My mother is upstairs and nobody has come to check on her since this morning.').complaint).toBe(true);
  });

  it('does not treat a question without grievance as a complaint', () => {
    expect(triage('What are the visiting hours on Sunday?').complaint).toBe(false);
  });

  it('does not count praise that mentions another hospital failing as a complaint about us', () => {
    expect(triage('The other hospital ignored my pain for months. Here the team found the problem in one day, thank you!').complaint).toBe(false);
  });

  it('recognizes a named other hospital, not only the words "another hospital"', () => {
    expect(triage("After St. Mary's misdiagnosed me for months, your team found the problem in one day. Thank you!").complaint).toBe(false);
    expect(triage('County General sent me home twice. Riverside admitted me right away and the nurses were wonderful.').complaint).toBe(false);
    expect(triage('Riverside North Hospital kept me waiting 5 hours.').complaint).toBe(true);
  });

  it('sets aside an employee venting about working conditions', () => {
    expect(triage('I work here and management keeps cutting our shifts and our pay.').complaint).toBe(false);
  });

  it('finds the one complaining sentence in a long, mostly neutral story', () => {
    const story =
      'We arrived at 8 and parked easily. The volunteers walked us to radiology. The technician was friendly and explained each step. ' +
      'Then we sat in the lobby for an hour before anyone told us the results would be mailed. Overall a good day.';
    const t = triage(story);
    expect([t.complaint, t.categories]).toEqual([true, ['access_wait']]);
  });

  it('calls plain praise no complaint and gives it a positive sentiment', () => {
    const t = triage('Wonderful staff, clean rooms and a doctor who listened. Thank you!');
    expect(t.complaint).toBe(false);
    expect(t.sentiment).toBeGreaterThan(0.5);
  });

  it('lets a low star rating tip a lukewarm post, but never invents a grievance', () => {
    const lukewarm = 'Friendly reception. Parking was difficult.';
    expect([triage(lukewarm).complaint, triage(lukewarm, 1).complaint]).toEqual([false, true]);
    expect(triage('We had our appointment on Tuesday.', 1).complaint).toBe(false);
  });

  it('understands a Spanish complaint', () => {
    const t = triage('Llevo cinco horas esperando en urgencias y nadie me atiende, el médico fue muy grosero.');
    expect([t.complaint, t.categories, t.timing, t.language]).toEqual([true, ['access_wait', 'respect'], 'now', 'es']);
  });
});
