// Two `redress worker` processes on one PostgreSQL database never process the same job at the same time:
// every post is handled once, no author ends up with two open cases, and every job completes exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { createTestDb, type TestDb } from '../../src/store/test-db.js';
import { ingestPosts } from '../../src/app/ingest.js';
import { loadTinyOrg, runtimeOn } from '../support/api-runtime.js';
import { syntheticPosts } from '../support/synthetic-posts.js';
import { exited, spawnCli, waitFor } from '../support/cli.js';

const POSTS = Number(process.env.TWO_WORKERS_POSTS ?? 2_000);

describe.skipIf(!process.env.TEST_DATABASE_URL)(`two worker processes on one database (${POSTS} posts)`, () => {
  let test: TestDb;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    test = await createTestDb();
    await loadTinyOrg(test);
    const rt = await runtimeOn(test);
    // Authors with several posts make the two workers race for the same author's case.
    const posts = syntheticPosts(POSTS, { prefix: 'two', authors: Math.ceil(POSTS / 4) });
    for (let i = 0; i < posts.length; i += 1000) await ingestPosts(test.db, rt.queue, posts.slice(i, i + 1000));
    await rt.close();
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await test?.drop();
  });

  it('processes each post once with both workers running', async () => {
    for (let i = 0; i < 2; i++) workers.push(spawnCli(['worker'], { DATABASE_URL: test.url, WORKER_POLL_SECONDS: '1' }));
    const ends = workers.map((w) => exited(w));
    const { db } = test;
    await waitFor(
      async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM posts WHERE processed_at IS NOT NULL`)).rows[0].n === POSTS,
      120_000,
      'every post processed',
      500,
    );
    for (const w of workers) w.kill('SIGTERM');
    const results = await Promise.all(ends);
    for (const r of results) expect(r.stderr.replace('Stopping…\n', '')).toBe('');

    const twiceOpened = await db.query(
      `SELECT data->>'postId' AS post, count(*)::int AS n FROM case_events WHERE type = 'case.opened' GROUP BY 1 HAVING count(*) > 1`,
    );
    expect(twiceOpened.rows).toEqual([]);
    const twoOpenCases = await db.query(
      `SELECT author_id FROM cases WHERE status NOT IN ('resolved', 'closed') AND merged_into IS NULL GROUP BY author_id HAVING count(*) > 1`,
    );
    expect(twoOpenCases.rows).toEqual([]);
    const casesPerPost = await db.query(`SELECT id FROM posts WHERE case_id IS NOT NULL AND case_id NOT IN (SELECT id FROM cases)`);
    expect(casesPerPost.rows).toEqual([]);
    // Every post was queued exactly once (in a group), and every group completed without a retry.
    const jobs = await db.query<{ queued: number; posts: number; open: number; retried: number }>(
      `SELECT count(*)::int AS queued, count(DISTINCT q.post_id)::int AS posts,
              count(*) FILTER (WHERE j.state <> 'completed')::int AS open, count(*) FILTER (WHERE j.retry_count > 0)::int AS retried
         FROM pgboss.job j, jsonb_array_elements_text(j.data->'postIds') AS q(post_id) WHERE j.name = 'post.process'`,
    );
    expect(jobs.rows[0]).toEqual({ queued: POSTS, posts: POSTS, open: 0, retried: 0 });
  }, 180_000);
});
