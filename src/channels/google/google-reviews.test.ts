import { describe, expect, it } from 'vitest';
import { runSourceContract, withSource, type SourceHarness } from '../source-contract.js';
import { fixedToken } from '../oauth-token.js';
import { createGoogleReviewsSource } from './google-reviews.js';
import { FAKE_GOOGLE_LOCATION, FAKE_GOOGLE_TOKEN, startFakeGoogle } from './fake-google.js';

async function harness(): Promise<SourceHarness & { fake: Awaited<ReturnType<typeof startFakeGoogle>> }> {
  const fake = await startFakeGoogle([]);
  let n = 0;
  return {
    fake,
    source: createGoogleReviewsSource({ baseUrl: fake.baseUrl, accessToken: fixedToken(FAKE_GOOGLE_TOKEN) }),
    account: { id: 'google-northside', externalId: FAKE_GOOGLE_LOCATION },
    unknownAccount: { id: 'google-typo', externalId: 'locations/4421' },
    publish(text, at) {
      const reviewId = `AbFvOq${++n}`;
      fake.reviews.push({ reviewId, reviewer: { displayName: `Reviewer ${n}`, profilePhotoUrl: `https://lh3.example/photo-${n}`, isAnonymous: false }, starRating: 'TWO', comment: text, createTime: at.toISOString(), updateTime: at.toISOString() });
      return reviewId;
    },
    refuseNext: (kind) =>
      fake.failNext(
        kind === 'temporary'
          ? { status: 429, body: { error: { code: 429, message: 'Quota exceeded.', status: 'RESOURCE_EXHAUSTED' } } }
          : { status: 401, body: { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } } },
      ),
    close: () => fake.close(),
  };
}

runSourceContract('google reviews', harness);

describe('google reviews source', () => {
  const since = new Date('2026-11-20T12:00:00Z');

  it('maps a review: id, stars, words, reviewer, and asks newest first with the bearer token', () =>
    withSource(harness, async (h) => {
      h.publish('The front desk lost my forms.', new Date('2026-11-21T08:00:00Z'));
      const { posts } = await h.source.fetchNew(h.account, null, since);
      expect(posts).toEqual([
        { platform: 'google', externalId: 'AbFvOq1', author: { id: 'https://lh3.example/photo-1', displayName: 'Reviewer 1' }, text: 'The front desk lost my forms.', rating: 2, createdAt: '2026-11-21T08:00:00.000Z', visibility: 'public' },
      ]);
      const req = h.fake.requests[0];
      expect(req.url.pathname).toBe(`/v4/${FAKE_GOOGLE_LOCATION}/reviews`);
      expect(req.url.searchParams.get('orderBy')).toBe('updateTime desc');
      expect(req.headers.authorization).toBe(`Bearer ${FAKE_GOOGLE_TOKEN}`);
    }));

  it('reads an edited review again, so a changed rating becomes a revision', () =>
    withSource(harness, async (h) => {
      const id = h.publish('Rude staff.', new Date('2026-11-21T08:00:00Z'));
      const first = await h.source.fetchNew(h.account, null, since);
      Object.assign(h.fake.reviews[0], { starRating: 'FOUR', comment: 'Rude staff, but they called me and fixed it.', updateTime: '2026-11-23T10:00:00Z' });
      const next = await h.source.fetchNew(h.account, first.cursor, since);
      expect(next.posts).toMatchObject([{ externalId: id, rating: 4, text: 'Rude staff, but they called me and fixed it.' }]);
    }));

  it('keeps a star-only review, and gives an anonymous reviewer no name and an author of its own', () =>
    withSource(harness, async (h) => {
      h.fake.reviews.push({ reviewId: 'anon-1', reviewer: { displayName: 'A Google User', isAnonymous: true }, starRating: 'ONE', createTime: '2026-11-21T09:00:00Z', updateTime: '2026-11-21T09:00:00Z' });
      const { posts } = await h.source.fetchNew(h.account, null, since);
      expect(posts).toMatchObject([{ externalId: 'anon-1', text: '', rating: 1, author: { id: 'review:anon-1', displayName: null } }]);
    }));
});
