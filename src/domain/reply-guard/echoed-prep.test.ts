import { describe, expect, it } from 'vitest';
import { checkReply } from './check.js';
import { flagged, TEST_PROFILE } from './test-profile.js';

describe('the preparation for a procedure the post told of (1.15.0)', () => {
  it('blocks "prep" said back to someone who wrote of their bowel prep', () => {
    const ctx = { post: { text: 'The bowel prep for my scope was the worst night of my life.' } };
    expect(flagged('Ugh, the prep really is the hardest part!', 'clinical_detail', ctx)).toContain('the prep');
    expect(checkReply('Ugh, the prep really is the hardest part!', { profile: TEST_PROFILE, ...ctx }).verdict).toBe('block');
  });

  it('lets "prep" pass when the post named no procedure', () => {
    expect(flagged('Our kitchen staff start meal prep at 5 am.', 'clinical_detail', { post: { text: 'The cafeteria breakfast was cold.' } })).toEqual([]);
  });
});
