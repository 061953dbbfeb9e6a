import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type ApiHarness } from '../../../test/support/api-runtime.js';
import { FACEBOOK_WEBHOOK } from './webhooks.js';

const APP_SECRET = 'fb-app-secret-for-tests';
const VERIFY_TOKEN = 'verify-me';
const PAGE_ID = '104882913375021';

const sign = (raw: string, secret = APP_SECRET) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;

function feed(value: Record<string, unknown>, pageId = PAGE_ID): string {
  return JSON.stringify({ object: 'page', entry: [{ id: pageId, time: 1767225600, changes: [{ field: 'feed', value }] }] });
}

const comment = (commentId: string, message: string, extra: Record<string, unknown> = {}) => ({
  from: { id: '100025351138869', name: 'Chris Hamm' },
  post: { status_type: 'mobile_status_update', is_published: true, updated_time: '2026-01-01T00:00:00+0000', permalink_url: 'https://www.facebook.com/CedarPlains/posts/555', promotion_status: 'inactive', id: `${PAGE_ID}_555` },
  message,
  post_id: `${PAGE_ID}_555`,
  comment_id: commentId,
  created_time: 1767225600,
  item: 'comment',
  parent_id: `${PAGE_ID}_555`,
  verb: 'add',
  ...extra,
});

