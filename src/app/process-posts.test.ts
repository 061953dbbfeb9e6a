// Processing a batch set-based must decide exactly what processing its posts one at a time decides: the same cases,
// the same posts in each, the same routing, clocks, timeline and notifications.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from './test-runtime.js';
import { loadDemo } from '../demo/load.js';
import { NEEDS_READING_TAG, processPosts } from './process-post.js';
import { ingestPosts } from './ingest.js';
import { refreshNextClocks } from './clocks.js';

const NOW = new Date();

/** Everything processing decided, keyed by external ids so two databases compare. */
async function decisions(rt: TestRuntime) {
  const cases = await rt.db.query(
    `SELECT (SELECT string_agg(p.external_id, ',' ORDER BY p.external_id) FROM posts p WHERE p.case_id = c.id) AS posts,
            c.status, c.priority, c.site_id, c.team_id, (SELECT u.email FROM users u WHERE u.id = c.assignee_id) AS assignee, c.tags, c.confidential, c.approval_required,
            c.categories, c.risks, c.severity, c.timing, c.next_clock, c.next_due_at, c.excerpt,
            (SELECT array_agg(e.type ORDER BY e.id) FROM case_events e WHERE e.case_id = c.id) AS events,
            (SELECT array_agg(k.name || ':' || k.state || ':' || k.due_at ORDER BY k.name) FROM clocks k WHERE k.case_id = c.id) AS clocks,
            (SELECT array_agg(n.kind || ':' || n.subject ORDER BY n.kind, n.subject) FROM notifications n WHERE n.case_id = c.id) AS notes
       FROM cases c ORDER BY 1`,
  );
  const kept = await rt.db.query(`SELECT external_id, triage - 'id' AS triage FROM posts WHERE case_id IS NULL ORDER BY external_id`);
  return { cases: cases.rows.map((c) => ({ ...c, notes: (c.notes as string[] | null)?.map((n) => n.replace(/#\d+/, '#')) })), kept: kept.rows };
}

describe('set-based post processing', () => {
  let single: TestRuntime;
  let batched: TestRuntime;
  beforeAll(async () => {
    [single, batched] = await Promise.all([createTestRuntime(), createTestRuntime()]);
    await Promise.all([loadDemo(single.db, single.queue, NOW), loadDemo(batched.db, batched.queue, NOW)]);
  });
  afterAll(async () => {
    await single?.close();
    await batched?.close();
  });

  it('decides what one-at-a-time processing decides, for the whole demo in batches', async () => {
    await single.processAll(NOW);
    const ids = (await batched.db.query<{ id: string }>('SELECT id FROM posts ORDER BY created_at, id')).rows.map((r) => r.id);
    const org = await batched.org.get();
    for (let i = 0; i < ids.length; i += 60) await processPosts(batched.db, batched.queue, org, ids.slice(i, i + 60), NOW);
    const [a, b] = await Promise.all([decisions(single), decisions(batched)]);
    expect(b.cases.length).toBeGreaterThan(50);
    expect(b).toEqual(a);
  });

  it('stores the nearest clock on a new case as a refresh from its clock rows would', async () => {
    const before = await batched.db.query(`SELECT id, next_due_at, next_clock FROM cases ORDER BY id`);
    await refreshNextClocks(batched.db, before.rows.map((r) => r.id as string));
    const after = await batched.db.query(`SELECT id, next_due_at, next_clock FROM cases ORDER BY id`);
    expect(after.rows).toEqual(before.rows);
  });

  it('starts the clocks of a post that reached us late from when it was written, and those of an old import on arrival', async () => {
    const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000).toISOString();
    const text = 'Waited three hours at Northside and the front desk was rude to my mother. Very disappointed.';
    const r = await ingestPosts(batched.db, batched.queue, [
      { platform: 'google', externalId: 'late-1', author: { id: 'late-author' }, text, rating: 1, createdAt: hoursAgo(3) },
      { platform: 'google', externalId: 'old-1', author: { id: 'old-author' }, text, rating: 1, createdAt: hoursAgo(24 * 20) },
    ]);
    await processPosts(batched.db, batched.queue, await batched.org.get(), r.ids as string[], NOW);
    const started = await batched.db.query<{ external_id: string; started: string }>(
      `SELECT p.external_id, k.data->>'startedAt' AS started FROM posts p JOIN clocks k ON k.case_id = p.case_id AND k.name = 'public_ack' WHERE p.id = ANY($1::uuid[])`,
      [r.ids],
    );
    expect(Object.fromEntries(started.rows.map((k) => [k.external_id, k.started]))).toEqual({ 'late-1': hoursAgo(3), 'old-1': NOW.toISOString() });
  });

  it('opens a case tagged for reading when a post is in a language triage cannot read', async () => {
    const r = await ingestPosts(batched.db, batched.queue, [
      { platform: 'google', externalId: 'de-1', author: { id: 'de-author' }, text: 'Das Personal war sehr unfreundlich und wir haben vier Stunden gewartet.', createdAt: NOW.toISOString() },
    ]);
    expect(await processPosts(batched.db, batched.queue, await batched.org.get(), [r.ids[0]!], NOW)).toEqual(['opened']);
    const c = await batched.db.query<{ tags: string[]; team_id: string | null; language: string }>(
      `SELECT c.tags, c.team_id, p.triage->>'language' AS language FROM posts p JOIN cases c ON c.id = p.case_id WHERE p.id = $1`,
      [r.ids[0]],
    );
    expect(c.rows[0]).toMatchObject({ language: 'de' });
    expect(c.rows[0].tags).toContain(NEEDS_READING_TAG);
    expect(c.rows[0].team_id, 'a team reads it').not.toBeNull();
  });

  it('opens a case for a one-star review whose words triage found no complaint in, tagged for a person to read', async () => {
    const r = await ingestPosts(batched.db, batched.queue, [
      { platform: 'google', externalId: 'stars-1', author: { id: 'stars-author' }, text: 'Went in on Tuesday for the scan.', rating: 1, createdAt: NOW.toISOString() },
      { platform: 'google', externalId: 'stars-5', author: { id: 'stars-author-5' }, text: 'Went in on Tuesday for the scan.', rating: 5, createdAt: NOW.toISOString() },
    ]);
    const org = await batched.org.get();
    expect(await processPosts(batched.db, batched.queue, org, r.ids as string[], NOW)).toEqual(['opened', 'kept']);
    const c = await batched.db.query<{ tags: string[]; complaint: string }>(
      `SELECT c.tags, p.triage->>'complaint' AS complaint FROM posts p JOIN cases c ON c.id = p.case_id WHERE p.id = $1`,
      [r.ids[0]],
    );
    expect(c.rows[0]).toMatchObject({ complaint: 'false' });
    expect(c.rows[0].tags).toContain(NEEDS_READING_TAG);
  });

  it('skips posts already processed, so a retried batch changes nothing', async () => {
    const ids = (await batched.db.query<{ id: string }>('SELECT id FROM posts')).rows.map((r) => r.id);
    const outcomes = await processPosts(batched.db, batched.queue, await batched.org.get(), ids, NOW);
    expect(new Set(outcomes)).toEqual(new Set(['skipped']));
  });
});
