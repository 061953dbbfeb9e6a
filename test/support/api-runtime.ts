// A full Runtime over a fresh test database (PGlite in memory, or TEST_DATABASE_URL), with the tiny organization
// loaded and its admin signed in through the API: what a running `redress serve` would hold, without a port.
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { createTestDb, type TestDb } from '../../src/store/test-db.js';
import { readEnv } from '../../src/config/env.js';
import { applyConfig } from '../../src/app/apply-config.js';
import { loadConfigFile } from '../../src/config/load-file.js';
import { DEMO_PASSWORD, hashPassword } from '../../src/app/passwords.js';
import { buildServer } from '../../src/server/app.js';
import { runtimeOver, type Runtime } from '../../src/app/runtime.js';

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
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: ADMIN_EMAIL, password: DEMO_PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.statusCode} ${login.body}`);
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const headers = { cookie, 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };
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

/** Rows of the tables a batch can touch, to prove a rejected request stored nothing. */
export async function footprint(h: { rt: Runtime }): Promise<{ posts: number; authors: number; cases: number; jobs: number }> {
  const r = await h.rt.db.query<{ posts: number; authors: number; cases: number; jobs: number }>(
    `SELECT (SELECT count(*)::int FROM posts) AS posts, (SELECT count(*)::int FROM authors) AS authors,
            (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int FROM pgboss.job WHERE name = 'post.process') AS jobs`,
  );
  return r.rows[0];
}
