// The clock sweep over many open cases, about 1% of whose clocks are due: the due-clock query alone, then a
// whole `sweepClocks` call that advances them and records their breaches.
import { ingestPosts } from '../src/app/ingest.js';
import { processPost } from '../src/app/process-post.js';
import { sweepClocks } from '../src/app/sweep-clocks.js';
import { loadTinyOrg, runtimeOn } from '../test/support/api-runtime.js';
import { syntheticPosts } from '../test/support/synthetic-posts.js';
import { bulkCases } from '../test/support/bulk-cases.js';
import { freshDatabase, type Mode, type Row } from './databases.js';

export async function benchSweep(mode: Mode, cases: number): Promise<Row> {
  const test = await freshDatabase(mode);
  await loadTinyOrg(test);
  const rt = await runtimeOn(test);
  try {
    const { db, queue } = rt;
    // One real complaint gives a clock as the pipeline writes it; every bulk case gets a copy.
    const r = await ingestPosts(db, queue, syntheticPosts(1, { prefix: 'clock' }));
    await processPost(db, queue, await rt.org.get(), r.ids[0]!);
    const template = await db.query<{ due_at: Date }>(`SELECT due_at FROM clocks ORDER BY due_at LIMIT 1`);
    if (!template.rows[0]) throw new Error('the template complaint started no clock');
    const at = new Date(template.rows[0].due_at.getTime() + 60_000);
    await bulkCases(db, cases, { allOpen: true });
    await db.query(
      `INSERT INTO clocks (case_id, name, policy, state, due_at, next_wake_at, data)
       SELECT c.id, t.name, t.policy, t.state, t.due_at,
              CASE WHEN c.number % 100 = 0 THEN $1::timestamptz - interval '1 minute' ELSE $1::timestamptz + interval '1 day' END, t.data
         FROM cases c CROSS JOIN (SELECT * FROM clocks ORDER BY due_at LIMIT 1) t
        WHERE c.author_id IN (SELECT id FROM authors WHERE platform_user_id LIKE 'bulk-%')`,
      [at],
    );
    await db.query('ANALYZE clocks');
    const q0 = performance.now();
    const due = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM clocks WHERE next_wake_at <= $1`, [at]);
    const queryMs = performance.now() - q0;
    const s0 = performance.now();
    const result = await sweepClocks(db, queue, await rt.org.get(), at);
    const sweepMs = performance.now() - s0;
    return {
      benchmark: 'clock sweep (due clocks of open cases)',
      mode,
      size: `${cases} open cases, ${due.rows[0].n} due`,
      result: `sweep ${sweepMs.toFixed(0)} ms (${result.examined} examined, ${result.events} events); due-clock query ${queryMs.toFixed(1)} ms`,
      goal: '< 1 s',
    };
  } finally {
    await rt.close();
    await test.drop();
  }
}
