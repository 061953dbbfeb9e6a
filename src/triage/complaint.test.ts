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

describe('complaint: negation', () => {
  it('keeps "have not heard" a complaint when an earlier "no" stands near it', () => {
    expect(triage('I called about my referral and was given a ref no. I have not heard anything since.').complaint).toBe(true);
  });

  it('reads "can\'t thank them enough" and "couldn\'t be more grateful" as praise, not negated thanks', () => {
    expect(triage("I can't thank the nurses enough.").sentiment).toBeGreaterThan(0);
    expect(triage('I could not be more grateful to the ward team.').sentiment).toBeGreaterThan(0);
  });
});

describe('complaint: questions that chase or report a problem', () => {
  it('hears "where are the results?" as chasing something that has not come', () => {
    expect(triage('@RiversideHealth hi, where are the scan results from Monday?').complaint).toBe(true);
  });

  it('does not hear asking the way as a complaint', () => {
    expect(triage('Where is the nearest pharmacy to the north entrance?').complaint).toBe(false);
  });

  it('hears asking whether a fix or a call will ever come as a complaint', () => {
    expect(triage('Is the portal ever going to let me see my letters?').complaint).toBe(true);
  });

  it('hears asking whether others share a failure as a complaint', () => {
    expect(triage('Anyone else getting a blank page on the patient portal today?').complaint).toBe(true);
  });

  it('hears "but what about" as an unmet expectation', () => {
    expect(triage('You treated my arm, but what about my back?').complaint).toBe(true);
  });
});

describe('complaint: service failures stated flatly', () => {
  it('hears trying again and again as a complaint', () => {
    expect(triage("I've been trying to book an appointment all week.").complaint).toBe(true);
  });

  it('hears a change made for no stated reason as a complaint', () => {
    expect(triage('For some reason my appointment was moved to next month.').complaint).toBe(true);
  });

  it('hears help that was refused as a complaint', () => {
    expect(triage('The receptionist said they could not help me with the bill.').complaint).toBe(true);
  });

  it('hears something done too late to matter as a complaint', () => {
    expect(triage('By the time the nurse came the drip had run dry.').complaint).toBe(true);
  });

  it('hears "shame you are ..." as a grievance even in a warm post', () => {
    expect(triage("I love this clinic! Shame you're closing the Saturday surgery.").complaint).toBe(true);
  });

  it('does not read "what\'s the best" as "what the ..."', () => {
    expect(triage("What's the plan for my dad's discharge tomorrow?").complaint).toBe(false);
  });
});

