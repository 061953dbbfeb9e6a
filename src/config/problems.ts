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
    if (!seen.has(path)) seen.set(path, readable(e.message, e.schema));
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
function readable(message: string, schema: TSchema): string {
  const described = typeof schema.description === 'string' && (typeof schema.pattern === 'string' || typeof schema.format === 'string');
  return described && /^Expected string to match/.test(message) ? `must be ${schema.description}` : message;
}
