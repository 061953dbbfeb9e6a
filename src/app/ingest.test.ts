import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiHarness, footprint, type ApiHarness } from '../../test/support/api-runtime.js';
import { syntheticPosts } from '../../test/support/synthetic-posts.js';
import { ingestPosts } from './ingest.js';

let h: ApiHarness;
beforeEach(async () => {
  h = await apiHarness();
});
afterEach(() => h.close());

it('writes what a caller stores beside the posts in the same transaction: a failure there leaves nothing', async () => {
  const before = await footprint(h);
  const failing = ingestPosts(h.rt.db, h.rt.queue, syntheticPosts(2, { prefix: 'beside' }), async (tx, ids) => {
    await tx.query(`INSERT INTO uploads (post_id, filename, content_type, bytes) VALUES ($1, 'a.png', 'image/png', '\\x00')`, [ids[0]]);
    throw new Error('the screenshot could not be stored');
  });
  await expect(failing).rejects.toThrow('the screenshot could not be stored');
  expect(await footprint(h)).toEqual(before);
  expect((await h.rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM uploads`)).rows[0].n).toBe(0);
});