describe('complaint: manners and the author\'s own feelings', () => {
  it('does not let polite thanks after a question outweigh the problem asked about', () => {
    expect(triage('@RiversideHealth where is the discharge letter? Thanks').complaint).toBe(true);
  });

  it('does not count "thanks in advance" as praise, nor a plain question as a complaint', () => {
    const t = triage('What are the visiting hours on Sunday? Thanks in advance');
    expect([t.complaint, t.sentiment]).toEqual([false, 0]);
  });

  it('does not hear disappointment in oneself as a complaint', () => {
    expect(triage("I'm so disappointed with myself for missing my appointment.").complaint).toBe(false);
  });

  it('does not hear sympathy with what someone is going through as a complaint', () => {
    expect(triage('I have no idea what you are going through. Sending love.').complaint).toBe(false);
  });

  it('reads praise for how a patient was treated as praise, not as a grievance about dignity or treatment', () => {
    expect(triage('The night staff treated my grandmother with such dignity. Thank you.').complaint).toBe(false);
    expect(triage('The guards stayed calm and never treated my son like a criminal.').complaint).toBe(false);
    expect(triage('Nobody on that ward treated my mother with dignity.')).toMatchObject({ complaint: true, categories: ['respect'] });
  });

  it('lets a negation reach over light words such as "once" and "made us feel"', () => {
    expect(triage('The surgeons never once made us feel rushed.').complaint).toBe(false);
  });

  it('hears a long wait, a child left unfed and a shrugging discharge as a complaint, whatever polite words surround them', () => {
    const t = triage(
      'The triage nurse was lovely. Then my 2 year old lay in a cubicle for six hours without anything to eat because she "might need a scan." ' +
        'Six hours. Then they discharged her with "probably just a virus." A little honesty would have gone a long way.',
      2,
    );
    expect(t.complaint).toBe(true);
    expect(t.severity).toBeGreaterThanOrEqual(2);
    expect(t.categories).toEqual(expect.arrayContaining(['clinical_quality', 'environment']));
  });

  it('reads hours counted in a room or a hallway as a wait, and a sentence of nothing but the hours as protest', () => {
    expect(triage('We sat in an exam room for 4 hours.')).toMatchObject({ complaint: true, categories: ['access_wait'] });
    expect(triage('My father was left on a stretcher in the hallway. Seven hours!')).toMatchObject({ complaint: true, categories: ['access_wait'] });
    expect(triage('The nurse sat with me in that room all night and held my hand. Thank you.').complaint).toBe(false);
    expect(triage('Only two hours. The staff were quick and kind.').complaint).toBe(false);
  });

  it('hears a patient kept without food or drink', () => {
    expect(triage('Nobody fed my mother all day on the ward.')).toMatchObject({ complaint: true, categories: ['environment'] });
    expect(triage('He was not allowed to eat for 14 hours and nobody told us why.').categories).toContain('environment');
  });

  it('takes "would have gone a long way" as a shortfall, spelled out or contracted', () => {
    expect(triage('A phone call would have gone a long way.').complaint).toBe(true);
    expect(triage("An apology would've gone a long way.").complaint).toBe(true);
  });

  it('reads "a little" as some, not as a negation', () => {
    expect(triage('The receptionist was a little rude to my mother.')).toMatchObject({ complaint: true, categories: ['respect'] });
  });

  it('hears a patient left soiled or exposed as a matter of dignity', () => {
    expect(triage('Grandpa had an accident and sat in it for two hours before anyone came.').categories).toContain('respect');
  });

  it('reads denied praise that concedes before "but" as mild', () => {
    expect(triage("The parking app isn't perfect but it saved me a lot of time, great idea.").complaint).toBe(false);
  });
});

describe('what the author did, and words that only intensify', () => {
  it('does not blame the service for a mishap the author caused', () => {
    expect(triage('@AcmeHelp I lost my loyalty card, can the points move to a new one?').complaint).toBe(false);
    expect(triage('Forgot my reading glasses in the waiting room, silly me.').complaint).toBe(false);
    expect(triage('Somehow I misplaced the appointment letter, who can send a copy?').complaint).toBe(false);
    expect(triage('I refused the night sedative, I sleep better without it').complaint).toBe(false);
  });

  it('still hears the same failures when the service caused them', () => {
    expect(triage('@AcmeHelp your courier lost my parcel and nobody replies').complaint).toBe(true);
    expect(triage('The pharmacy forgot my insulin twice this week').complaint).toBe(true);
  });

  it('keeps the loss of a relative, or of trust, a grievance even told as "I lost"', () => {
    expect(triage('I lost my father after they sent him home with no scan. Negligent.').complaint).toBe(true);
    expect(triage('@AcmeHelp honestly I have lost faith in you').complaint).toBe(true);
  });

  it('takes swearing alone as emphasis, not a complaint', () => {
    expect(triage('@Acme holy crap, that season finale was wild as fuck').complaint).toBe(false);
    expect(triage('@Acme the app is shit and keeps crashing').complaint).toBe(true);
  });

  it('knows everyday words of a let-down customer', () => {
    expect(triage('@Acme shoddy zip on the new backpack, it gave up in a week').complaint).toBe(true);
    expect(triage('@AcmeHelp the app is so glitchy since the update').complaint).toBe(true);
    expect(triage('@AcmeHelp third time the order arrived mislabelled, sort yourselves out').complaint).toBe(true);
  });
});
