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
