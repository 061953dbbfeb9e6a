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

/** Refuses what production must never accept: short passwords and the published demo password. */
export function passwordProblem(password: string): string | null {
  if (password === DEMO_PASSWORD) return 'the demo password is public; choose another';
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  return null;
}
