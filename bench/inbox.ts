// The inbox under load: GET /api/v1/cases filtered and sorted over many cases, bulk-generated with SQL.
import { apiHarness } from '../test/support/api-runtime.js';
import { bulkCases } from '../test/support/bulk-cases.js';
import { casesApiQuery, SAVED_VIEWS, viewCountsQuery } from '../src/web/lib/filters.js';
import { freshDatabase, percentile, type Mode, type Row } from './databases.js';

const QUERIES = [
  '/api/v1/cases?status=new,triaged&site=juniper-main&sort=due',
  '/api/v1/cases?category=billing&sort=newest',
  '/api/v1/cases?q=parking',
  '/api/v1/cases?status=new&sort=priority',
  // What the web app asks for as the inbox opens: the open queue by what is due, "My cases", and the tabs' counts.
  `/api/v1/cases?${casesApiQuery({}, null)}`,
  `/api/v1/cases?${casesApiQuery({ assignee: ['me'] }, null)}`,
  `/api/v1/cases/counts?${viewCountsQuery(SAVED_VIEWS)}`,
];

export async function benchInbox(mode: Mode, cases: number, requests: number): Promise<Row[]> {
  const h = await apiHarness({}, await freshDatabase(mode));
  try {
    const db = h.rt.db;
    await bulkCases(db, cases);
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
        benchmark: `inbox: GET ${url.includes('/counts?') ? `/counts (the ${SAVED_VIEWS.length} view tabs)` : url.replace('/api/v1/cases', '')}`,
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
