// What a password must not be: the length rule alone let "password1234" and one's own email address through.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, passwordProblem } from './passwords.js';

describe('passwordProblem', () => {
  const person = { email: 'nora.quinn@example.org', name: 'Nora Quinn' };

  it.each([
    ['a common word and digits', 'password1234'],
    ['a substituted common word', 'P@ssw0rd!2024'],
    ['a keyboard run', 'qwertyuiop12'],
    ['repeated characters', 'aaaaaaaaaaaa'],
    ['the person’s email', 'nora.quinn@example.org'],
    ['the person’s name and a year', 'NoraQuinn1987'],
    ['the hospital’s own words', 'hospital2025!'],
  ])('refuses %s', (_, password) => {
    expect(passwordProblem(password, person)).toMatch(/too easy to guess/);
  });

  it('refuses the demo password and short ones with their own reasons', () => {
    expect(passwordProblem(DEMO_PASSWORD)).toMatch(/demo password is public/);
    expect(passwordProblem('short')).toMatch(/at least 12 characters/);
  });

  it.each([['unrelated words', 'marigold harbour lantern'], ['a generated one', 'kZ3v9QpL2wXr'], ['a sentence', 'my cat eats tulips at noon']])(
    'accepts %s',
    (_, password) => {
      expect(passwordProblem(password, person)).toBeNull();
    },
  );
});
