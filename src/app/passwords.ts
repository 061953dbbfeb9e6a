// Password hashing with argon2id (memory-hard; the OWASP-recommended choice for stored passwords).
import { hash, verify } from '@node-rs/argon2';

export const DEMO_PASSWORD = 'redress-demo';
export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Words every guessing list tries first. Length alone lets "password1234" through; a guesser finds it in seconds.
const GUESSED_FIRST = [
  'password', 'passw0rd', 'p@ssword', 'p@ssw0rd', 'qwerty', 'azerty', 'letmein', 'welcome', 'admin', 'administrator', 'changeme',
  'iloveyou', 'monkey', 'dragon', 'football', 'baseball', 'sunshine', 'princess', 'master', 'secret', 'trustno1', 'abc123',
  'hospital', 'health', 'nurse', 'doctor', 'patient', 'redress', 'summer', 'winter', 'spring', 'autumn', 'fall',
];
const KEYBOARD_RUNS = ['1234567890', '0987654321', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz'];

/** Lowercase letters and digits only, with common substitutions undone, so "P@ssw0rd!" reads as "password". */
function plain(text: string): string {
  return text.toLowerCase().replace(/@/g, 'a').replace(/0/g, 'o').replace(/[$5]/g, 's').replace(/3/g, 'e').replace(/!/g, 'i').replace(/[^a-z0-9]/g, '');
}

/** What is left once guessable parts (common words, keyboard runs, years, the person's own names) are taken out. */
function unguessedPart(password: string, personal: string[]): string {
  let rest = plain(password);
  const parts = [...GUESSED_FIRST.map(plain), ...personal.map(plain).filter((p) => p.length >= 3)].sort((a, b) => b.length - a.length);
  for (const part of parts) rest = rest.split(part).join('');
  for (const run of KEYBOARD_RUNS) for (let n = run.length; n >= 3; n--) for (let i = 0; i + n <= run.length; i++) rest = rest.split(run.slice(i, i + n)).join('');
  return rest.replace(/(19|20)\d\d/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * Refuses what production must never accept: the published demo password, short ones, and ones made only of what
 * guessers try first (common words, keyboard runs, years, repeated characters, the person's own email or name).
 */
export function passwordProblem(password: string, person: { email?: string | null; name?: string | null } = {}): string | null {
  if (password === DEMO_PASSWORD) return 'the demo password is public; choose another';
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  const personal = [person.email ?? '', ...(person.email ?? '').split(/[@.+_-]/), ...(person.name ?? '').split(/\s+/)];
  if (unguessedPart(password, personal).length < 6) return 'is too easy to guess (a common word, a keyboard run, a year or your own name); a few unrelated words work well';
  return null;
}
