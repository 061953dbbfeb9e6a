import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { onServer } from '../../store/test-db.js';
import { apiHarness, call, ingestAndProcess, signInNewUser, type ApiHarness, type SessionHeaders } from '../../../test/support/api-runtime.js';

const EAST = 'juniper-east';

/** An open event stream: the `case` events it has received so far, by case id, and every event's name. */
async function openStream(base: string, headers: SessionHeaders) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/v1/stream`, { headers, signal: controller.signal });
  const caseIds: string[] = [];
  const events: string[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffered += decoder.decode(value, { stream: true });
      for (let end = buffered.indexOf('\n\n'); end >= 0; end = buffered.indexOf('\n\n')) {
        const block = buffered.slice(0, end);
        const name = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block);
        if (name) events.push(name);
        if (name === 'case' && data) caseIds.push((JSON.parse(data[1]) as { caseId: string }).caseId);
        buffered = buffered.slice(end + 2);
      }
    }
  })();
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    caseIds,
    events,
    async close() {
      controller.abort();
      await reading;
    },
  };
}

const until = async (check: () => boolean, what: string) => {
  for (const end = Date.now() + 5_000; Date.now() < end; ) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe('the live stream', () => {
  let h: ApiHarness;
  let base: string;
  let eastOnly: SessionHeaders;
  const post = (key: string, listing: string) => ({
    platform: 'google', externalId: `stream-${key}`, author: { id: `stream-${key}`, displayName: `Reviewer ${key}` },
    text: 'Waited three hours and nobody told us anything. Terrible.', rating: 1, createdAt: new Date().toISOString(), listing,
  });

  beforeAll(async () => {
    h = await apiHarness();
    expect((await call(h, h.headers, 'POST', '/api/v1/sites', { id: EAST, name: 'Juniper East Clinic', kind: 'clinic', timeZone: 'UTC' })).statusCode).toBe(200);
    eastOnly = (await signInNewUser(h, { email: 'px.stream@example.org', role: 'patient_experience', sites: [EAST] })).headers;
    base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => h?.close());

  it('refuses anyone not signed in', async () => {
    expect((await fetch(`${base}/api/v1/stream`)).status).toBe(401);
  });

  it('tells every listener of a new case in their sites, and a scoped user nothing of other sites', async () => {
    const admin = await openStream(base, h.headers);
    const east = await openStream(base, eastOnly);
    expect([admin.status, admin.type]).toEqual([200, 'text/event-stream']);
    try {
      const [mainCase] = await ingestAndProcess(h, [post('main', 'juniper-main')]);
      const [eastCase] = await ingestAndProcess(h, [post('east', EAST)]);
      await until(() => admin.caseIds.includes(eastCase) && east.caseIds.includes(eastCase), 'the east case on both streams');
      expect(admin.caseIds).toContain(mainCase);
      expect(east.caseIds).not.toContain(mainCase);
    } finally {
      await admin.close();
      await east.close();
    }
  });

  // Only a server can drop the listening connection (a restart or failover); PGlite lives in the process.
  it.skipIf(!onServer)('tells every listener to re-read after the database connection came back', async () => {
    const admin = await openStream(base, h.headers);
    try {
      const c = new pg.Client({ connectionString: h.test.url });
      await c.connect();
      await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'redress-listen' AND datname = current_database()`);
      await c.end();
      await until(() => admin.events.includes('resync'), 'a resync event');
      const [later] = await ingestAndProcess(h, [post('after-drop', 'juniper-main')]);
      await until(() => admin.caseIds.includes(later), 'a case announced after the reconnect');
    } finally {
      await admin.close();
    }
  });
});
