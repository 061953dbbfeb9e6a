// Reply templates arrive rendered with the site's variables; the case-specific ones are filled here,
// and any placeholder still left is reported so the agent replaces it before sending.

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

export interface FilledTemplate {
  text: string;
  missing: string[];
}

export function fillTemplate(template: string, vars: Record<string, string | undefined>): FilledTemplate {
  const missing: string[] = [];
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined || value === '') {
      if (!missing.includes(name)) missing.push(name);
      return whole;
    }
    return value;
  });
  return { text, missing };
}

/** Placeholders left in a draft, as spans for highlighting. */
export function placeholderSpans(text: string): { start: number; end: number; name: string }[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[1] }));
}

/** Only the first name goes in a public reply: less identifying, and warmer. */
export function firstName(displayName: string | undefined | null): string | undefined {
  const first = displayName?.trim().split(/\s+/)[0];
  return first && /^\p{L}/u.test(first) ? first : undefined;
}

/**
 * Whether choosing a template may replace the draft without asking: an empty draft, or one that is still exactly a
 * template as filled in (`filled`), so nothing the agent wrote would be lost.
 */
export function mayReplaceDraft(draft: string, filled: readonly string[]): boolean {
  return draft.trim() === '' || filled.includes(draft);
}

/** `insert` put in place of the selection (or at the caret, start = end), with where the caret goes after it. */
export function insertAt(text: string, insert: string, start: number, end: number): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}
