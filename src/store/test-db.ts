// Test databases: an in-memory PGlite by default, or a fresh database on the PostgreSQL server named by
// TEST_DATABASE_URL, so the same suites prove the same behaviour on both (`.ci/run` runs them twice).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres, type Db } from './db.js';
import { knownMigrations, migrate } from './migrate.js';

export interface TestDb {
  db: Db;
  /** Connection string of the fresh database when on a server (for child processes), else undefined. */
  url?: string;
  drop(): Promise<void>;
}

export const onServer = Boolean(process.env.TEST_DATABASE_URL);

/** A fresh, empty database; `migrated` applies the schema. */
export async function createTestDb({ migrated = true } = {}): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = migrated ? await openPglite({ template: await migratedTemplate() }) : await openPglite();
    return { db, drop: () => db.close() };
  }
  const name = `redress_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  if (migrated) await migrate(db);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * A migrated PGlite data directory as a tarball, made once per schema and reused: loading it takes under a
 * second where initdb plus migrations take several, which keeps the suite fast on two cores.
 */
async function migratedTemplate(): Promise<Blob> {
  const hash = createHash('sha256').update(knownMigrations().map((m) => m.sql).join('\n')).digest('hex').slice(0, 16);
  const file = join(tmpdir(), `redress-pglite-template-${hash}.tar`);
  if (!existsSync(file)) {
    const db = await openPglite();
    await migrate(db);
    const dump = await db.dumpDataDir!();
    await db.close();
    const temp = `${file}.${process.pid}`;
    writeFileSync(temp, Buffer.from(await dump.arrayBuffer()));
    renameSync(temp, file); // atomic: parallel test files never read half a template
  }
  return new Blob([readFileSync(file)]);
}
