// Notifications carry a case to people: only to those who may open it, and only to active accounts.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiHarness, ingestAndProcess, type ApiHarness } from '../../test/support/api-runtime.js';
import { syntheticPosts } from '../../test/support/synthetic-posts.js';
import { createNotifications } from './notifications.js';

let h: ApiHarness;
beforeAll(async () => {
  h = await apiHarness();
});
afterAll(() => h.close());

it('tells only people whose sites include the case, and no disabled account', async () => {
  const [caseId] = await ingestAndProcess(h, syntheticPosts(1, { prefix: 'notify' }));
  const users = await h.rt.db.query<{ id: string; email: string }>(
    `INSERT INTO users (email, name, role, sites, disabled_at) VALUES
       ('main.agent@example.org', 'Main Agent', 'social_agent', '{juniper-main}', NULL),
       ('any.site@example.org', 'Any Site', 'patient_experience', '{}', NULL),
       ('other.site@example.org', 'Other Site', 'social_agent', '{elsewhere}', NULL),
       ('gone@example.org', 'Gone', 'social_agent', '{juniper-main}', now())
     RETURNING id, email`,
  );
  const made = await h.rt.db.transaction((tx) =>
    createNotifications(
      tx,
      h.rt.queue,
      users.rows.map((u) => ({ key: `scope-test:${u.id}`, userId: u.id, kind: 'assignment' as const, urgent: false, subject: 'A case for you', caseId })),
    ),
  );
  const told = await h.rt.db.query<{ email: string }>(`SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.idempotency_key LIKE 'scope-test:%' ORDER BY 1`);
  expect(told.rows.map((r) => r.email)).toEqual(['any.site@example.org', 'main.agent@example.org']);
  expect(made).toBe(2);
});

it('dates a notification on the runtime’s clock when given one, as work played back at its own time is', async () => {
  const [caseId] = await ingestAndProcess(h, syntheticPosts(1, { prefix: 'dated' }));
  const admin = await h.rt.db.query<{ id: string }>(`SELECT id FROM users WHERE email = 'admin@example.org'`);
  const at = new Date('2026-01-07T15:30:00Z');
  await h.rt.db.transaction((tx) =>
    createNotifications(tx, h.rt.queue, [{ key: `dated-test:${caseId}`, userId: admin.rows[0].id, kind: 'approval', urgent: false, subject: 'A reply waits', caseId }], at),
  );
  const made = await h.rt.db.query<{ created_at: Date }>(`SELECT created_at FROM notifications WHERE idempotency_key = $1`, [`dated-test:${caseId}`]);
  expect(made.rows[0].created_at.toISOString()).toBe(at.toISOString());
});
