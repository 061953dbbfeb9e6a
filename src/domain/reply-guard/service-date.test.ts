import { describe, expect, it } from 'vitest';
import { checkReply } from './check.js';
import { TEST_PROFILE, flagged, rulesFor } from './test-profile.js';

describe('dates of service', () => {
  it.each([
    ["We're sorry about the wait on March 3rd.", 'March 3rd'],
    ['The lobby was crowded on 10/14.', '10/14'],
    ['Things were busy on the 12th of January.', '12th of January'],
    ['We apologize for the confusion when you came in last Tuesday.', 'last Tuesday'],
    ['The front desk was unhelpful when you checked in at 3 a.m.', 'at 3 a.m'],
    ["Regarding Tuesday night's ER visit, we're reviewing it.", 'Tuesday night'],
    ['We looked into what happened around 3 am and spoke with the charge nurse.', '3 am'],
    ['Lamentamos la espera del 14 de febrero.', '14 de febrero'],
    ['Sentimos la espera cuando vino el martes pasado.', 'el martes pasado'],
    ["Saturday's triage delays were caused by a multi-car accident.", "Saturday's"],
    ["sorry abt your 7:45am appt getting bumped!!", '7:45am'],
    ['Lamentamos que el martes pasado haya tenido que esperar tanto.', 'el martes pasado'],
    ["Yesterday's discharge should not have taken 9 hours.", 'Yesterday'],
    ['Your follow-up got moved to Monday the 22nd at 10.', 'Monday the 22nd'],
  ])('blocks %j', (draft, span) => {
    expect(flagged(draft, 'service_date')[0]).toContain(span);
  });

  it('lets relative dates pass when the sentence is not about a visit', () => {
    expect(rulesFor('Thank you for reaching out yesterday. We updated our parking last week.')).toEqual([]);
  });

  it.each([
    'For the safety of everyone inside, all visitors must enter through the emergency entrance after 9 pm.',
    'Tours of our maternity floor are offered every Saturday at 10 am to anyone who registers.',
  ])('lets a time that recurs or applies to everyone pass: %s', (draft) => {
    expect(rulesFor(draft)).toEqual([]);
  });

  it('lets opening hours pass', () => {
    expect(rulesFor('Please call (555) 010-0100, Monday through Friday, 8 a.m. to 5 p.m.')).toEqual([]);
  });

  it('does not read a floor number as a date', () => {
    expect(rulesFor('The vending machine on the 3rd floor has been fixed.')).toEqual([]);
  });

  it('only warns about a date in an announcement that addresses nobody', () => {
    const draft = 'The flu shot clinic at our North campus runs Saturday, November 8. Walk-ins welcome!';
    expect(checkReply(draft, { profile: TEST_PROFILE }).verdict).toBe('warn');
    expect(checkReply("We're sorry about the wait on November 8.", { profile: TEST_PROFILE }).verdict).toBe('block');
  });

  it('reads opening hours as ours, not a visit', () => {
    expect(checkReply('Our imaging center is open from 7 am to 7 pm.', { profile: TEST_PROFILE }).verdict).not.toBe('block');
  });

  it('always blocks a numeric date, which reads as a record being looked up', () => {
    expect(checkReply('We checked the log for 11/3 and see the delay.', { profile: TEST_PROFILE }).verdict).toBe('block');
  });

  it('lets the date of a career fair pass, and blocks a time told with the reader\'s arrival', () => {
    expect(rulesFor('Our recruiters will be at the career fair on 4/22, stop by!')).not.toContain('service_date');
    expect(rulesFor('Sorry the lab was locked when you got there at 6:55 this morning.')).toContain('service_date');
  });

  it('reads a range of times as a schedule, unless it is one night looked into', () => {
    expect(rulesFor('Thanks for flagging this. Shift change crowds the lots between 6:45 and 7:30, so we are adding an attendant.')).not.toContain('service_date');
    expect(rulesFor('We looked into it: between 1 and 4 a.m. that night, the ED had three trauma activations.')).toContain('service_date');
  });
});

describe('apologies for a named day', () => {
  it.each([
    ['So sorry about Sunday night. The ER was slammed.', 'Sunday night'],
    ['sorry abt yesterday morning, the lab opened late', 'yesterday morning'],
    ['Lamentamos lo ocurrido el sábado en la farmacia.', 'el sábado'],
  ])('blocks %j', (draft, span) => {
    expect(flagged(draft, 'service_date')).toEqual([span]);
  });

  it('lets a weekday schedule pass', () => {
    expect(rulesFor('Our pharmacy is open every Sunday from 9 am to 5 pm.')).toEqual([]);
  });
});

describe('service dates (1.8.0)', () => {
  it('counts being kept or left waiting as the visit a time belongs to', () => {
    expect(flagged('Sorry you were left waiting at 4:15 this morning.', 'service_date')).toEqual(['at 4:15', 'this morning']);
  });

  it('counts "la espera" as the visit a Spanish relative day belongs to', () => {
    expect(rulesFor('Lamentamos la espera del martes pasado.')).toContain('service_date');
  });

  it('reads "every first Saturday" and "el primer sábado de cada mes" as schedules', () => {
    expect(rulesFor('Story time is every first Saturday at 10 am in the lobby, and everyone is welcome.')).toEqual([]);
    expect(rulesFor('La clase es el primer sábado de cada mes a las 10 am.')).toEqual([]);
  });
});

