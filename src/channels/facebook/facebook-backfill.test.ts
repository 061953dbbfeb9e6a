import { describe, expect, it } from 'vitest';
import { validatePost } from '../../app/ingest.js';
import { readEnv } from '../../config/env.js';
import { channelFailure } from '../channel-contract.js';
import { runSourceContract, withSource } from '../source-contract.js';
import { createSources } from '../sources.js';
import { createFacebookBackfillSource } from './facebook-backfill.js';
import { FAKE_PAGE_ID, FAKE_PAGE_TOKEN, startFakeGraph } from './fake-graph.js';
import { graphError } from './graph.js';
import { feedPosts } from './webhook.js';

const VERSION = 'v21.0';
const since = new Date('2026-11-20T12:00:00Z');
const at = (iso: string) => new Date(iso);

async function harness(version = VERSION, pageTokens: Record<string, string> = { [FAKE_PAGE_ID]: FAKE_PAGE_TOKEN }) {
  const fake = await startFakeGraph(version);
  // Published the day before `since`: its comments after `since` are still read.
  const postId = fake.post(at('2026-11-19T09:00:00Z'));
  return {
    fake,
    postId,
    source: createFacebookBackfillSource({ baseUrl: fake.baseUrl, version, pageTokens }),
    account: { id: 'fb-system', externalId: FAKE_PAGE_ID },
    unknownAccount: { id: 'fb-other', externalId: '999' },
    publish: (text: string, when: Date) => fake.comment(postId, text, when),
    refuseNext: (kind: 'temporary' | 'credentials') =>
      fake.failNext(
        kind === 'temporary'
          ? { status: 400, body: { error: { message: '(#32) Page request limit reached', type: 'OAuthException', code: 32, fbtrace_id: 'Trace1' } } }
          : { status: 400, body: { error: { message: 'Error validating access token: The session has been invalidated.', type: 'OAuthException', code: 190, error_subcode: 460, fbtrace_id: 'Trace2' } } },
      ),
    close: () => fake.close(),
  };
}
type Harness = Awaited<ReturnType<typeof harness>>;
const withHarness = (test: (h: Harness) => Promise<void>) => withSource(harness, test);
const ids = (posts: { externalId: string }[]) => posts.map((p) => p.externalId).sort();

runSourceContract('facebook page', harness);

