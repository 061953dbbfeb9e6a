import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { RIVERSIDE } from './test-profile.js';

const triage = (text: string) => analyze({ text }, RIVERSIDE);

describe('comparisons with another hospital', () => {
  it('reads "I would take us over them any day" as praise of us, not a complaint', () => {
    const t = triage("I'd take Riverside North over Holloway any day.");
    expect([t.complaint, t.severity, t.sentiment > 0]).toEqual([false, 0, true]);
  });

  it('does not hold the other hospital\'s failings against us when we win the comparison', () => {
    const t = triage('Had my knee done at Holloway Memorial last spring and they lost my scans twice, rude front desk too. I would pick Riverside North over Holloway every time.');
    expect(t.complaint).toBe(false);
  });

  it('reads "so much better than St. X, where ..." as praise, the grievance being about St. X', () => {
    expect(triage('Riverside North is so much better than St. Luke\'s, where they left my dad in a hallway for nine hours.').complaint).toBe(false);
  });

  it('reads "beats the ER across town" as praise', () => {
    expect(triage('The ER here beats the one across town, where we waited nine hours and nobody checked on my son.').complaint).toBe(false);
  });

  it('reads "prefer us to them" and "compared to them, we were ..." as praise', () => {
    expect(triage('I prefer Riverside North to Holloway General, they misdiagnosed my wife there.').complaint).toBe(false);
    expect(triage('Compared to Holloway, where nobody answered the call bell, the nurses at Riverside were wonderful.').complaint).toBe(false);
  });

  it('keeps "we waited longer than at St. X" a complaint about us', () => {
    expect(triage("We waited longer than at St. Luke's and nobody told us why.").complaint).toBe(true);
    expect(triage('The wait at Riverside North was way worse than at Holloway, six hours with a broken arm.').complaint).toBe(true);
  });

  it('keeps a comparison we lose a complaint', () => {
    expect(triage("I'd take Holloway over Riverside any day, the staff here were rude and the wait was 5 hours.").complaint).toBe(true);
    expect(triage('Holloway beats this place, we waited 6 hours.').complaint).toBe(true);
    expect(triage("Not better than St. Luke's at all, we waited 6 hours and the nurse was rude.").complaint).toBe(true);
  });

  it('keeps a grievance about us that sits beside a comparison we win', () => {
    expect(triage('Riverside North is better than the last hospital we tried, but we still waited 5 hours in the ER.').complaint).toBe(true);
  });

  it('does not take "rather than" or "other than" for a comparison of hospitals', () => {
    expect(triage('They sent me home in a taxi rather than Patient Transport and I could barely walk.').complaint).toBe(true);
  });
});
