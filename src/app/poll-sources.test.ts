import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiHarness, call, runQueuedJobs, signInNewUser, type ApiHarness } from '../../test/support/api-runtime.js';
import { FAKE_GOOGLE_LOCATION, FAKE_GOOGLE_TOKEN, startFakeGoogle } from '../channels/google/fake-google.js';
import { organizationNames } from './poll-sources.js';

let google: Awaited<ReturnType<typeof startFakeGoogle>>;
let h: ApiHarness;
const poll = () => h.rt.workerContext.pollSources();
const count = async (sql: string) => (await h.rt.db.query<{ n: number }>(sql)).rows[0].n;

function review(reviewId: string, comment: string, starRating: 'ONE' | 'FOUR', at: string) {
  google.reviews.push({ reviewId, reviewer: { displayName: 'Pat Q.', profilePhotoUrl: `https://lh3.example/${reviewId}`, isAnonymous: false }, starRating, comment, createTime: at, updateTime: at });
}

beforeEach(async () => {
  google = await startFakeGoogle([]);
  h = await apiHarness({ GOOGLE_BUSINESS_BASE_URL: google.baseUrl, GOOGLE_BUSINESS_ACCESS_TOKEN: FAKE_GOOGLE_TOKEN, SOURCE_BACKFILL_DAYS: '7' });
  for (const account of [
    { id: 'google-main', platform: 'google', name: 'Juniper Hollow Hospital on Google', externalId: FAKE_GOOGLE_LOCATION, siteId: 'juniper-main' },
    { id: 'google-typo', platform: 'google', name: 'A location typed wrong', externalId: 'accounts/1098/locations/0000' },
  ]) {
    const r = await call(h, h.headers, 'POST', '/api/v1/channel-accounts', account);
    expect(r.statusCode).toBe(200);
  }
});
afterEach(async () => {
  await h.close();
  await google.close();
});