describe('facebook page source', () => {
  it('makes of a comment and a reply exactly the posts the webhook makes of them, and skips the Page’s own reply', () =>
    withHarness(async (h) => {
      const visitor = { id: '100025351138869', name: 'Chris Hamm' };
      const comment = h.fake.comment(h.postId, 'Waited three hours in the ER at Northside.', at('2026-11-21T08:00:00Z'), visitor);
      const reply = h.fake.comment(comment, 'Same for us last week.', at('2026-11-21T08:05:00Z'), { id: '100099', name: 'Dana Ruiz' });
      h.fake.comment(comment, 'We are sorry. Please message us.', at('2026-11-21T08:10:00Z'), { id: FAKE_PAGE_ID, name: 'Cedar Plains Health' });
      const polled = (await h.source.fetchNew(h.account, null, since)).posts;

      // The same comments as Facebook delivers them to the webhook (`parent_id` is the post for a top-level comment).
      const { permalink_url } = h.fake.feed[0];
      const change = (id: string, parent: string) => {
        const c = [...h.fake.threads.values()].flat().find((x) => x.id === id)!;
        const value = { item: 'comment', verb: 'add', comment_id: id, post_id: h.postId, parent_id: parent, from: c.from, message: c.message, created_time: Date.parse(c.created_time!) / 1000, post: { permalink_url } };
        return { field: 'feed', value };
      };
      const delivery = { object: 'page', entry: [{ id: FAKE_PAGE_ID, time: 1, changes: [change(comment, h.postId), change(reply, comment)] }] };
      const pushed = feedPosts(delivery, new Map([[FAKE_PAGE_ID, 'fb-system']]), new Date()).posts.map(({ channelAccount: _, ...post }) => post);

      const byId = (posts: typeof polled) => [...posts].sort((a, b) => a.externalId.localeCompare(b.externalId));
      expect(byId(polled)).toEqual(byId(pushed));
      expect(byId(polled)).toMatchObject([
        { externalId: comment, threadId: h.postId, parentId: null, author: { id: visitor.id }, url: permalink_url },
        { externalId: reply, threadId: h.postId, parentId: comment, author: { id: '100099' } },
      ]);
    }));

  it('reads back to `since` first, then with its cursor only newer comments and recommendations, asking only changed posts for comments', () =>
    withHarness(async (h) => {
      h.publish('Before the start.', at('2026-11-20T11:00:00Z'));
      const first = h.publish('Parking was a nightmare.', at('2026-11-20T13:00:00Z'));
      h.fake.ratings.push({ created_time: '2026-11-20T10:00:00Z', recommendation_type: 'negative', review_text: 'Old.', open_graph_story: { id: 'story-old' } });
      h.fake.ratings.push({ created_time: '2026-11-20T14:00:00Z', recommendation_type: 'negative', review_text: 'Billing never called back.', reviewer: { id: '2001', name: 'Sam Lee' }, open_graph_story: { id: 'story-1' } });
      const quiet = h.fake.post(at('2026-11-20T12:30:00Z'));
      const one = await h.source.fetchNew(h.account, null, since);
      expect(ids(one.posts)).toEqual([first, 'story-1'].sort());
      expect(one.cursor).toBe('2026-11-20T14:00:00.000Z');

      const later = h.publish('Still waiting for my results.', at('2026-11-22T09:00:00Z'));
      h.fake.ratings.push({ created_time: '2026-11-22T10:00:00Z', recommendation_type: 'positive', review_text: 'Kind nurses.', open_graph_story: { id: 'story-2' } });
      const before = h.fake.requests.length;
      const two = await h.source.fetchNew(h.account, one.cursor, since);
      expect(ids(two.posts)).toEqual([later, 'story-2'].sort());
      expect(two.cursor).toBe('2026-11-22T10:00:00.000Z');
      const asked = h.fake.requests.slice(before).map((r) => r.url.pathname);
      expect(asked).toContain(`/${VERSION}/${h.postId}/comments`);
      expect(asked).not.toContain(`/${VERSION}/${quiet}/comments`);
      expect(h.fake.requests.at(-1)!.headers.authorization).toBe(`Bearer ${FAKE_PAGE_TOKEN}`);
    }));

  it('keeps a recommendation without words: "not recommended" as one star, with the reviewer or an author of its own', () =>
    withHarness(async (h) => {
      h.fake.ratings.push({ created_time: '2026-11-21T08:00:00Z', recommendation_type: 'negative', reviewer: { id: '2002', name: 'Alex Kim' }, open_graph_story: { id: '10158' } });
      h.fake.ratings.push({ created_time: '2026-11-21T09:00:00Z', recommendation_type: 'negative', open_graph_story: { id: '10159' } });
      h.fake.ratings.push({ created_time: '2026-11-21T10:00:00Z', recommendation_type: 'positive', open_graph_story: { id: '10160' } });
      const { posts } = await h.source.fetchNew(h.account, null, since);
      expect([...posts].sort((a, b) => a.externalId.localeCompare(b.externalId))).toEqual([
        { platform: 'facebook', externalId: '10158', url: null, threadId: null, parentId: null, author: { id: '2002', displayName: 'Alex Kim' }, text: '', rating: 1, createdAt: '2026-11-21T08:00:00.000Z', visibility: 'public' },
        { platform: 'facebook', externalId: '10159', url: null, threadId: null, parentId: null, author: { id: 'recommendation:10159', displayName: null }, text: '', rating: 1, createdAt: '2026-11-21T09:00:00.000Z', visibility: 'public' },
        { platform: 'facebook', externalId: '10160', url: null, threadId: null, parentId: null, author: { id: 'recommendation:10160', displayName: null }, text: '', rating: 5, createdAt: '2026-11-21T10:00:00.000Z', visibility: 'public' },
      ]);
      for (const post of posts) expect(validatePost(post)).toMatchObject({ ok: true });
      const ratings = h.fake.requests.find((r) => r.url.pathname.endsWith('/ratings'))!;
      expect(ratings.url.searchParams.get('fields')).toBe('created_time,recommendation_type,review_text,reviewer,open_graph_story{id}');
    }));

  it('follows cursors through several pages of posts, comments and recommendations', () =>
    withHarness(async (h) => {
      const expected: string[] = [];
      for (let i = 0; i < 5; i++) {
        const post = h.fake.post(at(`2026-11-2${i}T06:00:00Z`));
        for (let j = 0; j < 3; j++) expected.push(h.fake.comment(post, `Comment ${i}.${j}`, at(`2026-11-2${i}T1${j + 3}:00:00Z`)));
        h.fake.ratings.push({ created_time: `2026-11-2${i}T20:00:00Z`, recommendation_type: 'negative', review_text: `Review ${i}`, open_graph_story: { id: `story-${i}` } });
        expected.push(`story-${i}`);
      }
      const page = await h.source.fetchNew(h.account, null, since);
      expect(ids(page.posts)).toEqual(expected.sort());
      expect(page.truncated).toBe(false);
      const followed = (edge: string) => h.fake.requests.filter((r) => r.url.pathname.endsWith(edge) && r.url.searchParams.get('after')).length;
      expect([followed('/feed'), followed('/ratings')]).toEqual([2, 2]);
      expect(followed('/comments')).toBeGreaterThan(0);
    }));

  it('says it stopped early when one post has more new comments than a poll reads, having read the newest', () =>
    withHarness(async (h) => {
      const all = Array.from({ length: 11 }, (_, i) => h.publish(`Comment ${i}`, at(`2026-11-21T08:${String(i).padStart(2, '0')}:00Z`)));
      const page = await h.source.fetchNew(h.account, null, since);
      expect(page.truncated).toBe(true);
      expect(ids(page.posts)).toEqual(all.slice(1).sort());
    }));

  it.each([
    [400, 4, true],
    [400, 32, true],
    [500, 2, true],
    [400, 190, false],
    [403, 10, false],
  ])('maps a Graph error (HTTP %i, code %i) as the reply channel does: retryable = %s', (status, code, retryable) =>
    withHarness(async (h) => {
      const answer = { status, body: { error: { message: `(#${code}) Something`, type: 'OAuthException', code } } };
      h.fake.failNext(answer);
      const err = await channelFailure(h.source.fetchNew(h.account, null, since));
      expect(err.retryable).toBe(retryable);
      expect(err.message).toBe(`Facebook answered ${status} (code ${code}): (#${code}) Something`);
      expect(err.message).toBe(graphError(answer).message);
    }));

  it('refuses a page whose token Graph does not accept for it, naming Graph’s reason', () =>
    withSource(
      () => harness(VERSION, { '999': FAKE_PAGE_TOKEN }),
      async (h) => {
        const err = await channelFailure(h.source.fetchNew({ id: 'fb-other', externalId: '999' }, null, since));
        expect(err.retryable).toBe(false);
        expect(err.message).toMatch(/^Facebook answered 400 \(code 100\/33, trace \w+\): Unsupported get request/);
      },
    ));

  it('does not ask for recommendations on a Graph version that no longer serves them', () =>
    withSource(
      () => harness('v22.0'),
      async (h) => {
        h.fake.ratings.push({ created_time: '2026-11-21T08:00:00Z', recommendation_type: 'negative', open_graph_story: { id: 'story-1' } });
        const c = h.publish('Rude front desk.', at('2026-11-21T09:00:00Z'));
        expect(ids((await h.source.fetchNew(h.account, null, since)).posts)).toEqual([c]);
        expect(h.fake.requests.some((r) => r.url.pathname.endsWith('/ratings'))).toBe(false);
      },
    ));

  it('is a source once a Page token is configured, and reads only pages with a token', () => {
    expect(createSources(readEnv({})).facebook).toBeNull();
    const facebook = createSources(readEnv({ FACEBOOK_PAGE_TOKENS: `${FAKE_PAGE_ID}=${FAKE_PAGE_TOKEN}` })).facebook!;
    expect(facebook.reads({ id: 'fb-system', externalId: FAKE_PAGE_ID })).toBe(true);
    expect(facebook.reads({ id: 'fb-other', externalId: '999' })).toBe(false);
  });
});
