import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, ingestAndProcess, signInNewUser, type ApiHarness, type SessionHeaders } from '../../../test/support/api-runtime.js';

const EAST = 'juniper-east';

/** An open event stream: the `case` events it has received so far, by case id. */
async function openStream(base: string, headers: SessionHeaders) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/v1/stream`, { headers, signal: controller.signal });
  const caseIds: string[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffered += decoder.decode(value, { stream: true });
      for (let end = buffered.indexOf('\n\n'); end >= 0; end = buffered.indexOf('\n\n')) {
        const data = /^data: (.*)$/m.exec(buffered.slice(0, end));
        if (data) caseIds.push((JSON.parse(data[1]) as { caseId: string }).caseId);
        buffered = buffered.slice(end + 2);
      }
    }
  })();
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    caseIds,
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
});