describe('polling platforms that do not push posts', () => {
  it('turns a new Google review into a post of its listing and, once processed, a case', async () => {
    review('rv-1', 'Waited four hours in the ER and nobody told us anything. Awful.', 'ONE', new Date(Date.now() - 3_600_000).toISOString());
    const [main] = (await poll()) as { channelAccountId: string; accepted: number }[];
    expect(main).toMatchObject({ channelAccountId: 'google-main', accepted: 1 });
    await runQueuedJobs(h, 'post.process');
    const post = await h.rt.db.query<{ channel_account_id: string; listing_site_id: string; rating: number; case_id: string | null }>(
      `SELECT channel_account_id, listing_site_id, rating, case_id FROM posts WHERE platform = 'google' AND external_id = 'rv-1'`,
    );
    expect(post.rows[0]).toMatchObject({ channel_account_id: 'google-main', listing_site_id: 'juniper-main', rating: 1 });
    expect(post.rows[0].case_id).not.toBeNull();
  });

  it('opens a case for a one-star review without words', async () => {
    google.reviews.push({ reviewId: 'rv-stars', reviewer: { displayName: 'A Google User', isAnonymous: true }, starRating: 'ONE', createTime: new Date(Date.now() - 60_000).toISOString(), updateTime: new Date(Date.now() - 60_000).toISOString() });
    await poll();
    await runQueuedJobs(h, 'post.process');
    expect(await count(`SELECT count(*)::int AS n FROM posts WHERE text = '' AND case_id IS NOT NULL`)).toBe(1);
  });

  it('reads nothing twice: a second poll finds nothing new, and a poll repeated after losing its cursor adds no post', async () => {
    review('rv-1', 'Rude receptionist.', 'ONE', new Date(Date.now() - 3_600_000).toISOString());
    await poll();
    const [again] = (await poll()) as { read: number }[];
    expect(again.read).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM posts`)).toBe(1);
    await h.rt.db.query(`DELETE FROM source_cursors`);
    await poll();
    expect(await count(`SELECT count(*)::int AS n FROM posts`)).toBe(1);
  });

  it('keeps an edited review as a revision of the same post', async () => {
    review('rv-1', 'Nobody called me back.', 'ONE', new Date(Date.now() - 7_200_000).toISOString());
    await poll();
    Object.assign(google.reviews[0], { comment: 'Nobody called me back at first, but the manager fixed it.', starRating: 'FOUR', updateTime: new Date().toISOString() });
    await poll();
    expect(await count(`SELECT count(*)::int AS n FROM posts`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM post_revisions`)).toBe(1);
    expect(await count(`SELECT rating::int AS n FROM posts`)).toBe(4);
  });

  it('records a failing account for admins without holding back the others', async () => {
    review('rv-1', 'Parking was a nightmare.', 'ONE', new Date(Date.now() - 3_600_000).toISOString());
    await poll();
    const accounts = (await call(h, h.headers, 'GET', '/api/v1/channel-accounts')).json() as { id: string; poll: { postsRead: number; lastError: string | null } | null }[];
    const byId = new Map(accounts.map((a) => [a.id, a.poll]));
    expect(byId.get('google-main')).toMatchObject({ postsRead: 1, lastError: null });
    expect(byId.get('google-typo')?.lastError).toMatch(/404/);
  });

  it('lets an admin read one account now, audited, and says why another cannot be read', async () => {
    review('rv-now', 'Waited two hours for a wheelchair.', 'ONE', new Date(Date.now() - 60_000).toISOString());
    const now = await call(h, h.headers, 'POST', '/api/v1/channel-accounts/google-main/poll', {});
    expect(now.statusCode).toBe(200);
    expect(now.json()).toMatchObject({ channelAccountId: 'google-main', read: 1, accepted: 1, failed: false });
    expect(google.requests.every((r) => r.url.pathname.includes(FAKE_GOOGLE_LOCATION))).toBe(true);
    const audit = (await call(h, h.headers, 'GET', '/api/v1/audit?action=channel_account.poll&entityId=google-main')).json().items;
    expect(audit[0]).toMatchObject({ details: { read: 1, accepted: 1, failed: false } });
    await call(h, h.headers, 'POST', '/api/v1/channel-accounts', { id: 'fb-page', platform: 'facebook', name: 'Facebook page', externalId: '104882913375021' });
    expect((await call(h, h.headers, 'POST', '/api/v1/channel-accounts/fb-page/poll', {})).statusCode).toBe(409);
    expect((await call(h, h.headers, 'POST', '/api/v1/channel-accounts/nope/poll', {})).statusCode).toBe(404);
    const viewer = await signInNewUser(h, { email: 'viewer@example.org', role: 'viewer' });
    expect((await call(h, viewer.headers, 'POST', '/api/v1/channel-accounts/google-main/poll', {})).statusCode).toBe(403);
  });

  it('reads only what changed in the backfill window on the first poll', async () => {
    review('rv-old', 'Bad visit long ago.', 'ONE', new Date(Date.now() - 30 * 86_400_000).toISOString());
    review('rv-new', 'Bad visit this week.', 'ONE', new Date(Date.now() - 86_400_000).toISOString());
    await poll();
    const ids = (await h.rt.db.query<{ external_id: string }>(`SELECT external_id FROM posts`)).rows.map((r) => r.external_id);
    expect(ids).toEqual(['rv-new']);
  });
});

it('searches for every name of the organization and its sites, once each', () => {
  const names = organizationNames({
    organization: { name: 'Cedar Plains Health', aliases: ['Cedar Plains'], handles: ['@CedarPlains'], ambiguousNames: [] },
    sites: [{ id: 'wgh', name: 'Wichita General', aliases: ['Cedar Plains'], kind: 'hospital', timeZone: 'America/Chicago' }],
  } as never);
  expect(names).toEqual(['Cedar Plains Health', 'Cedar Plains', 'Wichita General']);
});
