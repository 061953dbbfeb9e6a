import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.js';

const users = [
  { id: '1', email: 'ana.lopez@example.org', name: 'Ana Lopez' },
  { id: '2', email: 'sam@example.org', name: 'Sam Reed' },
];

describe('@mentions', () => {
  it('finds people by email or by First.Last, once each', () => {
    expect(findMentions('@ana.lopez@example.org please call; cc @Sam.Reed and @sam.reed.', users).map((u) => u.id)).toEqual(['1', '2']);
  });

  it('ignores email addresses that are not mentions and unknown names', () => {
    expect(findMentions('wrote to ana.lopez@example.org, @nobody', users)).toEqual([]);
  });
});
