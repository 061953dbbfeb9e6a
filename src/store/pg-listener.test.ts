import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDb, onServer, type TestDb } from './test-db.js';
import { listenWithReconnect } from './pg-listener.js';

const until = async (check: () => boolean, what: string) => {
  for (const end = Date.now() + 10_000; Date.now() < end; ) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
};

// Only a server can drop a connection; PGlite's listener lives in the same process.
describe.skipIf(!onServer)('listening on a PostgreSQL server', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ migrated: false });
  });
  afterAll(() => t?.drop());

  it('listens again after the server drops its connection, and says so', async () => {
    const heard: string[] = [];
    let resumed = 0;
    const stop = await listenWithReconnect(t.url!, 'listener_test', { onMessage: (p) => heard.push(p), onResume: () => resumed++, delayMs: 50 });
    try {
      await t.db.query(`SELECT pg_notify('listener_test', 'before')`);
      await until(() => heard.includes('before'), 'the first notification');

      const admin = new pg.Client({ connectionString: t.url });
      await admin.connect();
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'redress-listen' AND datname = current_database()`,
      );
      await admin.end();
      expect(killed.rows).toEqual([{ ok: true }]);

      await until(() => resumed === 1, 'the listener to come back');
      await t.db.query(`SELECT pg_notify('listener_test', 'after')`);
      await until(() => heard.includes('after'), 'a notification after the reconnect');
      expect(heard).toEqual(['before', 'after']);
    } finally {
      await stop();
    }
  });

  it('refuses to start on a database it cannot reach', async () => {
    const url = new URL(t.url!);
    url.pathname = '/redress_no_such_database';
    await expect(listenWithReconnect(url.toString(), 'listener_test', { onMessage: () => undefined })).rejects.toThrow(/does not exist/);
  });
});
