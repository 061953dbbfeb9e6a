import { describe, expect, it } from 'vitest';
import { flagged } from './test-profile.js';

describe('a weight the post told, said back (1.15.0)', () => {
  it('blocks the reply that repeats the author’s weight loss', () => {
    expect(flagged('Wow, 85 pounds! So proud of all your hard work.', 'clinical_detail', { post: { text: 'Two years after my bypass and 85 lbs down!' } })).toContain('85 pounds');
  });

  it('lets a weight the post never gave pass as general advice', () => {
    expect(flagged('After most abdominal procedures, avoid lifting more than 10 lbs for a while.', 'clinical_detail', { post: { text: 'Down 40 lbs since January!' } })).not.toContain('10 lbs');
  });
});
