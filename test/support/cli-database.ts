// A migrated database with the tiny organization for `redress` child processes: a fresh database on the server
// (TEST_DATABASE_URL), else an embedded data directory seeded from the migrated template.
import { join } from 'node:path';
import { createTestDb, type TestDb } from '../../src/store/test-db.js';
import { openPglite } from '../../src/store/db.js';
import { loadTinyOrg } from './api-runtime.js';

export interface CliDatabase {
  /** Environment that points `redress` at this database. */
  env: NodeJS.ProcessEnv;
  /** The server database, when there is one; embedded data belongs to whichever process opens it. */
  server?: TestDb;
  dataDir?: string;
  /** Rows of `sql`; embedded: only while no child holds the data. */
  rows<T>(sql: string): Promise<T[]>;
  /** Number of rows `sql` counts (`SELECT count(*)::int AS n …`), with the same restriction. */
  count(sql: string): Promise<number>;
  drop(): Promise<void>;
}

export async function cliDatabase(dir: string): Promise<CliDatabase> {
  const t = await createTestDb();
  await loadTinyOrg(t);
  if (t.url) {
    const rows = async <T>(sql: string) => (await t.db.query<T>(sql)).rows;
    return { env: { DATABASE_URL: t.url }, server: t, rows, count: counter(rows), drop: () => t.drop() };
  }
  const dump = await t.db.dumpDataDir!();
  await t.drop();
  const dataDir = join(dir, 'data');
  const seeded = await openPglite({ dataDir: join(dataDir, 'pgdata'), template: dump });
  await seeded.close();
  const rows = async <T>(sql: string) => {
    const db = await openPglite({ dataDir: join(dataDir, 'pgdata') });
    try {
      return (await db.query<T>(sql)).rows;
    } finally {
      await db.close();
    }
  };
  return { env: { REDRESS_DATA_DIR: dataDir }, dataDir, rows, count: counter(rows), drop: async () => undefined };
}

function counter(rows: CliDatabase['rows']): CliDatabase['count'] {
  return async (sql) => (await rows<{ n: number }>(sql))[0].n;
}
