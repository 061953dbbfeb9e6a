import { describe, expect, it } from 'vitest';
import { fullNameKey } from './same-person.js';

describe('fullNameKey', () => {
  it('matches a full name however it is spaced or capitalized', () => {
    expect(fullNameKey('  Maria   LOPEZ ')).toBe('maria lopez');
    expect(fullNameKey('Mary-Ann O’Neil')).toBe('mary-ann o’neil');
    expect(fullNameKey('José Luis Peña')).toBe('josé luis peña');
  });

  it('offers nothing for names that match strangers: a first name, initials, a handle, a placeholder', () => {
    for (const name of ['Maria', 'M. L.', 'J Smith', '@marial88', 'mama_bear 2', 'A Google User', 'Anonymous', '', null]) expect(fullNameKey(name)).toBeNull();
  });
});
