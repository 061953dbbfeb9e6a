import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { RIVERSIDE } from './test-profile.js';

const timing = (text: string, createdAt?: string) => analyze({ text, createdAt }, RIVERSIDE).timing;

describe('timing', () => {
  it('is now when the author writes from inside the episode of care', () => {
    expect(timing('Sitting in the ER with my son, four hours and counting.')).toBe('now');
    expect(timing('My mother is upstairs and nobody has come to check on her.')).toBe('now');
    expect(timing('Sigo esperando en urgencias desde las ocho.')).toBe('now');
  });

  it('is now for an inpatient stay still going on: the floor, a call bell nobody answers, a discharge about to happen', () => {
    const post = (text: string) => analyze({ text }, RIVERSIDE);
    expect(timing('My dad is on the 4th floor and they want him out by noon.')).toBe('now');
    const bell = post('ER room 14, grandpa pressed the call button 4 times in 45 min. nobody is coming.');
    expect(bell).toMatchObject({ timing: 'now', complaint: true, categories: ['access_wait'] });
    const discharge = post("They're discharging him today but he can't even stand up by himself. Who do I talk to?");
    expect(discharge).toMatchObject({ timing: 'now', complaint: true, categories: ['safety'], severity: 2 });
  });

  it('is past only when the post says it was long ago', () => {
    expect(timing('Years ago I had a terrible experience there.')).toBe('past');
    expect(timing('In 2015 my father was treated badly here.', '2024-05-01T00:00:00Z')).toBe('past');
    expect(timing('El año pasado me trataron fatal.')).toBe('past');
  });

  it('is unknown otherwise, including a year that is the year of writing', () => {
    expect(timing('The nurse was rude to my husband.')).toBe('unknown');
    expect(timing('In 2024 they opened a new wing.', '2024-05-01T00:00:00Z')).toBe('unknown');
  });
});

describe('timing of a wait still going on', () => {
  it('is now for a wait measured so far or still without what it waits for', () => {
    expect(timing("I've been sitting here 5 HOURS in the ER and still no doctor")).toBe('now');
    expect(timing('been in the waiting room since 6am')).toBe('now');
    expect(timing('4 hours and counting in the ER')).toBe('now');
    expect(timing('Day 3 in the hospital and still no diagnosis')).toBe('now');
    expect(timing('still no doctor after 3 hours')).toBe('now');
  });

  it('is now for the Spanish "llevo / lleva ... horas"', () => {
    expect(timing('llevo 4 horas en urgencias')).toBe('now');
    expect(timing('Mi madre lleva dos días en un pasillo')).toBe('now');
  });

  it('is not now for a wait told as a finished story', () => {
    expect(timing('I was in the ER for 5 hours last month')).not.toBe('now');
    expect(timing('I had been waiting for 5 hours when they finally called me')).not.toBe('now');
    expect(timing('My dad was in the ER for 8 hours last week and nobody told us anything')).not.toBe('now');
    expect(timing('Waited 4 hours and still no doctor, so we left')).not.toBe('now');
    expect(timing('Estuve 4 horas en urgencias el mes pasado')).not.toBe('now');
  });

  it('keeps a wait now when it runs on from a past point', () => {
    expect(timing('Came in two hours ago and still no doctor')).toBe('now');
    expect(timing('Been waiting since last night for a bed')).toBe('now');
  });
});

describe('a night already over', () => {
  it('reads a wait told after getting home as no longer going on, and a wait still counting as a complaint now', () => {
    const over = analyze({ text: 'Northside ER wait times are insane right now, anyone else? Took my wife in last night around 8. Got home at 5:15 this morning.' }, RIVERSIDE);
    expect(over.timing).not.toBe('now');
    const ongoing = analyze({ text: 'Sitting in the Northside ER right now, 4 hours and counting.' }, RIVERSIDE);
    expect([ongoing.timing, ongoing.complaint, ongoing.categories]).toEqual(['now', true, ['access_wait']]);
  });

describe('someone on site as they write', () => {
  it('is now when the author or a relative is, in the present tense, in a place of the hospital', () => {
    expect(timing('My wife is coughing up blood in your ER lobby, please send someone.')).toBe('now');
    expect(timing("We're in triage with my daughter and nobody has looked at her arm.")).toBe('now');
    expect(timing('My 90 year old dad is lying on a gurney in the hallway outside radiology.')).toBe('now');
    expect(timing("She's in room 508 and her call light has been on for an hour.")).toBe('now');
    expect(timing('I am at the emergency department with my son and the nurse just rolled her eyes at us.')).toBe('now');
  });

  it('is not now for the past tense, a job in the ER, or a place that is no place in a hospital', () => {
    expect(timing('My husband was vomiting blood in your ER waiting room and nobody came.')).toBe('unknown');
    expect(timing('My sister is a nurse in your ER and even she was shocked.')).toBe('unknown');
    expect(timing('We are in a hospital, not a hotel, so I did not expect much.')).toBe('unknown');
    expect(timing('My son is in the ER again last week, this time with a broken arm.')).not.toBe('now');
  });
});
});
