// "I'm in the ER right now" marks a case as someone in the building only while that can still be true.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiHarness, ingestAndProcess, type ApiHarness } from '../../test/support/api-runtime.js';
import { ON_SITE_HOURS } from '../domain/on-site.js';
import { expireOnSite } from './expire-on-site.js';

const HOUR = 3_600_000;
let h: ApiHarness;
let n = 0;
beforeAll(async () => {
  h = await apiHarness();
});
afterAll(() => h.close());

const waitingNow = (createdAt: Date) => ({
  platform: 'google',
  externalId: `on-site-${++n}`,
  author: { id: `on-site-author-${n}`, displayName: 'Sam' },
  text: 'Sitting in the Juniper Hollow Hospital ER right now, 5 hours and nobody has seen my son. Terrible.',
  createdAt: createdAt.toISOString(),
  listing: 'juniper-main',
});

const caseRow = async (id: string) =>
  (await h.rt.db.query<{ timing: string; types: string[] }>(`SELECT c.timing, ARRAY(SELECT type FROM case_events e WHERE e.case_id = c.id ORDER BY e.id) AS types FROM cases c WHERE c.id = $1`, [id])).rows[0];

it('does not mark a case as in the building when the post was written long before it reached us', async () => {
  const now = new Date();
  const [caseId] = await ingestAndProcess(h, [waitingNow(new Date(now.getTime() - 28 * 24 * HOUR))], now);
  expect((await caseRow(caseId)).timing).toBe('past');
  const post = await h.rt.db.query<{ timing: string }>(`SELECT triage->>'timing' AS timing FROM posts WHERE case_id = $1`, [caseId]);
  expect(post.rows[0].timing).toBe('now');
});

it('keeps the mark for the on-site window, then takes it off with a timeline entry saying why', async () => {
  const written = new Date();
  const [caseId] = await ingestAndProcess(h, [waitingNow(written)], written);
  expect((await caseRow(caseId)).timing).toBe('now');
  await expireOnSite(h.rt.db, new Date(written.getTime() + (ON_SITE_HOURS - 1) * HOUR));
  expect((await caseRow(caseId)).timing).toBe('now');
  expect(await expireOnSite(h.rt.db, new Date(written.getTime() + (ON_SITE_HOURS + 1) * HOUR))).toBeGreaterThanOrEqual(1);
  const after = await caseRow(caseId);
  expect(after.timing).toBe('past');
  expect(after.types.filter((t) => t === 'timing.expired')).toHaveLength(1);
  await expireOnSite(h.rt.db, new Date(written.getTime() + (ON_SITE_HOURS + 2) * HOUR));
  expect((await caseRow(caseId)).types.filter((t) => t === 'timing.expired')).toHaveLength(1);
});

it('takes the mark off a case resolved meanwhile without a timeline entry or a newer update time', async () => {
  const written = new Date();
  const [caseId] = await ingestAndProcess(h, [waitingNow(written)], written);
  await h.rt.db.query(`UPDATE cases SET status = 'resolved', updated_at = $2 WHERE id = $1`, [caseId, written]);
  await expireOnSite(h.rt.db, new Date(written.getTime() + (ON_SITE_HOURS + 1) * HOUR));
  const after = await h.rt.db.query<{ timing: string; updated_at: Date }>(`SELECT timing, updated_at FROM cases WHERE id = $1`, [caseId]);
  expect(after.rows[0].timing).toBe('past');
  expect(after.rows[0].updated_at.getTime()).toBe(written.getTime());
  expect((await caseRow(caseId)).types).not.toContain('timing.expired');
});
