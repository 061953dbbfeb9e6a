// Applies the SQL files in ./migrations in order, each in its own transaction, under an advisory lock so that
// several processes starting together migrate once. Start-up uses `schemaStatus` to refuse a stale or newer schema.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';

const dir = fileURLToPath(new URL('./migrations/', import.meta.url));
const MIGRATION_LOCK = 48_151_623;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function knownMigrations(): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(dir + f, 'utf8') }));
}

async function appliedVersions(db: Db): Promise<number[]> {
  const exists = await db.query<{ ok: boolean }>(`SELECT to_regclass('redress_migrations') IS NOT NULL AS ok`);
  if (!exists.rows[0].ok) return [];
  const r = await db.query<{ version: number }>('SELECT version FROM redress_migrations ORDER BY version');
  return r.rows.map((row) => row.version);
}

export type SchemaStatus =
  | { state: 'current'; version: number }
  | { state: 'behind'; version: number; latest: number }
  | { state: 'ahead'; version: number; latest: number };

export async function schemaStatus(db: Db): Promise<SchemaStatus> {
  const applied = await appliedVersions(db);
  const version = applied.at(-1) ?? 0;
  const latest = knownMigrations().at(-1)!.version;
  if (version > latest) return { state: 'ahead', version, latest };
  if (version < latest) return { state: 'behind', version, latest };
  return { state: 'current', version };
}

export function describeSchemaProblem(status: SchemaStatus): string | null {
  if (status.state === 'behind')
    return `The database schema is at version ${status.version}, this build needs ${status.latest}. Run \`redress migrate\` first.`;
  if (status.state === 'ahead')
    return `The database schema is at version ${status.version}, newer than this build knows (${status.latest}). Upgrade Redress before starting it on this database.`;
  return null;
}

/** Applies what is missing; returns the names applied. */
export async function migrate(db: Db): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS redress_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM redress_migrations')).rows.map((r) => r.version));
    const latestDone = Math.max(0, ...done);
    const known = knownMigrations();
    if (latestDone > known.at(-1)!.version) throw new Error(describeSchemaProblem({ state: 'ahead', version: latestDone, latest: known.at(-1)!.version })!);
    for (const m of known) {
      if (done.has(m.version)) continue;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO redress_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.name);
    }
  });
  return applied;
}

/**
 * Splits a migration into statements so each runs through the parameterised query path of both drivers
 * (inside one transaction). Dollar-quoted bodies ($$ … $$) may contain semicolons.
 */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let current = '';
  let inDollar = false;
  for (const line of sql.split('\n')) {
    const trimmed = line.trim();
    if (!inDollar && (trimmed.startsWith('--') || trimmed === '')) continue;
    current += line + '\n';
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inDollar = !inDollar;
    if (!inDollar && trimmed.endsWith(';')) {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
