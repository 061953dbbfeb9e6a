// The one API harness for tests: a full Runtime over a fresh test database (PGlite in memory, or TEST_DATABASE_URL),
// with the tiny organization (or the demo health system and its posts) loaded and the admin signed in through the
// API: what a running `redress serve` would hold, driven with `inject` (no port).
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { createTestDb, type TestDb } from '../../src/store/test-db.js';
import { openPostgres } from '../../src/store/db.js';
import { readEnv } from '../../src/config/env.js';
import { applyConfig } from '../../src/app/apply-config.js';
import { loadConfigFile } from '../../src/config/load-file.js';
import { DEMO_PASSWORD, hashPassword } from '../../src/app/passwords.js';
import { buildServer } from '../../src/server/app.js';
import { sessionHeadersOf, type SessionHeaders } from '../../src/server/session-headers.js';
import { runtimeOver, type Runtime } from '../../src/app/runtime.js';
import { processPosts } from '../../src/app/process-post.js';
import { JOBS } from '../../src/jobs/definitions.js';
import { DEMO_CONFIG_PATH, demoPosts } from '../../src/demo/load.js';

export const TINY_ORG_PATH = fileURLToPath(new URL('./tiny-org.yaml', import.meta.url));
export const ADMIN_EMAIL = 'admin@example.org';

export interface ApiHarness {
  rt: Runtime;
  app: FastifyInstance;
  test: TestDb;
  /** Headers of the signed-in admin: session cookie and CSRF token. */
  headers: Record<string, string>;
  close(): Promise<void>;
}

/** A runtime over the test database; closing it leaves the database to the test, which drops it. */
export async function runtimeOn(test: TestDb, envVars: NodeJS.ProcessEnv = {}): Promise<Runtime> {
  const borrowed = { ...test.db, close: async () => undefined };
  return runtimeOver(borrowed, readEnv({ LOG_LEVEL: 'silent', ...envVars }));
}

export async function loadTinyOrg(test: TestDb, configPath = TINY_ORG_PATH): Promise<void> {
  await applyConfig(test.db, loadConfigFile(configPath));
  await test.db.query('UPDATE users SET password_hash = $1', [await hashPassword(DEMO_PASSWORD)]);
}

/** `test` defaults to a fresh test database; the harness drops it on close either way. */
export async function apiHarness(envVars: NodeJS.ProcessEnv = {}, given?: TestDb, configPath = TINY_ORG_PATH): Promise<ApiHarness> {
  const test = given ?? (await createTestDb());
  await loadTinyOrg(test, configPath);
  const rt = await runtimeOn(test, envVars);
  const app = await buildServer(rt, { logger: false });
  const headers = await signIn({ app }, ADMIN_EMAIL);
  return {
    rt,
    app,
    test,
    headers,
    async close() {
      await app.close();
      await rt.close();
      await test.drop();
    },
  };
}

/** The demo health system with its posts ingested and processed, as `npm start` shows it. */
export async function demoHarness(envVars: NodeJS.ProcessEnv = {}): Promise<ApiHarness> {
  const h = await apiHarness(envVars, undefined, DEMO_CONFIG_PATH);
  await ingestAndProcess(h, demoPosts(h.rt.now()));
  return h;
}

