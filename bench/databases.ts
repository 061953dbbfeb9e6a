// The two database modes a benchmark runs in: embedded PGlite in a temp directory (seeded from the migrated
// template) and a fresh database on a PostgreSQL server, dropped afterwards. Both look like a TestDb.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createTestDb, type TestDb } from '../src/store/test-db.js';
import { openPglite } from '../src/store/db.js';

export type Mode = 'PGlite' | 'PostgreSQL';

export const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function serverReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

export async function freshDatabase(mode: Mode): Promise<TestDb> {
  const saved = process.env.TEST_DATABASE_URL;
  if (mode === 'PostgreSQL') process.env.TEST_DATABASE_URL = SERVER_URL;
  else delete process.env.TEST_DATABASE_URL;
  try {
    const t = await createTestDb();
    if (mode === 'PostgreSQL') return t;
    const dump = await t.db.dumpDataDir!();
    await t.drop();
    const dir = mkdtempSync(join(tmpdir(), 'redress-bench-'));
    const db = await openPglite({ dataDir: join(dir, 'pgdata'), template: dump });
    return {
      db,
      async drop() {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } finally {
    if (saved === undefined) delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = saved;
  }
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface Row {
  benchmark: string;
  mode: Mode;
  size: string;
  result: string;
  goal: string;
}
