import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from './test-runtime.js';
import { loadDemo, demoPosts } from '../demo/load.js';
import { ingestPosts } from './ingest.js';

describe('ingest → triage → case → routing on the demo data', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await createTestRuntime();
    await loadDemo(rt.db, rt.queue);
    await rt.processAll();
  });
  afterAll(() => rt?.close());

  it('stores every demo post once and processes each of them', async () => {
    const r = await rt.db.query<{ total: number; processed: number }>(
      'SELECT count(*)::int AS total, count(processed_at)::int AS processed FROM posts',
    );
    expect(r.rows[0].total).toBe(demoPosts(new Date()).length);
    expect(r.rows[0].processed).toBe(r.rows[0].total);
  });

  it('opens cases for complaints and routes them to a team with clocks', async () => {
    const r = await rt.db.query<{ n: number; routed: number; clocked: number }>(
      `SELECT count(*)::int AS n, count(team_id)::int AS routed, count(next_due_at)::int AS clocked FROM cases`,
    );
    expect(r.rows[0].n).toBeGreaterThan(50);
    expect(r.rows[0].routed).toBe(r.rows[0].n);
    expect(r.rows[0].clocked).toBeGreaterThan(0);
    const rules = await rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM case_events WHERE type = 'rule.applied'`);
    expect(rules.rows[0].n).toBeGreaterThanOrEqual(r.rows[0].n);
  });

  it('creates nothing new when the same batch is sent again', async () => {
    const before = await rt.db.query<{ p: number; c: number; j: number }>(
      `SELECT (SELECT count(*)::int FROM posts) AS p, (SELECT count(*)::int FROM cases) AS c,
              (SELECT count(*)::int FROM pgboss.job WHERE name = 'post.process') AS j`,
    );
    const again = await ingestPosts(rt.db, rt.queue, demoPosts(new Date()).map((p) => ({ ...p, createdAt: (p as { createdAt: string }).createdAt })));
    expect(again.accepted).toBe(0);
    expect(again.revised).toBe(0);
    expect(await rt.processAll()).toBe(0);
    const after = await rt.db.query(
      `SELECT (SELECT count(*)::int FROM posts) AS p, (SELECT count(*)::int FROM cases) AS c,
              (SELECT count(*)::int FROM pgboss.job WHERE name = 'post.process') AS j`,
    );
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('joins a second post by the same author to their open case', async () => {
    const r = await rt.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT case_id FROM posts WHERE case_id IS NOT NULL GROUP BY case_id HAVING count(*) > 1) x`,
    );
    expect(r.rows[0].n).toBeGreaterThan(0);
  });
});