describe('service dates (1.9.0)', () => {
  it("blocks the reader's standing days of care", () => {
    expect(rulesFor('Sorry the chairs are so stiff on your Mon/Wed/Fri runs.')).toContain('service_date');
    expect(rulesFor('We will pass this on before your Thursday infusion.')).toContain('service_date');
  });

  it("lets a single day's shift pass: it may be an employee's", () => {
    expect(rulesFor('Thank you for covering your Sunday shift, it means a lot.')).not.toContain('service_date');
  });

  it('blocks how busy we were at a past time, told in answer to an apology', () => {
    expect(rulesFor("We're so sorry. Over the long weekend our walk-in clinic had record volumes.")).toContain('service_date');
  });

  it('keeps a rule for everyone a schedule even in a sentence that thanks the reader', () => {
    expect(rulesFor('Thanks for asking, and all visitors use the south doors after 8 pm.')).not.toContain('service_date');
  });
});

describe('service dates (1.10.0)', () => {
  it.each([
    'Our clinic sees sports physicals Thursdays 3–6 pm.',
    'The lab in our east building draws blood Monday through Friday from 6:30 am.',
    'Nuestra clínica atiende de lunes a viernes a las 7 am.',
  ])('reads days in the plural or as a span as a schedule: %s', (draft) => {
    expect(rulesFor(draft)).not.toContain('service_date');
  });

  it('reads "save the date" and an info night as an invitation, warned about only', () => {
    expect(checkReply('Save the date: our clinic hosts a diabetes info night on May 14 at 7 pm.', { profile: TEST_PROFILE }).verdict).toBe('warn');
    expect(rulesFor('Mark your calendars, our Q&A night is June 2.')).not.toContain('service_date');
  });
});

describe('times of our own follow-up (1.11.0)', () => {
  it('lets the time we discussed or shared a concern pass', () => {
    expect(rulesFor('I shared your concerns with our ER director this morning.')).not.toContain('service_date');
    expect(rulesFor('Your comments were reviewed with the floor leadership yesterday.')).not.toContain('service_date');
  });

  it('still blocks the time of the visit, even after a follow-up verb', () => {
    expect(rulesFor('We reviewed your visit last Tuesday with the team.')).toContain('service_date');
    expect(rulesFor('She was triaged at 2:15 and seen soon after.')).toContain('service_date');
  });
});

describe('dates of service (1.12.0)', () => {
  it('reads a rule for everyone as a schedule: "after 9 pm everyone enters through the ED"', () => {
    expect(flagged('Visitors can park in Lot B, and after 9 pm everyone enters through the emergency department entrance.', 'service_date')).toEqual([]);
  });

  it('blocks the day the reader is booked in: "see you Wednesday for your session"', () => {
    expect(flagged('Gene, you are family to us too! See you Wednesday for your session.', 'service_date')).toEqual(['Wednesday']);
    expect(flagged('See you Saturday at the health fair!', 'service_date')).toEqual([]);
  });

  it('blocks a relative date on having seen the reader, or on their reaching out for help', () => {
    expect(flagged('It was great seeing you and the kids last week.', 'service_date')).toEqual(['last week']);
    expect(flagged("We're so glad you reached out yesterday.", 'service_date')).toEqual(['yesterday']);
    expect(flagged('Thanks for writing to us yesterday about parking.', 'service_date')).toEqual([]);
  });
});

describe('a time of day at urgent care (1.13.0)', () => {
  it('blocks a time of the reader at urgent care, or one that went well for them', () => {
    expect(flagged('Glad Friday evening went well for you at urgent care!', 'service_date')).toEqual(['Friday evening']);
    expect(flagged('Hope Monday morning went fast for you.', 'service_date')).toEqual(['Monday morning']);
    expect(flagged('Our pharmacy gives flu shots at the front counter this Saturday morning.', 'service_date')).toEqual([]);
  });
});

describe('a time of a quick or counted visit (1.14.0)', () => {
  it.each([
    ['a quick visit on a day', 'So glad we got you in and out last Friday!'],
    ['the reader counted as a first patient', 'You were our first patient Tuesday morning!'],
    ['a time of night of ER visits', '3 a.m. ER visits are rough, hope you are resting.'],
  ])('blocks %s', (_, draft) => {
    expect(rulesFor(draft)).toContain('service_date');
  });
});

describe('a holiday in a sentence about when we are open (1.14.0)', () => {
  it('lets it pass in an answer to the reader', () => {
    expect(rulesFor('Yes, our urgent care is open 24/7, including New Year’s Day.', { post: { text: 'Are you open on New Year’s Day?' } })).not.toContain('service_date');
  });
  it('still blocks it when the sentence looks back on a visit', () => {
    expect(rulesFor('Sorry the wait was so long on Christmas Eve, even though we are open all year.')).toContain('service_date');
  });
});

describe('"today" as the day of care (1.15.0)', () => {
  it('blocks a day of care told back by staff', () => {
    expect(flagged('Our therapist said he was a champ today!', 'service_date', { post: { text: 'Took my son to speech therapy' } })).toContain('today');
  });

  it('lets the time of our own follow-up pass', () => {
    expect(flagged('Our charge nurse will call you back tonight.', 'service_date')).toEqual([]);
    expect(flagged('Please call so we can connect you with the unit manager today.', 'service_date')).toEqual([]);
  });
});
