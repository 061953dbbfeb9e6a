import { describe, expect, it } from 'vitest';
import { errorsByField, parseFieldPath } from './fieldPath.js';

describe('validation error paths', () => {
  it('reads dotted paths with indexes', () => {
    expect(parseFieldPath('sites[2].timeZone')).toEqual(['sites', 2, 'timeZone']);
  });

  it('reads JSON pointer paths', () => {
    expect(parseFieldPath('/rules/0/when/a~1b')).toEqual(['rules', 0, 'when', 'a/b']);
  });

  it('groups messages under the form field they concern', () => {
    const grouped = errorsByField([
      { path: 'email', message: 'Expected an email address' },
      { path: '/email', message: 'Already in use' },
      { path: '', message: 'Something else' },
    ]);
    expect(grouped.get('email')).toEqual(['Expected an email address', 'Already in use']);
    expect(grouped.get('')).toEqual(['Something else']);
  });
});
