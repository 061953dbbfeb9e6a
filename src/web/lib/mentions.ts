// @mention autocompletion in notes: what is being typed, and what to insert for a chosen person.

export interface MentionQuery {
  start: number;
  text: string;
}

/** The @word the caret is in, if any (`@` at the start or after whitespace). */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([\w.\-]*)$/.exec(before);
  if (!match) return null;
  return { start: caret - match[2].length - 1, text: match[2] };
}

/** Mentions use the email's local part the server understands (`@ana.lopez`), never spaces. */
export function mentionToken(person: { email: string; name: string }): string {
  return person.email || person.name.trim().split(/\s+/).join('.');
}

export function insertMention(text: string, query: MentionQuery, caret: number, token: string): { text: string; caret: number } {
  const inserted = `@${token} `;
  return { text: text.slice(0, query.start) + inserted + text.slice(caret), caret: query.start + inserted.length };
}

export function matchPeople<P extends { email: string; name: string }>(people: P[], query: string, limit = 6): P[] {
  const q = query.toLowerCase();
  return people.filter((p) => p.name.toLowerCase().includes(q) || p.email.toLowerCase().startsWith(q)).slice(0, limit);
}
