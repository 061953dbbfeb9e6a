import { describe, expect, it } from 'vitest';
import { runSourceContract, withSource, type SourceHarness } from '../source-contract.js';
import { fixedToken } from '../oauth-token.js';
import { createRedditSubredditSource } from './reddit-subreddit.js';
import { FAKE_REDDIT_TOKEN, FAKE_REDDIT_USER, FAKE_SUBREDDIT, startFakeReddit } from './fake-reddit.js';

async function harness(): Promise<SourceHarness & { fake: Awaited<ReturnType<typeof startFakeReddit>> }> {
  const fake = await startFakeReddit();
  let n = 0;
  return {
    fake,
    source: createRedditSubredditSource({ baseUrl: fake.baseUrl, accessToken: fixedToken(FAKE_REDDIT_TOKEN), username: FAKE_REDDIT_USER, userAgent: 'server:redress:test' }),
    account: { id: 'reddit-wichita', externalId: FAKE_SUBREDDIT, names: ['Cedar Plains', 'Wichita General'] },
    unknownAccount: { id: 'reddit-typo', externalId: 'no such sub!' },
    publish(text, at) {
      const id = `p${(++n).toString(36)}`;
      fake.subreddit.push({ name: `t3_${id}`, author: `neighbor${n}`, author_fullname: `t2_n${n}`, created_utc: at.getTime() / 1000, permalink: `/r/${FAKE_SUBREDDIT}/comments/${id}/_/`, title: 'Cedar Plains ER', selftext: text });
      return `t3_${id}`;
    },
    refuseNext: (kind) =>
      fake.failNext(kind === 'temporary' ? { status: 503, body: { message: 'Service Unavailable', error: 503 } } : { status: 401, body: { message: 'Unauthorized', error: 401 } }),
    close: () => fake.close(),
  };
}

runSourceContract('reddit subreddit', harness);

describe('reddit subreddit source', () => {
  const since = new Date('2026-11-20T12:00:00Z');
  const at = (minutes: number) => since.getTime() / 1000 + minutes * 60;

  it('keeps the submissions and comments that name us, with their thread and link', () =>
    withSource(harness, async (h) => {
      h.fake.subreddit.push(
        { name: 't3_aa1', author: 'ks_resident', author_fullname: 't2_k1', created_utc: at(1), permalink: '/r/wichita/comments/aa1/_/', title: 'Best tacos downtown?', selftext: '' },
        { name: 't1_cc1', author: 'ks_resident', author_fullname: 't2_k1', created_utc: at(2), permalink: '/r/wichita/comments/aa2/_/cc1/', body: 'Wichita General lost my labs twice.', link_id: 't3_aa2', parent_id: 't3_aa2' },
      );
      const { posts } = await h.source.fetchNew(h.account, null, since);
      expect(posts).toEqual([
        {
          platform: 'reddit',
          externalId: 't1_cc1',
          url: 'https://www.reddit.com/r/wichita/comments/aa2/_/cc1/',
          threadId: 't3_aa2',
          parentId: 't3_aa2',
          author: { id: 't2_k1', handle: 'u/ks_resident', displayName: null },
          text: 'Wichita General lost my labs twice.',
          createdAt: new Date(at(2) * 1000).toISOString(),
          visibility: 'public',
        },
      ]);
      expect(h.fake.requests.every((r) => r.headers['user-agent'] === 'server:redress:test')).toBe(true);
    }));

  it('skips what our own account wrote', () =>
    withSource(harness, async (h) => {
      h.fake.subreddit.push({ name: 't1_ours', author: FAKE_REDDIT_USER, author_fullname: 't2_me', created_utc: at(1), permalink: '/r/wichita/comments/x/_/ours/', body: 'Cedar Plains here: please DM us.', link_id: 't3_x', parent_id: 't3_x' });
      expect((await h.source.fetchNew(h.account, null, since)).posts).toEqual([]);
    }));

  it('reads a thing posted in the same second as the last one read, once', () =>
    withSource(harness, async (h) => {
      h.publish('first', new Date(at(5) * 1000));
      const first = await h.source.fetchNew(h.account, null, since);
      const second = h.publish('second, same second', new Date(at(5) * 1000));
      const next = await h.source.fetchNew(h.account, first.cursor, since);
      expect(next.posts.map((p) => p.externalId)).toEqual([second]);
      expect((await h.source.fetchNew(h.account, next.cursor, since)).posts).toEqual([]);
    }));
});
