import { describe, expect, it } from 'vitest';
import { initialListNav, keyToCommand, listNavReducer, type ListNavState } from './listNav.js';

const loaded = (ids: string[]): ListNavState => listNavReducer(initialListNav, { type: 'items', ids });

describe('inbox keyboard navigation', () => {
  it('focuses the first row when rows arrive', () => {
    expect(loaded(['a', 'b']).focusedId).toBe('a');
  });

  it('moves down with next and stops at the last row', () => {
    let s = loaded(['a', 'b']);
    s = listNavReducer(s, { type: 'next' });
    s = listNavReducer(s, { type: 'next' });
    expect(s.focusedId).toBe('b');
  });

  it('moves up with prev and stops at the first row', () => {
    const s = listNavReducer(loaded(['a', 'b']), { type: 'prev' });
    expect(s.focusedId).toBe('a');
  });

  it('keeps focus on the same case when new cases are inserted above it', () => {
    let s = listNavReducer(loaded(['a', 'b']), { type: 'focus', id: 'b' });
    s = listNavReducer(s, { type: 'items', ids: ['new', 'a', 'b'] });
    expect(s.focusedId).toBe('b');
  });

  it('drops selected cases that left the list', () => {
    let s = listNavReducer(loaded(['a', 'b']), { type: 'toggle', id: 'a' });
    s = listNavReducer(s, { type: 'toggle', id: 'b' });
    s = listNavReducer(s, { type: 'items', ids: ['b'] });
    expect(s.selected).toEqual(['b']);
  });

  it('selects all rows and then none', () => {
    let s = listNavReducer(loaded(['a', 'b']), { type: 'toggleAll' });
    expect(s.selected).toEqual(['a', 'b']);
    s = listNavReducer(s, { type: 'toggleAll' });
    expect(s.selected).toEqual([]);
  });

  it('maps shortcut keys to commands but never while typing in a field', () => {
    expect(keyToCommand({ key: 'j' })).toBe('next');
    expect(keyToCommand({ key: '?' })).toBe('help');
    expect(keyToCommand({ key: 'e', targetTag: 'input' })).toBeNull();
    expect(keyToCommand({ key: 'r', targetEditable: true })).toBeNull();
    expect(keyToCommand({ key: 'a', ctrlKey: true })).toBeNull();
    expect(keyToCommand({ key: 'Enter', targetTag: 'BUTTON' })).toBeNull();
    expect(keyToCommand({ key: 'Enter', targetTag: 'TR' })).toBe('open');
  });
});
