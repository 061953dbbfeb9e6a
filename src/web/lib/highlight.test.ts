import { describe, expect, it } from 'vitest';
import { segmentText } from './highlight.js';

describe('segmentText', () => {
  it('marks an evidence span and leaves the rest plain', () => {
    const segs = segmentText('Waited 4 hours in the ER', [{ start: 7, end: 14, label: 'category' }]);
    expect(segs.map((s) => [s.text, s.labels])).toEqual([
      ['Waited ', []],
      ['4 hours', ['category']],
      [' in the ER', []],
    ]);
  });

  it('splits overlapping spans so each piece lists every label covering it', () => {
    const segs = segmentText('abcdef', [
      { start: 0, end: 4, label: 'a' },
      { start: 2, end: 6, label: 'b' },
    ]);
    expect(segs.map((s) => [s.text, s.labels])).toEqual([
      ['ab', ['a']],
      ['cd', ['a', 'b']],
      ['ef', ['b']],
    ]);
  });

  it('ignores empty and out-of-range spans instead of breaking the text', () => {
    const segs = segmentText('hello', [
      { start: 3, end: 3, label: 'x' },
      { start: 4, end: 99, label: 'y' },
      { start: 9, end: 12, label: 'z' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe('hello');
    expect(segs).toEqual([
      { text: 'hell', start: 0, end: 4, labels: [] },
      { text: 'o', start: 4, end: 5, labels: ['y'] },
    ]);
  });

  it('returns a single plain segment when there is no evidence', () => {
    expect(segmentText('calm', [])).toEqual([{ text: 'calm', start: 0, end: 4, labels: [] }]);
  });
});