describe('Facebook webhook', () => {
  let api: ApiHarness;
  const deliver = (raw: string, signature: string | null = sign(raw)) =>
    api.app.inject({ method: 'POST', url: FACEBOOK_WEBHOOK, headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) }, payload: raw });
  const stored = async (externalId: string) =>
    (await api.test.db.query<{ id: string; text: string; channel_account_id: string; thread_id: string; revision: number }>(`SELECT id, text, channel_account_id, thread_id, revision FROM posts WHERE platform = 'facebook' AND external_id = $1`, [externalId])).rows;
  const jobsFor = async (postId: string) =>
    (await api.test.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'post.process' AND data->'postIds' ? $1`, [postId])).rows[0].n;

  beforeAll(async () => {
    api = await apiHarness({ FACEBOOK_APP_SECRET: APP_SECRET, FACEBOOK_VERIFY_TOKEN: VERIFY_TOKEN });
    await api.test.db.query(`INSERT INTO channel_accounts (id, platform, name, external_id) VALUES ('fb-system', 'facebook', 'Cedar Plains Health', $1)`, [PAGE_ID]);
  });
  afterAll(() => api?.close());

  it('answers the subscription handshake with the challenge, and refuses a wrong verify token', async () => {
    const ok = await api.app.inject({ method: 'GET', url: `${FACEBOOK_WEBHOOK}?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${VERIFY_TOKEN}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('1158201444');
    const wrong = await api.app.inject({ method: 'GET', url: `${FACEBOOK_WEBHOOK}?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=guess` });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.body).not.toContain('1158201444');
  });

  it('stores a signed new comment as a post of the page’s channel account and enqueues its processing', async () => {
    const res = await deliver(feed(comment(`${PAGE_ID}_555_7001`, 'Waited three hours in the ER at Northside.')));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accepted: 1, duplicates: 0, revised: 0, rejected: 0, ignored: 0 });
    const [post] = await stored(`${PAGE_ID}_555_7001`);
    expect(post).toMatchObject({ text: 'Waited three hours in the ER at Northside.', channel_account_id: 'fb-system', thread_id: `${PAGE_ID}_555` });
    expect(await jobsFor(post.id)).toBe(1);
  });

  it('stores the same event delivered twice once', async () => {
    const raw = feed(comment(`${PAGE_ID}_555_7002`, 'Nobody answered the phone all weekend.'));
    expect((await deliver(raw)).json()).toMatchObject({ accepted: 1 });
    expect((await deliver(raw)).json()).toMatchObject({ accepted: 0, duplicates: 1 });
    const posts = await stored(`${PAGE_ID}_555_7002`);
    expect(posts).toHaveLength(1);
    expect(await jobsFor(posts[0].id)).toBe(1);
  });

  it('turns an edited comment into a revision of the same post', async () => {
    await deliver(feed(comment(`${PAGE_ID}_555_7003`, 'The parking is fine.')));
    const res = await deliver(feed(comment(`${PAGE_ID}_555_7003`, 'The parking is a disaster.', { verb: 'edited' })));
    expect(res.json()).toMatchObject({ revised: 1 });
    expect(await stored(`${PAGE_ID}_555_7003`)).toMatchObject([{ text: 'The parking is a disaster.', revision: 2 }]);
  });

  it('verifies the exact bytes received: escaped non-ASCII text keeps its signature', async () => {
    const raw = feed(comment(`${PAGE_ID}_555_7004`, 'Cita cancelada sin aviso. ¡Qué mal!')).replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(raw).toContain('\\u00a1');
    expect((await deliver(raw)).statusCode).toBe(200);
    expect((await stored(`${PAGE_ID}_555_7004`))[0].text).toBe('Cita cancelada sin aviso. ¡Qué mal!');
  });

  it.each([
    ['a missing signature', null],
    ['a signature made with another secret', 'other-secret'],
    ['a malformed signature', 'sha1=abc'],
  ])('refuses %s with 401 and stores nothing', async (_label, variant) => {
    const raw = feed(comment(`${PAGE_ID}_555_7999`, 'Forged complaint.'));
    const signature = variant === null ? null : variant.startsWith('sha1=') ? variant : sign(raw, variant);
    const res = await deliver(raw, signature);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'unauthorized', message: expect.stringContaining('X-Hub-Signature-256') });
    expect(await stored(`${PAGE_ID}_555_7999`)).toHaveLength(0);
  });

  it('refuses a body altered after signing', async () => {
    const raw = feed(comment(`${PAGE_ID}_555_7998`, 'Original words.'));
    const res = await deliver(raw.replace('Original', 'Altered'), sign(raw));
    expect(res.statusCode).toBe(401);
    expect(await stored(`${PAGE_ID}_555_7998`)).toHaveLength(0);
  });

  it('ignores the page’s own replies, other feed items, removals and unknown pages', async () => {
    const raw = JSON.stringify({
      object: 'page',
      entry: [
        { id: PAGE_ID, time: 1, changes: [{ field: 'feed', value: comment(`${PAGE_ID}_555_8001`, 'Thanks for telling us.', { from: { id: PAGE_ID, name: 'Cedar Plains Health' } }) }] },
        { id: PAGE_ID, time: 1, changes: [{ field: 'feed', value: { item: 'reaction', verb: 'add', reaction_type: 'like', post_id: `${PAGE_ID}_555`, from: { id: '1' } } }] },
        { id: PAGE_ID, time: 1, changes: [{ field: 'feed', value: comment(`${PAGE_ID}_555_8002`, 'gone', { verb: 'remove' }) }] },
        { id: '999', time: 1, changes: [{ field: 'feed', value: comment('999_1_2', 'Comment on a page we do not manage.') }] },
      ],
    });
    const res = await deliver(raw);
    expect(res.json()).toEqual({ accepted: 0, duplicates: 0, revised: 0, rejected: 0, ignored: 4 });
    expect(await stored(`${PAGE_ID}_555_8001`)).toHaveLength(0);
  });

  it('leaves JSON parsing of every other route as it was', async () => {
    const res = await api.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([{ path: '(body)', message: 'malformed JSON' }]);
    const login = await api.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: { email: 'nobody@example.org', password: 'x' } });
    expect(login.statusCode).toBe(401);
  });
});

describe('Facebook webhook without an app secret', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await apiHarness();
  });
  afterAll(() => api?.close());

  it('is off and says which settings turn it on', async () => {
    const raw = feed(comment('1_2_3', 'x'));
    const res = await api.app.inject({ method: 'POST', url: FACEBOOK_WEBHOOK, headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(raw) }, payload: raw });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toContain('FACEBOOK_APP_SECRET');
  });
});
