import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from './test-db.js';
import { knownMigrations, migrate, schemaStatus, splitStatements } from './migrate.js';

describe('migrations', () => {
  let t: TestDb;
  afterEach(() => t?.drop());

  it('brings an empty database to the latest version and reports it current', async () => {
    t = await createTestDb({ migrated: false });
    expect((await schemaStatus(t.db)).state).toBe('behind');
    const applied = await migrate(t.db);
    expect(applied).toEqual(knownMigrations().map((m) => m.name));
    expect(await schemaStatus(t.db)).toEqual({ state: 'current', version: knownMigrations().at(-1)!.version });
  });

  it('is a no-op the second time', async () => {
    t = await createTestDb();
    expect(await migrate(t.db)).toEqual([]);
  });

  it('refuses to start on a schema newer than the build', async () => {
    t = await createTestDb();
    await t.db.query(`INSERT INTO redress_migrations (version, name) VALUES (999, '999_future.sql')`);
    expect((await schemaStatus(t.db)).state).toBe('ahead');
    await expect(migrate(t.db)).rejects.toThrow(/newer than this build/);
  });

  it('keeps the audit log append-only even for the application', async () => {
    t = await createTestDb();
    await t.db.query(`INSERT INTO audit_log (actor_label, action, entity_type) VALUES ('x', 'read', 'case')`);
    await expect(t.db.query(`UPDATE audit_log SET action = 'y'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });
});

describe('splitStatements', () => {
  it('keeps dollar-quoted function bodies whole', () => {
    const sql = 'CREATE TABLE a (x int);\nCREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND $$ LANGUAGE plpgsql;\n';
    expect(splitStatements(sql)).toHaveLength(2);
  });
});
