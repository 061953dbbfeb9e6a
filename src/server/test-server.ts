// An API server for tests: the real Fastify app on a fresh test database with the demo loaded and processed,
// driven with `inject` (no port), plus sign-in helpers that carry the session cookie and CSRF token.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { readEnv } from '../config/env.js';
import type { Runtime } from '../app/runtime.js';
import { createTestRuntime, type TestRuntime } from '../app/test-runtime.js';
import { createChannels } from '../channels/registry.js';
import { loadDemo } from '../demo/load.js';
import { buildServer } from './app.js';
import { DEMO_PASSWORD } from '../app/passwords.js';
import type { WorkerContext } from '../jobs/definitions.js';

export interface Session {
  cookie: string;
  csrf: string;
}

export interface ApiTest {
  app: FastifyInstance;
  rt: Runtime;
  test: TestRuntime;
  login(email: string, password?: string): Promise<Session>;
  call(session: Session | null, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** `env`: extra environment settings on top of the defaults (e.g. webhook secrets). */
export async function startApiTest(options: { demo?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<ApiTest> {
  const test = await createTestRuntime();
  if (options.demo !== false) {
    await loadDemo(test.db, test.queue);
    await test.processAll();
  }
  const rt: Runtime = {
    env: readEnv({ LOG_LEVEL: 'silent', ...options.env }),
    db: test.db,
    queue: test.queue,
    org: test.org,
    now: () => new Date(),
    channels: createChannels(),
    workerContext: {} as WorkerContext,
    close: () => test.close(),
  };
  const app = await buildServer(rt, { logger: false });
  await app.ready();
  const call: ApiTest['call'] = (session, method, url, body) =>
    app.inject({
      method,
      url,
      headers: { ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      payload: body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
  return {
    app,
    rt,
    test,
    call,
    async login(email, password = DEMO_PASSWORD) {
      const res = await call(null, 'POST', '/api/v1/auth/login', { email, password });
      if (res.statusCode !== 200) throw new Error(`login ${email}: ${res.statusCode} ${res.body}`);
      const cookie = String(res.headers['set-cookie']).split(';')[0];
      return { cookie, csrf: res.json().csrfToken };
    },
    async close() {
      await app.close();
      await test.close();
    },
  };
}