/** Signs a user in through the API; answers their session headers. */
export async function signIn(h: { app: FastifyInstance }, email: string, password = DEMO_PASSWORD): Promise<SessionHeaders> {
  const login = await call(h, null, 'POST', '/api/v1/auth/login', { email, password });
  if (login.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${login.statusCode} ${login.body}`);
  return sessionHeadersOf(login);
}


/** Rows of the tables a batch can touch, to prove a rejected request stored nothing. */
export async function footprint(h: { rt: Runtime }): Promise<{ posts: number; authors: number; cases: number; jobs: number }> {
  const r = await h.rt.db.query<{ posts: number; authors: number; cases: number; jobs: number }>(
    `SELECT (SELECT count(*)::int FROM posts) AS posts, (SELECT count(*)::int FROM authors) AS authors,
            (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int FROM pgboss.job WHERE name = 'post.process') AS jobs`,
  );
  return r.rows[0];
}

/** Headers of a signed-in session: cookie and CSRF token, as `ApiHarness.headers`. */
export type { SessionHeaders };

/** A request as `session` (null: anonymous), JSON in and out. */
export function call(h: { app: FastifyInstance }, session: SessionHeaders | null, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) {
  // Strings and buffers go as they are, so tests can send malformed JSON.
  const payload = body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  return h.app.inject({ method, url, headers: { ...session, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) }, payload });
}

/** Adds a user through the admin API and signs them in, replacing the one-time password as a first sign-in must; answers their id and session headers. */
export async function signInNewUser(h: ApiHarness, user: { email: string; role: string; sites?: string[]; name?: string }): Promise<{ id: string; headers: SessionHeaders }> {
  const made = await call(h, h.headers, 'POST', '/api/v1/users', { name: user.name ?? user.email.split('@')[0], sites: [], ...user });
  if (made.statusCode !== 201) throw new Error(`adding ${user.email} failed: ${made.statusCode} ${made.body}`);
  const { id, oneTimePassword } = made.json() as { id: string; oneTimePassword: string };
  const headers = await signIn(h, user.email, oneTimePassword);
  const own = await call(h, headers, 'POST', '/api/v1/me/password', { currentPassword: oneTimePassword, newPassword: `${oneTimePassword}-own` });
  if (own.statusCode !== 200) throw new Error(`choosing a password for ${user.email} failed: ${own.statusCode} ${own.body}`);
  return { id, headers };
}

/** Ingests posts through the API and processes them as a worker would; answers each post's case id, in order. */
export async function ingestAndProcess(h: ApiHarness, posts: object[], now = h.rt.now()): Promise<string[]> {
  const sent = await call(h, h.headers, 'POST', '/api/v1/posts', { posts });
  const { ids, rejected } = sent.json() as { ids: string[]; rejected: unknown[] };
  if (sent.statusCode !== 202 || rejected.length) throw new Error(`ingest failed: ${sent.statusCode} ${sent.body}`);
  await processPosts(h.rt.db, h.rt.queue, await h.rt.org.get(), ids, now);
  const r = await h.rt.db.query<{ id: string; case_id: string }>('SELECT id, case_id FROM posts WHERE id = ANY($1::uuid[])', [ids]);
  const caseOf = new Map(r.rows.map((row) => [row.id, row.case_id]));
  return ids.map((id) => caseOf.get(id)!);
}

/** Runs the waiting jobs of one queue through its real handler, as a worker would; a second run is a retry. */
export async function runQueuedJobs(h: { rt: Runtime }, name: string): Promise<number> {
  const def = JOBS.find((d) => d.name === name);
  if (!def) throw new Error(`no job "${name}"`);
  const r = await h.rt.db.query<{ data: unknown }>(`SELECT data FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry') ORDER BY created_on`, [name]);
  await (def.handle as (p: unknown[], c: Runtime['workerContext']) => Promise<void>)(r.rows.map((j) => j.data), h.rt.workerContext);
  return r.rows.length;
}

/**
 * A fresh test database whose sessions run in `timeZone` (a server's TimeZone setting need not be UTC), so tests
 * can prove that what the API answers does not depend on it.
 */
export async function testDbInZone(timeZone: string): Promise<TestDb> {
  const t = await createTestDb();
  const zone = timeZone.replace(/'/g, "''");
  if (!t.url) {
    await t.db.query(`SET TIME ZONE '${zone}'`); // PGlite is one session
    return t;
  }
  const name = new URL(t.url).pathname.slice(1);
  await t.db.query(`ALTER DATABASE "${name}" SET timezone = '${zone}'`);
  const db = openPostgres(t.url); // new connections take the database's setting
  return { db, url: t.url, drop: async () => (await db.close(), t.drop()) };
}
