// Bad input at the front door: every malformed request is refused with a path that names the problem, and a
// refused request leaves nothing behind. Sending the same batch twice creates nothing new. (Bad files through
// `redress import`: import-files.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, footprint, type ApiHarness } from '../support/api-runtime.js';
import { syntheticPosts } from '../support/synthetic-posts.js';
import { processPost } from '../../src/app/process-post.js';

interface ErrorBody {
  error: string;
  details: { path: string; message: string }[];
}

describe('the posts API refuses bad input and stores nothing partial', () => {
  let h: ApiHarness;
  let stored: Awaited<ReturnType<typeof footprint>>;
  const good = (i: number) => syntheticPosts(1, { prefix: `bad-${i}` })[0];
  const post = (payload: string | Buffer | object, headers: Record<string, string> = {}) =>
    h.app.inject({ method: 'POST', url: '/api/v1/posts', headers: { ...h.headers, 'content-type': 'application/json', ...headers }, payload });
  const pathsOf = (body: string) => (JSON.parse(body) as ErrorBody).details.map((d) => d.path);

  beforeAll(async () => {
    h = await apiHarness({ BODY_LIMIT_BYTES: String(8 * 1024 * 1024) });
    stored = await footprint(h);
  });
  afterAll(() => h?.close());

  it('answers malformed JSON with 400 naming the body', async () => {
    const r = await post('{"posts": [ {"platform": ');
    expect(r.statusCode).toBe(400);
    expect(pathsOf(r.body)).toEqual(['(body)']);
    expect(await footprint(h)).toEqual(stored);
  });

  it('answers bytes that are not UTF-8 with 400', async () => {
    const json = Buffer.from(JSON.stringify({ posts: [{ ...good(1), text: 'caf_ was closed' }] }));
    json[json.indexOf('_')] = 0xff;
    const r = await post(json);
    expect(r.statusCode).toBe(400);
    expect(pathsOf(r.body)).toEqual(['(body)']);
    expect(await footprint(h)).toEqual(stored);
  });

  it('rejects a post with an unknown field, naming the field', async () => {
    const r = await post({ posts: [{ ...good(2), mood: 'angry' }] });
    expect(r.statusCode).toBe(202);
    const body = r.json() as { accepted: number; rejected: { index: number; details: { path: string }[] }[] };
    expect(body.accepted).toBe(0);
    expect(body.rejected[0].details.map((d) => d.path)).toContain('mood');
    expect(await footprint(h)).toEqual(stored);
  });

  it('rejects a post with a missing field, naming it', async () => {
    const { text: _text, ...noText } = good(3);
    const r = await post({ posts: [noText] });
    const body = r.json() as { accepted: number; rejected: { details: { path: string }[] }[] };
    expect(body.accepted).toBe(0);
    expect(body.rejected[0].details.map((d) => d.path)).toContain('text');
    expect(await footprint(h)).toEqual(stored);
  });

  it('rejects a rating sent as a string instead of coercing it', async () => {
    const r = await post({ posts: [{ ...good(4), rating: '5' }] });
    const body = r.json() as { accepted: number; rejected: { details: { path: string }[] }[] };
    expect(body.accepted).toBe(0);
    expect(body.rejected[0].details.map((d) => d.path)).toContain('rating');
    expect(await footprint(h)).toEqual(stored);
  });

  it('stores the good posts of a batch and names the index of the bad one', async () => {
    const r = await post({ posts: [good(5), { ...good(6), createdAt: 'yesterday' }, good(7)] });
    const body = r.json() as { accepted: number; rejected: { index: number; details: { path: string }[] }[] };
    expect(body.accepted).toBe(2);
    expect(body.rejected).toEqual([{ index: 1, details: [expect.objectContaining({ path: 'createdAt' })] }]);
    stored = await footprint(h);
  });

  it('refuses a body over the limit with 413', async () => {
    const posts = Array.from({ length: 500 }, (_, i) => ({ ...good(100 + i), text: 'x'.repeat(19_000) }));
    const r = await post({ posts });
    expect(r.statusCode).toBe(413);
    expect(await footprint(h)).toEqual(stored);
  });

  it('refuses a 10 MB text field', async () => {
    const r = await post({ posts: [{ ...good(8), text: 'a'.repeat(10 * 1024 * 1024) }] });
    expect(r.statusCode).toBe(413);
    expect(await footprint(h)).toEqual(stored);
  });

  it('rejects a text just over the per-post limit, naming text', async () => {
    const r = await post({ posts: [{ ...good(9), text: 'a'.repeat(20_001) }] });
    const body = r.json() as { accepted: number; rejected: { details: { path: string }[] }[] };
    expect(body.accepted).toBe(0);
    expect(body.rejected[0].details.map((d) => d.path)).toContain('text');
    expect(await footprint(h)).toEqual(stored);
  });

  it('rejects an empty text unless the post has a star rating, naming text', async () => {
    const r = await post({ posts: [{ ...good(10), text: '  ', rating: null }] });
    const body = r.json() as { accepted: number; rejected: { details: { path: string; message: string }[] }[] };
    expect(body.accepted).toBe(0);
    expect(body.rejected[0].details).toEqual([{ path: 'text', message: 'must not be empty unless the post has a rating' }]);
    expect(await footprint(h)).toEqual(stored);
  });

  it('creates no post, case or job when the same batch is sent twice', async () => {
    const batch = syntheticPosts(50, { prefix: 'twice', authors: 20 });
    const first = await post({ posts: batch });
    expect((first.json() as { accepted: number }).accepted).toBe(50);
    const org = await h.rt.org.get();
    const ids = await h.rt.db.query<{ id: string }>('SELECT id FROM posts WHERE processed_at IS NULL');
    for (const { id } of ids.rows) await processPost(h.rt.db, h.rt.queue, org, id);
    const before = await footprint(h);
    expect(before.cases).toBeGreaterThan(0);
    const again = await post({ posts: batch });
    expect(again.json()).toMatchObject({ accepted: 0, duplicates: 50, revised: 0, rejected: [] });
    expect(await footprint(h)).toEqual(before);
  });
});
