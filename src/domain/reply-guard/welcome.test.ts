import { describe, expect, it } from 'vitest';
import { rulesFor } from './test-profile.js';

describe('welcoming the reader as one of our patients', () => {
  it.each([
    ['Welcome to the Lakeside family! We look forward to meeting everyone.', 'Moved our kids over to Lakeside pediatrics this week'],
    ['Welcome to our practice, and thanks for choosing us.', 'Just booked my first physical with Lakeside'],
    ['¡Bienvenidos a la familia de Lakeside!', 'Cambiamos a toda la familia a Lakeside'],
  ])('blocks %j', (draft, post) => {
    expect(rulesFor(draft, { post: { text: post } })).toContain('care_relationship');
  });

  it('lets the same welcome pass when it greets a new colleague', () => {
    expect(rulesFor('Welcome to the Lakeside family! 🎉', { post: { text: 'First day as a night-shift RN at Lakeside General!' } })).not.toContain('care_relationship');
    expect(rulesFor('Welcome to the Lakeside family, and congrats on the new job!')).not.toContain('care_relationship');
  });
});
