// Many cases at once with SQL generate_series, for benchmarks and load tests: one author each, the product's
// statuses, categories and due times spread out, and the nearest clock on the row as the pipeline keeps it.
import { CASE_STATUSES, OPEN_STATUSES } from '../../src/domain/cases/status.js';
import type { Db } from '../../src/store/db.js';

export async function bulkCases(db: Db, count: number, options: { allOpen?: boolean } = {}): Promise<void> {
  const statuses = options.allOpen ? OPEN_STATUSES : CASE_STATUSES;
  await db.query(`INSERT INTO authors (platform, platform_user_id) SELECT 'google', 'bulk-' || g FROM generate_series(1, $1) g`, [count]);
  await db.query(
    `INSERT INTO cases (status, priority, site_id, team_id, author_id, platform, categories, risks, severity, timing, excerpt, search,
                        next_due_at, next_clock, created_at)
     SELECT ($2::text[])[1 + g % cardinality($2::text[])],
            (ARRAY['low', 'normal', 'high', 'urgent'])[1 + g % 4],
            'juniper-main', 'desk', a.id, 'google',
            ARRAY[(ARRAY['billing', 'wait_times', 'staff_attitude', 'parking', 'communication'])[1 + g % 5]],
            '{}', g % 4, 'past',
            (ARRAY['Waited hours in the lobby', 'Parking was full again', 'Billing sent me to collections', 'Nobody returned my call'])[1 + g % 4] || ' #' || g,
            to_tsvector('simple', (ARRAY['waited hours lobby', 'parking full', 'billing collections', 'nobody returned call'])[1 + g % 4]),
            d.due, jsonb_build_object('name', 'public_ack', 'dueAt', d.due, 'warningAt', d.due - interval '30 minutes', 'state', 'running'),
            now() - g * interval '1 minute'
       FROM generate_series(1, $1) g JOIN authors a ON a.platform_user_id = 'bulk-' || g
       CROSS JOIN LATERAL (SELECT now() + (g % 500) * interval '1 minute' AS due) d`,
    [count, statuses],
  );
  await db.query('ANALYZE cases');
}
