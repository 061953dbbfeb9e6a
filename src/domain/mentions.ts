// @mentions in internal notes: `@ana.lopez@example.org` (an email) or `@Ana.Lopez` (first.last, any case).
export interface Mentionable {
  id: string;
  email: string;
  name: string;
}

const MENTION = /(^|[\s(])@([\p{L}\p{N}._%+-]+(?:@[\p{L}\p{N}.-]+\.[\p{L}]{2,})?)/gu;

const slug = (name: string) => name.trim().toLowerCase().replace(/\s+/g, '.');

export function findMentions<T extends Mentionable>(text: string, users: T[]): T[] {
  const found = new Map<string, T>();
  for (const m of text.matchAll(MENTION)) {
    const token = m[2].toLowerCase().replace(/[.]+$/, '');
    const user = users.find((u) => u.email.toLowerCase() === token || slug(u.name) === token);
    if (user) found.set(user.id, user);
  }
  return [...found.values()];
}
