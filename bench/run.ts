// `npm run bench`: the core platform's benchmarks in both database modes, printed as one markdown table.
// Sizes come from env vars (printed with each row) so a slow machine can run a smaller set; BENCH_ONLY picks some
// (comma-separated: ingest, inbox, sweep, page, triage).
import { benchIngest } from './ingest.js';
import { benchInbox } from './inbox.js';
import { benchSweep } from './sweep.js';
import { benchPageLatency } from './page-latency.js';
import { benchTriage } from './triage.js';
import { serverReachable, SERVER_URL, type Mode, type Row } from './databases.js';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const sizes = {
  ingestPosts: num('BENCH_INGEST_POSTS', 2000),
  inboxCasesServer: num('BENCH_INBOX_CASES', 100_000),
  inboxCasesEmbedded: num('BENCH_INBOX_CASES_EMBEDDED', 10_000),
  inboxRequests: num('BENCH_INBOX_REQUESTS', 200),
  sweepCases: num('BENCH_SWEEP_CASES', 100_000),
  sweepCasesEmbedded: num('BENCH_SWEEP_CASES_EMBEDDED', 10_000),
  pagePosts: num('BENCH_PAGE_POSTS', 50),
  pagePollSeconds: num('BENCH_PAGE_POLL_SECONDS', 1),
  triagePosts: num('BENCH_TRIAGE_POSTS', 200_000),
};

const modes: Mode[] = ['PGlite'];
if (await serverReachable()) modes.push('PostgreSQL');
else console.error(`PostgreSQL not reachable at ${SERVER_URL}: embedded mode only`);

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (what: string) => !only || only.includes(what.split(' ')[0]);

const rows: Row[] = [];
const step = async (what: string, run: () => Promise<Row | Row[]>) => {
  if (!wanted(what)) return;
  const t = performance.now();
  try {
    const r = await run();
    rows.push(...(Array.isArray(r) ? r : [r]));
  } catch (err) {
    rows.push({ benchmark: what, mode: 'PGlite', size: '', result: `failed: ${(err as Error).message.slice(0, 120)}`, goal: '' });
  }
  console.error(`${what}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
};

for (const mode of modes) {
  await step(`ingest ${mode}`, () => benchIngest(mode, sizes.ingestPosts));
  await step(`inbox ${mode}`, () =>
    benchInbox(mode, mode === 'PostgreSQL' ? sizes.inboxCasesServer : sizes.inboxCasesEmbedded, sizes.inboxRequests),
  );
  await step(`sweep ${mode}`, () => benchSweep(mode, mode === 'PostgreSQL' ? sizes.sweepCases : sizes.sweepCasesEmbedded));
}

// Pages matter most where one process does everything: the embedded quick start.
await step('page latency PGlite', () => benchPageLatency('PGlite', sizes.pagePosts, sizes.pagePollSeconds));

console.log(`\nSizes: ${JSON.stringify(sizes)}\n`);
console.log('| benchmark | database | size | result | goal |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.benchmark} | ${r.mode} | ${r.size} | ${r.result} | ${r.goal} |`);
console.log('');
if (wanted('triage')) console.log(benchTriage(sizes.triagePosts));

// pg-boss and the PostgreSQL pools of the dropped databases can leave timers behind; the table is the result.
process.exit(0);
