// Turns TypeBox validation errors into `{ path, message }` with readable paths (`sites[2].timeZone`),
// the shape every boundary (config, HTTP, CLI, jobs) reports problems in.
import type { TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import './formats.js';

export interface Problem {
  path: string;
  message: string;
}

export function pointerToPath(pointer: string, prefix = ''): string {
  const parts = pointer.split('/').filter(Boolean).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = prefix;
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out || '(root)';
}

/** Every problem of `value` against `schema`, one per path (the first message for that path wins). */
export function schemaProblems(schema: TSchema, value: unknown, prefix = ''): Problem[] {
  const seen = new Map<string, string>();
  for (const e of Value.Errors(schema, value)) {
    const path = pointerToPath(e.path, prefix);
    // Union failures repeat per branch; the first message is the most useful.
    if (!seen.has(path)) seen.set(path, readable(e.message, e.schema, path));
  }
  return [...seen].map(([path, message]) => ({ path, message }));
}

/** Validates and fills defaults; returns the typed value or the problems. */
export function check<T extends TSchema>(schema: T, value: unknown, prefix = ''): { ok: true; value: import('@sinclair/typebox').Static<T> } | { ok: false; problems: Problem[] } {
  const withDefaults = Value.Default(schema, structuredClone(value));
  const problems = schemaProblems(schema, withDefaults, prefix);
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: withDefaults as import('@sinclair/typebox').Static<T> };
}

/** "Expected string to match '^[^@\\s]+@…$'" means nothing to a person; the field's description says what it must be. */
function readable(message: string, schema: TSchema, path: string): string {
  if (message === 'Unexpected property') return unknownField(path.slice(path.lastIndexOf('.') + 1), Object.keys(schema.properties ?? {}));
  const described = typeof schema.description === 'string' && (typeof schema.pattern === 'string' || typeof schema.format === 'string');
  return described && /^Expected string to match/.test(message) ? `must be ${schema.description}` : message;
}

/** An unknown key, with the known one it was most likely meant to be ("timezone" for timeZone, "publicPhones" for publicPhone). */
function unknownField(key: string, known: string[]): string {
  const near = known.find((k) => k.toLowerCase() === key.toLowerCase()) ?? known.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
  return near ? `is not a known field: did you mean "${near}"?` : `is not a known field (known here: ${known.join(', ')})`;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
