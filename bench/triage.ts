// Triage throughput and memory: posts/s on ~50-word synthetic posts in one process, and RSS over 1,000,000
// analyses (start, middle, end) to show it stays flat. Texts are generated here, never taken from shared data.
// `node bin/run-ts.js bench/triage.ts [analyses]`
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { analyze } from '../src/triage/analyze.js';
import { tokenize } from '../src/triage/text.js';
import type { OrganizationProfile } from '../src/domain/organization.js';

const PROFILE: OrganizationProfile = {
  organization: { name: 'Mercy Medical Center', aliases: ['Mercy Health'], handles: ['@MercyMed'], ambiguousNames: ['Mercy'] },
  sites: [
    { id: 'downtown', name: 'Mercy Downtown', aliases: ['Mercy General'], city: 'Springfield', state: 'IL' },
    { id: 'north', name: 'Mercy North Clinic', aliases: [], city: 'Riverton', state: 'IL' },
  ],
};

const OPENINGS = ['We went to Mercy Downtown last night', 'My mother was admitted at the Riverton clinic', 'I brought my son to the ER', 'Took my dad in for his appointment', 'Estuve en urgencias con mi hija'];
const MIDDLES = [
  'and waited almost six hours before anyone even looked at him, the nurse at the desk was rude and dismissive',
  'and the staff were kind, patient and explained everything clearly to us, the room was clean and quiet',
  'but the bill we got afterwards was twice what the insurance told us, and nobody calls back',
  'y nadie nos atendió durante cuatro horas, el médico fue muy grosero con nosotros',
  'and the doctor did not listen when she said the pain was getting worse, they sent her home',
];
const ENDINGS = [
  'Great, just great. Never again.', 'Thank you to the whole team on the fourth floor.', 'I am still sitting in the waiting room as I write this.',
  'Years ago this place was better, honestly.', 'Lord have mercy, what a day, but they were wonderful.', 'My lawyer will hear about this.',
];

/** Deterministic ~50-word posts built from the fragments above plus filler, so every run measures the same work. */
function syntheticPosts(count: number): string[] {
  const filler = 'the parking was fine and the food was okay for a hospital we left around midnight after paperwork';
  const posts: string[] = [];
  for (let i = 0; i < count; i++) {
    posts.push(`${OPENINGS[i % OPENINGS.length]} ${MIDDLES[(i * 7) % MIDDLES.length]}. ${filler.split(' ').slice(0, 14 + (i % 6)).join(' ')}. ${ENDINGS[(i * 3) % ENDINGS.length]}`);
  }
  return posts;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** RSS moves with V8's heap sizing; the live heap beside it shows whether anything is retained. */
function memory(done: number): string {
  const { rss, heapUsed } = process.memoryUsage();
  return `${done.toLocaleString('en')}: RSS ${mb(rss)} (heap ${mb(heapUsed)})`;
}

export function benchTriage(total = 1_000_000): string {
  const posts = syntheticPosts(997);
  const words = posts.reduce((n, p) => n + p.split(/\s+/).length, 0) / posts.length;
  const lines = [`# Triage benchmark`, '', `Synthetic posts: ${posts.length} distinct, ${words.toFixed(1)} words on average; ${total.toLocaleString('en')} analyses.`, ''];

  for (let i = 0; i < 5_000; i++) analyze({ text: posts[i % posts.length] }, PROFILE); // warm-up: JIT and lexicon compilation

  let t = process.hrtime.bigint();
  const tokenizeRuns = 200_000;
  for (let i = 0; i < tokenizeRuns; i++) tokenize(posts[i % posts.length]);
  const tokenizeRate = tokenizeRuns / (Number(process.hrtime.bigint() - t) / 1e9);

  const rss: string[] = [];
  const cpu = process.cpuUsage();
  t = process.hrtime.bigint();
  let complaints = 0;
  for (let i = 0; i < total; i++) {
    if (i === 0 || i === total / 2) rss.push(memory(i));
    if (analyze({ text: posts[i % posts.length], listing: 'downtown' }, PROFILE).complaint) complaints++;
  }
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  // CPU time as well as wall time: on a shared machine the wall clock also counts other people's work
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  rss.push(memory(total));
  lines.push(`| measure | value |`, `| --- | --- |`);
  lines.push(`| analyze (full triage), wall clock | ${Math.round(total / seconds).toLocaleString('en')} posts/s (goal ≥ 5,000) |`);
  lines.push(`| analyze (full triage), per CPU second | ${Math.round(total / cpuSeconds).toLocaleString('en')} posts/s |`);
  lines.push(`| machine load average (1 min) | ${loadavg()[0].toFixed(1)} on ${cpus().length} cores |`);
  lines.push(`| tokenize only (own tokenizer, no library) | ${Math.round(tokenizeRate).toLocaleString('en')} posts/s |`);
  lines.push(`| memory after N analyses | ${rss.join(' · ')} |`);
  lines.push(`| complaints found | ${complaints.toLocaleString('en')} (keeps the work observable) |`);
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.stdout.write(benchTriage(Number(process.argv[2] ?? 1_000_000)));
}
