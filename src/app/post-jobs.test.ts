import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from './test-runtime.js';
import { ingestPosts, POSTS_PER_JOB } from './ingest.js';
import { syntheticPosts } from '../../test/support/synthetic-posts.js';

// Synthetic posts name a listing this bare runtime does not have.
const posts = (count: number, prefix: string) => syntheticPosts(count, { prefix, authors: count }).map(({ listing: _listing, ...post }) => post);

describe('post.process jobs', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(() => rt?.close());

  const jobs = async () =>
    (await rt.db.query<{ size: number }>(`SELECT jsonb_array_length(data->'postIds')::int AS size FROM pgboss.job WHERE name = 'post.process' ORDER BY size DESC`)).rows.map((r) => r.size);

  it('queues a bulk import in groups, one job row per group rather than per post', async () => {
    const count = POSTS_PER_JOB * 2 + 50;
    const result = await ingestPosts(rt.db, rt.queue, posts(count, 'grouped'));
    expect(result.accepted).toBe(count);
    expect(await jobs()).toEqual([POSTS_PER_JOB, POSTS_PER_JOB, 50]);
    await rt.processAll();
    const r = await rt.db.query<{ unprocessed: number }>(`SELECT count(*)::int AS unprocessed FROM posts WHERE processed_at IS NULL`);
    expect(r.rows[0].unprocessed).toBe(0);
  });

  it('still processes a job queued before posts were grouped', async () => {
    const inserted = await ingestPosts(rt.db, rt.queue, posts(1, 'legacy'));
    await rt.processAll();
    const postId = inserted.ids[0]!;
    await rt.db.query(`UPDATE posts SET processed_at = NULL, case_id = NULL WHERE id = $1`, [postId]);
    await rt.queue.enqueue('post.process', [{ postId }]);
    await rt.processAll();
    const r = await rt.db.query<{ processed: boolean }>(`SELECT processed_at IS NOT NULL AS processed FROM posts WHERE id = $1`, [postId]);
    expect(r.rows[0].processed).toBe(true);
  });
});
