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
