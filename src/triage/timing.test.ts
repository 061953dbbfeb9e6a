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
