// From a post's arrival at the API to its urgent page handed to the mail server: crisis and right-now posts,
// one at a time, workers in-process, a local SMTP server recording when each case's first page lands.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startWorkers } from '../src/app/runtime.js';
import { DEMO_CONFIG_PATH } from '../src/demo/load.js';
import { apiHarness } from '../test/support/api-runtime.js';
import { freshDatabase, percentile, type Mode, type Row } from './databases.js';

const URGENT_TEXTS = [
  'Cedar Plains Northside ER sent me home and I want to end my life tonight, I have the pills ready',
  'My dad is lying on the floor of the Northside ER waiting room right now and no one is helping him',
];

export async function benchPageLatency(mode: Mode, posts: number, pollSeconds: number): Promise<Row> {
  // Emails carry no case number (subjects are PHI-safe), so posts go one at a time and the first message after a
  // post's arrival is its page; the next post waits until every email of the previous one has landed.
  const arrivals: number[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        arrivals.push(performance.now());
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  const h = await apiHarness(
    { SMTP_URL: `smtp://127.0.0.1:${port}`, WORKER_POLL_SECONDS: String(pollSeconds), REDRESS_ALLOW_PRIVATE_OUTBOUND: 'true' },
    await freshDatabase(mode),
    DEMO_CONFIG_PATH,
  );
  try {
    await startWorkers(h.rt);
    const latencies: number[] = [];
    for (let i = 0; i < posts; i++) {
      const seen = arrivals.length;
      const t0 = performance.now();
      const r = await h.app.inject({
        method: 'POST',
        url: '/api/v1/posts',
        headers: h.headers,
        payload: { posts: [{ platform: 'x', externalId: `page-${i}`, author: { id: `page-author-${i}` }, text: URGENT_TEXTS[i % URGENT_TEXTS.length], createdAt: new Date().toISOString() }] },
      });
      if (r.statusCode !== 202) throw new Error(`ingest answered ${r.statusCode}`);
      const end = Date.now() + 30_000;
      while (arrivals.length === seen) {
        if (Date.now() > end) {
          const d = await h.rt.db.query(`SELECT n.status, n.last_error, d.channel, d.detail FROM notifications n LEFT JOIN notification_deliveries d ON d.notification_id = n.id`);
          throw new Error(`no page reached the mail server for post ${i}: ${JSON.stringify(d.rows).slice(0, 400)}`);
        }
        await new Promise((res) => setTimeout(res, 5));
      }
      latencies.push(arrivals[seen] - t0);
      for (;;) {
        const sent = await h.rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification_deliveries WHERE channel = 'email' AND ok`);
        const pending = await h.rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE status NOT IN ('sent', 'dead', 'held')`);
        if (sent.rows[0].n === arrivals.length && pending.rows[0].n === 0) break;
        await new Promise((res) => setTimeout(res, 20));
      }
    }
    latencies.sort((a, b) => a - b);
    return {
      benchmark: `page latency: post arrival → urgent page at SMTP (poll ${pollSeconds} s)`,
      mode,
      size: `${posts} posts`,
      result: `p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms`,
      goal: 'p99 < 1 s',
    };
  } finally {
    await h.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
}
