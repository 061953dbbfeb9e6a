import { fixedToken } from '../oauth-token.js';
import { describe, expect, it } from 'vitest';
import { runSourceContract, withSource, type SourceHarness } from '../source-contract.js';
import { createXMentionsSource } from './x-mentions.js';
import { FAKE_X_TOKEN, FAKE_X_USER, startFakeX } from './fake-x.js';

async function harness(): Promise<SourceHarness & { fake: Awaited<ReturnType<typeof startFakeX>> }> {
  const fake = await startFakeX();
  let n = 0;
  return {
    fake,
    source: createXMentionsSource({ baseUrl: fake.baseUrl, accountTokens: { [FAKE_X_USER]: fixedToken(FAKE_X_TOKEN) } }),
    account: { id: 'x-main', externalId: FAKE_X_USER },
    unknownAccount: { id: 'x-other', externalId: '42' },
    publish(text, at) {
      const id = String(1_900_000_000_000_000_000n + BigInt(++n));
      fake.mentions.push({ id, text: `@JuniperHealth ${text}`, author: { id: `77${n}`, username: `patient${n}`, name: `Patient ${n}` }, created_at: at.toISOString(), conversation_id: id });
      return id;
    },
    refuseNext: (kind) =>
      fake.failNext(
        kind === 'temporary'
          ? { status: 429, body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 } }
          : { status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } },
      ),
    close: () => fake.close(),
  };
}

runSourceContract('x mentions', harness);

describe('x mentions source', () => {
  const since = new Date('2026-11-20T12:00:00Z');

  it('maps a mention with its author, thread and link, asking from start_time then since_id', () =>
    withSource(harness, async (h) => {
      const id = h.publish('my mom has waited 6 hours in your ER', new Date('2026-11-21T08:00:00Z'));
      const first = await h.source.fetchNew(h.account, null, since);
      expect(first.posts).toEqual([
        {
          platform: 'x',
          externalId: id,
          url: `https://x.com/patient1/status/${id}`,
          threadId: id,
          parentId: null,
          author: { id: '771', handle: '@patient1', displayName: 'Patient 1' },
          text: '@JuniperHealth my mom has waited 6 hours in your ER',
          createdAt: '2026-11-21T08:00:00.000Z',
          visibility: 'public',
        },
      ]);
      expect(h.fake.requests[0].url.searchParams.get('start_time')).toBe(since.toISOString());
      expect(h.fake.requests[0].headers.authorization).toBe(`Bearer ${FAKE_X_TOKEN}`);
      await h.source.fetchNew(h.account, first.cursor, since);
      expect(h.fake.requests.at(-1)!.url.searchParams.get('since_id')).toBe(id);
    }));

  it('skips posts by our own account', () =>
    withSource(harness, async (h) => {
      h.fake.mentions.push({ id: '1900000000000000999', text: '@JuniperHealth thread 2/2', author: { id: FAKE_X_USER, username: 'JuniperHealth', name: 'Juniper' }, created_at: '2026-11-21T08:00:00Z', conversation_id: '1' });
      expect((await h.source.fetchNew(h.account, null, since)).posts).toEqual([]);
    }));
});
