// The embedded database is one connection: a query on it from inside one of its own transactions can never run.
import { describe, expect, it } from 'vitest';
import { openPglite } from './db.js';

describe('embedded database', () => {
  it('refuses a query on the database from inside its own transaction instead of hanging, and commits the rest', async () => {
    const db = await openPglite();
    try {
      await db.exec('CREATE TABLE t (n int)');
      const outcome = await db
        .transaction(async (tx) => {
          await tx.query('INSERT INTO t VALUES (1)');
          await db.query('SELECT count(*) FROM t');
        })
        .catch((err: Error) => err.message);
      expect(outcome).toMatch(/inside its own transaction would wait forever/);
      expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM t')).rows[0].n).toBe(0);
      // Queries that do not overlap a transaction, and queries on the transaction itself, run as before.
      await db.transaction((tx) => tx.query('INSERT INTO t VALUES (2)'));
      expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM t')).rows[0].n).toBe(1);
    } finally {
      await db.close();
    }
  }, 20_000);
});
