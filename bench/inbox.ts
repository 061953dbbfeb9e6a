// The inbox under load: GET /api/v1/cases filtered and sorted over many cases, bulk-generated with SQL.
import { apiHarness } from '../test/support/api-runtime.js';
import { freshDatabase, percentile, type Mode, type Row } from './databases.js';

const QUERIES = [
  '/api/v1/cases?status=new,triaged&site=juniper-main&sort=due',
  '/api/v1/cases?category=billing&sort=newest',
  '/api/v1/cases?q=parking',
  '/api/v1/cases?status=new&sort=priority',
];

export async function benchInbox(mode: Mode, cases: number, requests: number): Promise<Row[]> {
  const h = await apiHarness({}, await freshDatabase(mode));
  try {
    const db = h.rt.db;
    await db.query(`INSERT INTO authors (platform, platform_user_id) SELECT 'google', 'bulk-' || g FROM generate_series(1, $1) g`, [cases]);
    await db.query(
      `INSERT INTO cases (status, priority, site_id, team_id, author_id, platform, categories, risks, severity, timing, excerpt, search, next_due_at, created_at)
       SELECT (ARRAY['new', 'triaged', 'in_progress', 'waiting', 'resolved', 'closed'])[1 + g % 6],
              (ARRAY['low', 'normal', 'high', 'urgent'])[1 + g % 4],
              'juniper-main', 'desk', a.id, 'google',
              ARRAY[(ARRAY['billing', 'wait_times', 'staff_attitude', 'parking', 'communication'])[1 + g % 5]],
              '{}', g % 4, 'past',
              (ARRAY['Waited hours in the lobby', 'Parking was full again', 'Billing sent me to collections', 'Nobody returned my call'])[1 + g % 4] || ' #' || g,
              to_tsvector('simple', (ARRAY['waited hours lobby', 'parking full', 'billing collections', 'nobody returned call'])[1 + g % 4]),
              now() + (g % 500) * interval '1 minute', now() - g * interval '1 minute'
         FROM generate_series(1, $1) g JOIN authors a ON a.platform_user_id = 'bulk-' || g`,
      [cases],
    );
    await db.query('ANALYZE cases');
    const rows: Row[] = [];
    for (const url of QUERIES) {
      const times: number[] = [];
      for (let i = 0; i < requests; i++) {
        const t = performance.now();
        const r = await h.app.inject({ method: 'GET', url, headers: h.headers });
        times.push(performance.now() - t);
        if (r.statusCode !== 200) throw new Error(`${url} answered ${r.statusCode}: ${r.body.slice(0, 200)}`);
      }
      times.sort((a, b) => a - b);
      rows.push({
        benchmark: `inbox: GET ${url.replace('/api/v1/cases', '')}`,
        mode,
        size: `${cases} cases, ${requests} requests`,
        result: `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
        goal: 'p95 < 50 ms',
      });
    }
    return rows;
  } finally {
    await h.close();
  }
}
