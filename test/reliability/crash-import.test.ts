// A `redress import` killed with SIGKILL right after its first batch committed, then started again, loses nothing
// and duplicates nothing: each batch commits its posts together with their jobs, the second run recognises what the
// first stored, and `redress worker` then processes every post. On PostgreSQL and on the embedded database alike.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onServer } from '../../src/store/test-db.js';
import { cliDatabase, type CliDatabase } from '../support/cli-database.js';
import { syntheticPosts, toJsonl } from '../support/synthetic-posts.js';
import { exited, runCli, spawnCli, waitFor, waitForOutput } from '../support/cli.js';

// 3,000 posts keep the run under a minute in either mode (CRASH_IMPORT_POSTS=10000 for the full size).
const POSTS = Number(process.env.CRASH_IMPORT_POSTS ?? 3_000);
// Long enough for the embedded worker to process a good share before it is stopped to look.
const EMBEDDED_WORKER_SLICE_MS = 20_000;

interface Stats {
  posts: number;
  distinct_keys: number;
  processed: number;
  queued_posts: number;
  posts_with_jobs: number;
  open_jobs: number;
  failed_jobs: number;
}

const STATS_SQL = `SELECT (SELECT count(*)::int FROM posts) AS posts,
  (SELECT count(DISTINCT (platform, external_id))::int FROM posts) AS distinct_keys,
  (SELECT count(processed_at)::int FROM posts) AS processed,
  (SELECT count(*)::int FROM pgboss.job j, jsonb_array_elements_text(j.data->'postIds') WHERE j.name = 'post.process') AS queued_posts,
  (SELECT count(DISTINCT q.id)::int FROM pgboss.job j, jsonb_array_elements_text(j.data->'postIds') AS q(id) WHERE j.name = 'post.process') AS posts_with_jobs,
  (SELECT count(*)::int FROM pgboss.job WHERE name = 'post.process' AND state IN ('created', 'retry', 'active')) AS open_jobs,
  (SELECT count(*)::int FROM pgboss.job WHERE name = 'post.process' AND state = 'failed') AS failed_jobs`;

/**
 * Runs `redress worker` as an operator would until no post.process job is open. On a server the test watches the
 * database while the worker runs; the embedded database admits one process, so there the worker is stopped with
 * SIGTERM to look and started again while work remains.
 */
async function runWorkerUntilDone(target: CliDatabase, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ runs: number; stats: Stats }> {
  const stats = async () => (await target.rows<Stats>(STATS_SQL))[0];
  const end = Date.now() + timeoutMs;
  for (let runs = 1; Date.now() < end; runs++) {
    const worker = spawnCli(['worker'], { ...env, WORKER_POLL_SECONDS: '1' });
    const done = exited(worker);
    await waitForOutput(worker.stdout, /is processing jobs/, 60_000, 'the worker to start');
    if (target.server) await waitFor(async () => (await stats()).open_jobs === 0, end - Date.now(), 'every post.process job', 500);
    else await new Promise((r) => setTimeout(r, Math.min(EMBEDDED_WORKER_SLICE_MS, Math.max(end - Date.now(), 0))));
    worker.kill('SIGTERM');
    const stopped = await done;
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(stopped.stderr.replace('Stopping…\n', '')).toBe('');
    const now = await stats();
    if (now.open_jobs === 0) return { runs, stats: now };
  }
  throw new Error(`post.process jobs still open after ${timeoutMs} ms`);
}

describe(`redress import killed with SIGKILL mid-way (${POSTS} posts, ${onServer ? 'PostgreSQL' : 'embedded'})`, () => {
  let dir: string;
  let file: string;
  let target: CliDatabase;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redress-crash-'));
    file = join(dir, 'posts.jsonl');
    writeFileSync(file, toJsonl(syntheticPosts(POSTS, { prefix: 'crash', authors: Math.ceil(POSTS / 3) })));
    target = await cliDatabase(dir);
  });
  afterAll(async () => {
    await target?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores every post exactly once and processes each after a restart', async () => {
    const started = Date.now();
    const child = spawnCli(['import', file], target.env);
    const done = exited(child);
    const first = await waitForOutput(child.stderr, /^committed (\d+) of \d+$/m, 60_000, 'the first committed batch');
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.code, `the importer finished before it could be killed: ${killed.stdout}`).toBeNull();
    // Embedded: this also opens the data the killed process left, lock file and all.
    const committed = await target.count('SELECT count(*)::int AS n FROM posts');
    expect(committed).toBeGreaterThanOrEqual(Number(first[1]));
    expect(committed).toBeLessThanOrEqual(POSTS);

    const again = await runCli(['import', file], target.env);
    expect(again.code, again.stderr).toBe(0);
    const progress = again.stderr.trimEnd().split('\n');
    expect(progress.every((l) => /^committed \d+ of \d+$/.test(l)), again.stderr).toBe(true);
    expect(progress.at(-1)).toBe(`committed ${POSTS} of ${POSTS}`);
    const summary = /(\d+) accepted, (\d+) duplicates, (\d+) revised, (\d+) rejected/.exec(again.stdout)!;
    expect(summary.slice(1).map(Number)).toEqual([POSTS - committed, committed, 0, 0]);
    const imported = Date.now();

    const { runs, stats } = await runWorkerUntilDone(target, target.env, 600_000);
    console.info(
      `crash-import (${onServer ? 'PostgreSQL' : 'embedded'}, ${POSTS} posts): ${committed} committed before SIGKILL; ` +
        `imports ${((imported - started) / 1000).toFixed(1)} s, worker ${((Date.now() - imported) / 1000).toFixed(1)} s in ${runs} run(s)`,
    );
    expect(stats).toEqual({ posts: POSTS, distinct_keys: POSTS, processed: POSTS, queued_posts: POSTS, posts_with_jobs: POSTS, open_jobs: 0, failed_jobs: 0 });
    const twoOpenCases = await target.count(
      `SELECT count(*)::int AS n FROM (SELECT author_id FROM cases WHERE status NOT IN ('resolved', 'closed') AND merged_into IS NULL GROUP BY author_id HAVING count(*) > 1) x`,
    );
    expect(twoOpenCases).toBe(0);
  }, 900_000);
});
