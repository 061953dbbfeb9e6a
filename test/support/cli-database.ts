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
  /** Number of rows `sql` counts (`SELECT count(*)::int AS n …`); embedded: only while no child holds the data. */
  count(sql: string): Promise<number>;
  drop(): Promise<void>;
}

export async function cliDatabase(dir: string): Promise<CliDatabase> {
  const t = await createTestDb();
  await loadTinyOrg(t);
  if (t.url) {
    return {
      env: { DATABASE_URL: t.url },
      server: t,
      count: async (sql) => (await t.db.query<{ n: number }>(sql)).rows[0].n,
      drop: () => t.drop(),
    };
  }
  const dump = await t.db.dumpDataDir!();
  await t.drop();
  const dataDir = join(dir, 'data');
  const seeded = await openPglite({ dataDir: join(dataDir, 'pgdata'), template: dump });
  await seeded.close();
  return {
    env: { REDRESS_DATA_DIR: dataDir },
    dataDir,
    async count(sql) {
      const db = await openPglite({ dataDir: join(dataDir, 'pgdata') });
      try {
        return (await db.query<{ n: number }>(sql)).rows[0].n;
      } finally {
        await db.close();
      }
    },
    drop: async () => undefined,
  };
}
