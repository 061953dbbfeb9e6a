// One small interface over both databases: PGlite (embedded Postgres in WASM, the quick-start default)
// and a PostgreSQL server through node-postgres. Everything else in the product speaks only `Db`.
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { listenWithReconnect } from './pg-listener.js';
import { AsyncLocalStorage } from 'node:async_hooks';

export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: all of it is written, or none of it. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs one or several statements without parameters; returns the rows of the last one. */
  exec(sql: string): Promise<unknown[]>;
  close(): Promise<void>;
  /**
   * Calls `onMessage` for every pg_notify on `channel` (committed transactions only); returns an unsubscribe.
   * `onResume` is called when listening starts again after a lost connection (notifications in between are lost).
   */
  listen(channel: string, onMessage: (payload: string) => void, onResume?: () => void): Promise<() => Promise<void>>;
  /** Embedded only: the whole data directory as a tarball. */
  dumpDataDir?(): Promise<Blob>;
}

// node-postgres returns int8 and numeric as strings to protect precision; counts and ids here fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function openPostgres(connectionString: string, max = 10): Db {
  const pool = new pg.Pool({ connectionString, max, application_name: 'redress' });
  // An idle client that loses its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    async query<T>(sql: string, params?: unknown[]) {
      const r = await pool.query(sql, params as unknown[]);
      return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          async query<R>(sql: string, params?: unknown[]) {
            const r = await client.query(sql, params as unknown[]);
            return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async exec(sql: string) {
      const r = (await pool.query(sql)) as unknown as pg.QueryResult | pg.QueryResult[];
      return Array.isArray(r) ? (r.at(-1)?.rows ?? []) : r.rows;
    },
    listen: (channel, onMessage, onResume) => listenWithReconnect(connectionString, channel, { onMessage, onResume }),
    close: once(() => pool.end()),
  };
}

/** Closing twice (a runtime and the test that owns its database) must not throw. */
function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => (done ??= fn());
}

/** Opens the embedded database; without `dataDir` it lives in memory (tests), optionally loaded from a tarball. */
export async function openPglite(options: { dataDir?: string; template?: Blob } = {}): Promise<Db> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const lite = await PGlite.create({ dataDir: options.dataDir ?? 'memory://', loadDataDir: options.template });
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params?: unknown[]) {
      const r = await q.query<T>(sql, params as unknown[]);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
  });
  const self = wrap(lite);
  // PGlite is one connection: a query on the database itself from inside one of its transactions waits for that
  // transaction, which waits for the query, and the whole server hangs. Say so at once instead.
  // Only while that transaction is open: a timer it started may query once it has ended.
  const insideTransaction = new AsyncLocalStorage<{ open: boolean }>();
  const notInsideTransaction = () => {
    if (insideTransaction.getStore()?.open) throw new Error('A query on the embedded database from inside its own transaction would wait forever: run it on the transaction (tx).');
  };
  return {
    kind: 'pglite',
    async query<T>(sql: string, params?: unknown[]) {
      notInsideTransaction();
      return self.query<T>(sql, params);
    },
    async transaction(fn) {
      notInsideTransaction();
      const state = { open: true };
      try {
        return await lite.transaction((tx) => insideTransaction.run(state, () => fn(wrap(tx))));
      } finally {
        state.open = false;
      }
    },
    async exec(sql: string) {
      notInsideTransaction();
      const results = await lite.exec(sql);
      return results.at(-1)?.rows ?? [];
    },
    async listen(channel, onMessage) {
      // A notification arrives as its transaction commits; what the listener does is no part of that transaction.
      const unsubscribe = await lite.listen(channel, (payload) => insideTransaction.exit(() => onMessage(payload)));
      return async () => unsubscribe();
    },
    close: once(() => lite.close()),
    dumpDataDir: () => lite.dumpDataDir('none'),
  };
}
