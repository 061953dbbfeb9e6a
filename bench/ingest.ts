// Posts per second through the API until their cases exist (workers in-process), next to a plain multi-row
// INSERT of the same rows into the same database.
import { startWorkers } from '../src/app/runtime.js';
import { apiHarness } from '../test/support/api-runtime.js';
import { syntheticPosts } from '../test/support/synthetic-posts.js';
import { freshDatabase, type Mode, type Row } from './databases.js';
import { analyze } from '../src/triage/analyze.js';

const BATCH = 1000;

export async function benchIngest(mode: Mode, count: number): Promise<Row> {
  const h = await apiHarness({ WORKER_POLL_SECONDS: '1' }, await freshDatabase(mode));
  try {
    const posts = syntheticPosts(count, { prefix: 'api', authors: Math.ceil(count / 2) });
    await startWorkers(h.rt);
    const t0 = performance.now();
    for (let i = 0; i < count; i += BATCH) {
      const r = await h.app.inject({ method: 'POST', url: '/api/v1/posts', headers: h.headers, payload: { posts: posts.slice(i, i + BATCH) } });
      if (r.statusCode !== 202) throw new Error(`ingest answered ${r.statusCode}: ${r.body.slice(0, 200)}`);
    }
    const db = h.rt.db;
    for (;;) {
      const r = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM posts WHERE processed_at IS NULL`);
      if (r.rows[0].n === 0) break;
      await new Promise((res) => setTimeout(res, 100));
    }
    const apiSeconds = (performance.now() - t0) / 1000;
    await h.rt.queue.stop();

    const plain = syntheticPosts(count, { prefix: 'plain', authors: Math.ceil(count / 2) });
    const authors = await db.query<{ id: string }>(`SELECT id FROM authors LIMIT 1`);
    const authorId = authors.rows[0].id;
    const t1 = performance.now();
    for (let i = 0; i < count; i += BATCH) {
      const chunk = plain.slice(i, i + BATCH) as { platform: string; externalId: string; text: string; rating: number; createdAt: string }[];
      const params = chunk.flatMap((p) => [p.platform, p.externalId, authorId, 'juniper-main', p.text, p.rating, p.createdAt, 'public', JSON.stringify(p)]);
      const values = chunk.map((_, r) => `(${Array.from({ length: 9 }, (_, c) => `$${r * 9 + c + 1}`).join(', ')})`).join(', ');
      await db.query(`INSERT INTO posts (platform, external_id, author_id, listing_site_id, text, rating, created_at, visibility, raw) VALUES ${values}`, params);
    }
    const insertSeconds = (performance.now() - t1) / 1000;
    // Triage alone, in this process, of the same posts: the pipeline cannot beat insert + triage, whatever it writes.
    const profile = (await h.rt.org.get()).profile;
    const t2 = performance.now();
    for (const p of posts as { text: string; platform: string; rating?: number }[]) analyze({ text: p.text, platform: p.platform as never, rating: p.rating }, profile);
    const triageSeconds = (performance.now() - t2) / 1000;
    const api = count / apiSeconds;
    const insert = count / insertSeconds;
    const ceiling = insertSeconds / (insertSeconds + triageSeconds);
    return {
      benchmark: 'ingest: API + triage + cases vs plain INSERT',
      mode,
      size: `${count} posts, batches of ${BATCH}`,
      result: `${api.toFixed(0)} posts/s vs ${insert.toFixed(0)} rows/s: ratio ${(api / insert).toFixed(3)} (insert + triage alone would give ${ceiling.toFixed(2)})`,
      goal: 'ratio ≥ 0.5',
    };
  } finally {
    await h.close();
  }
}
