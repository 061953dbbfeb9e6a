// A runtime for integration tests: a fresh database (PGlite or the server in TEST_DATABASE_URL) with the queue
// started but no workers, so tests drive processing step by step.
import { createTestDb } from '../store/test-db.js';
import { JobQueue } from '../jobs/queue.js';
import { JOBS } from '../jobs/definitions.js';
import { cachedOrgState } from './org-state.js';
import { processPost } from './process-post.js';
import type { Db } from '../store/db.js';

export interface TestRuntime {
  db: Db;
  queue: JobQueue;
  url?: string;
  org: ReturnType<typeof cachedOrgState>;
  /** Processes every unprocessed post, as workers would. */
  processAll(now?: Date): Promise<number>;
  close(): Promise<void>;
}

export async function createTestRuntime(): Promise<TestRuntime> {
  const t = await createTestDb();
  const queue = new JobQueue(t.db, JOBS);
  await queue.start();
  const org = cachedOrgState(t.db, 0);
  return {
    db: t.db,
    queue,
    url: t.url,
    org,
    async processAll(now = new Date()) {
      const ids = await t.db.query<{ id: string }>('SELECT id FROM posts WHERE processed_at IS NULL ORDER BY created_at');
      const state = await org.get();
      for (const { id } of ids.rows) await processPost(t.db, queue, state, id, now);
      return ids.rows.length;
    },
    async close() {
      await queue.stop();
      await t.drop();
    },
  };
}
