import { describe, expect, it } from 'vitest';
import { insertMention, matchPeople, mentionAt, mentionToken } from './mentions.js';

describe('note mentions', () => {
  it('finds the @word under the caret', () => {
    expect(mentionAt('Please ask @ana', 15)).toEqual({ start: 11, text: 'ana' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, text: '' });
  });

  it('ignores @ inside words such as email addresses', () => {
    expect(mentionAt('mail bob@example', 16)).toBeNull();
  });

  it('replaces the partial mention with the chosen person and a space', () => {
    const q = mentionAt('ask @an now', 7)!;
    expect(insertMention('ask @an now', q, 7, 'ana@example.org')).toEqual({ text: 'ask @ana@example.org  now', caret: 21 });
  });

  it('matches people by name or email start', () => {
    const people = [
      { email: 'ana@x.org', name: 'Ana Lopez' },
      { email: 'bo@x.org', name: 'Bo Diaz' },
    ];
    expect(matchPeople(people, 'diaz').map((p) => p.name)).toEqual(['Bo Diaz']);
    expect(matchPeople(people, 'an').map((p) => p.name)).toEqual(['Ana Lopez']);
    expect(mentionToken({ email: '', name: 'Bo  Diaz' })).toBe('Bo.Diaz');
  });
});
