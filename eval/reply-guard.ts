// Measures the reply guard on the hand-written corpora: precision and recall per rule, recall on replies
// that must be blocked, and the share of safe replies it would block. Run alone to print the report for every
// corpus, or for one file:
//   node bin/run-ts.js eval/reply-guard.ts [corpus.jsonl]
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProfileFile } from '../src/config/profile-file.js';
import { checkReply } from '../src/domain/reply-guard/check.js';
import { RULE_IDS, type RuleId, type Verdict } from '../src/domain/reply-guard/types.js';
import type { OrganizationProfile } from '../src/domain/organization.js';
import { pickVariant } from '../src/domain/templates/library.js';
import { renderTemplate, siteTemplateVars } from '../src/domain/templates/render.js';
import { SCENARIOS } from '../src/domain/templates/types.js';

const DATA = new URL('./data/', import.meta.url);

export interface ReplyCase {
  id: string;
  reply: string;
  post?: { text: string; author?: { handle?: string; displayName?: string; realName?: string } };
  confidential?: boolean;
  platform?: string;
  expected: { verdict: Verdict; rules: RuleId[] };
}

export interface ReplyGuardScores {
  total: number;
  perRule: Record<RuleId, { tp: number; fp: number; fn: number; precision: number; recall: number }>;
  blockingRecall: number;
  unsafeCount: number;
  safeCount: number;
  safeBlockedShare: number;
  mistakes: { id: string; expected: string; got: string; reply: string }[];
}

// The kept-back set was written apart from the guard and is only measured: its disagreements stay unprinted so
// nobody tunes on them.
// `full`: written to cover every rule (at least 250 replies, a dozen per blocking rule); the others are smaller sets.
export const REPLY_CORPORA = [
  { name: 'development', file: 'replies.jsonl', showMistakes: true, full: true },
  { name: 'dev2', file: 'replies-dev2.jsonl', showMistakes: true, full: true },
  // Written in session five by a second author, in the style of rushed social agents, to develop against.
  { name: 'dev3', file: 'replies-dev3.jsonl', showMistakes: true, full: false },
  // Session five's second probe: long formal replies with one leaking clause, staff speaking for themselves, praise.
  { name: 'dev4', file: 'replies-dev4.jsonl', showMistakes: true, full: false },
  // Session six's probe: owners, doctors and office managers answering for their own practice, the replies HHS fined.
  { name: 'dev5', file: 'replies-dev5.jsonl', showMistakes: true, full: false },
  // Session seven's probe by a third author: pharmacies, urgent care, behavioral health, hospice, imaging, dental.
  { name: 'dev6', file: 'replies-dev6.jsonl', showMistakes: true, full: false },
  // Session four's and session six's probes (informal replies; comment threads, news, employees, Instagram slang,
  // bilingual replies), measured untouched in their sessions and turned to development in session eight, when
  // fresh4 replaced them as the probe of unforeseen wordings.
  { name: 'dev7', file: 'replies-dev7.jsonl', showMistakes: true, full: false },
  { name: 'dev8', file: 'replies-dev8.jsonl', showMistakes: true, full: false },
  // Session eight's development set by a fifth author, blind to the guard's code: the most indirect leaks ("congrats
  // on ringing the bell", "the whole floor misses her"), soft promises, loose dates, odd phone formats, Spanish.
  { name: 'dev9', file: 'replies-dev9.jsonl', showMistakes: true, full: false },
  // Session seven's and session eight's probes, measured untouched in their sessions and turned to development in session
  // nine: a third author's records office, dialysis, school clinics and cafeteria (dev10); a fourth author's, blind to
  // the guard's code, rural and critical-access hospitals, veterans, NICU, telehealth, interpreters, price estimates
  // and Spanish (dev11).
  { name: 'dev10', file: 'replies-dev10.jsonl', showMistakes: true, full: false },
  { name: 'dev11', file: 'replies-dev11.jsonl', showMistakes: true, full: false },
  // Session nine's development set by a seventh author, blind to the guard's code: indirect confirmations of care
  // (the new walker, round three, the refill, 4 West remembers him) and clinical detail tucked into empathy.
  { name: 'dev12', file: 'replies-dev12.jsonl', showMistakes: true, full: false },
  // Session nine's first probe by a sixth author, blind to the guard's code (the policy text only): orthopedics,
  // med-spa, fertility, lab draws, EMS billing, home health, pediatric dentistry, eye clinics, sleep labs, travel
  // vaccines, occupational health, parking and food service; measured blind at 91.8% recall and 4.3% safe blocked,
  // then turned to development the same session.
  { name: 'dev13', file: 'replies-dev13.jsonl', showMistakes: true, full: false },
  // Session nine's second probe by an eighth author, blind to the guard's code: an academic medical center's residency,
  // PR, night ED, billing, research, chaplaincy, foundation, security and patient-relations staff; measured blind at
  // 87.0% recall and 3.0% safe blocked under 1.9.0, then turned to development the same session.
  { name: 'dev14', file: 'replies-dev14.jsonl', showMistakes: true, full: false },
  // Session nine's third probe by a ninth author, blind to the guard's code (the policy text only): small practices and
  // community services whose owners answer in the first person (a solo family doctor, a chiropractor, a dialysis
  // center, a county health department); written while the guard was at 1.10.0, measured blind at 96.5% recall and
  // 4.8% safe blocked under 1.11.0, then turned to development.
  { name: 'dev15', file: 'replies-dev15.jsonl', showMistakes: true, full: false },
  // Session ten's probe by a tenth author, blind to the guard's code (the policy text only): behavioral health and
  // addiction care, parents writing for children, dental, eye, urgent care, home health and hospice, imaging,
  // pharmacy, bilingual replies; written while the guard was at 1.11.0, measured blind at 92.2% recall and 7.9% safe
  // blocked under 1.12.1, then turned to development in session eleven.
  { name: 'dev16', file: 'replies-dev16.jsonl', showMistakes: true, full: false },
  // Session eleven's probe by an eleventh author, blind to the guard's code (the policy text only): maternity and NICU,
  // cancer infusion, cardiology, transplant, children's hospitals, trauma and air transport, surgery centers, rehab
  // after a stay, radiology and ambulance billing, the foundation, volunteers, chaplains, employees and applicants,
  // Reddit threads and X; written while the guard was at 1.12.1. The author named rules after the policy's headings;
  // they were mapped to the guard's rule ids before the first measurement. Measured blind at 85.5% recall and 4.5%
  // safe blocked under 1.13.0, then turned to development in session eleven.
  { name: 'dev17', file: 'replies-dev17.jsonl', showMistakes: true, full: false },
  // Session eleven's second probe by a twelfth author, blind to the guard's code (the policy text and rule ids only):
  // primary care, OB-GYN and midwifery, orthopedics and therapy, dermatology, GI, urology, sleep, bariatric and
  // plastic surgery, wound care, infusion, dialysis, crisis lines, free clinics, portals, estimates, records requests,
  // lost belongings, parking, interpreters, visitors; written while the guard was at 1.13.0, measured blind at 85.5%
  // recall and 4.5% safe blocked under 1.14.0, then turned to development in session eleven.
  { name: 'dev18', file: 'replies-dev18.jsonl', showMistakes: true, full: false },
  { name: 'kept back', file: 'replies-heldout.jsonl', showMistakes: false, full: true },
  // Session eleven's third probe by a thirteenth author, blind to the guard's code (the policy text and rule ids only),
  // imitating how replies go wrong in practice: a night-shift agent on a phone, a PR manager's long statements, a
  // defensive physician, a template edited badly (placeholders left, another patient's detail), a bilingual
  // coordinator; at an urban academic medical center. Written while the guard was at 1.14.0 and measured only.
  { name: 'fresh11', file: 'replies-fresh11.jsonl', showMistakes: false, full: false },
] as const;

export const corpusPath = (file: string) => fileURLToPath(new URL(file, DATA));

export function loadReplyCases(path = corpusPath('replies.jsonl')): ReplyCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ReplyCase);
}

export function loadGuardOrg(): OrganizationProfile {
  return loadProfileFile(fileURLToPath(new URL('guard-org.yaml', DATA)));
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function scoreReplyGuard(cases: ReplyCase[], profile: OrganizationProfile): ReplyGuardScores {
  const counts = Object.fromEntries(RULE_IDS.map((r) => [r, { tp: 0, fp: 0, fn: 0 }])) as Record<RuleId, { tp: number; fp: number; fn: number }>;
  let unsafe = 0;
  let caught = 0;
  let safe = 0;
  let safeBlocked = 0;
  const mistakes: ReplyGuardScores['mistakes'] = [];
  for (const c of cases) {
    const result = checkReply(c.reply, { profile, post: c.post, confidential: c.confidential, platform: c.platform });
    const got = new Set(result.findings.map((f) => f.rule));
    const want = new Set(c.expected.rules);
    for (const rule of RULE_IDS) {
      if (got.has(rule) && want.has(rule)) counts[rule].tp++;
      else if (got.has(rule)) counts[rule].fp++;
      else if (want.has(rule)) counts[rule].fn++;
    }
    if (c.expected.verdict === 'block') {
      unsafe++;
      if (result.verdict === 'block') caught++;
    } else {
      safe++;
      if (result.verdict === 'block') safeBlocked++;
    }
    const gotRules = [...got].sort().join(',');
    if (result.verdict !== c.expected.verdict || gotRules !== [...want].sort().join(',')) {
      mistakes.push({ id: c.id, expected: `${c.expected.verdict} [${[...want].sort().join(',')}]`, got: `${result.verdict} [${gotRules}]`, reply: c.reply });
    }
  }
  const perRule = Object.fromEntries(
    RULE_IDS.map((r) => {
      const { tp, fp, fn } = counts[r];
      return [r, { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) }];
    }),
  ) as ReplyGuardScores['perRule'];
  return { total: cases.length, perRule, blockingRecall: ratio(caught, unsafe), unsafeCount: unsafe, safeCount: safe, safeBlockedShare: safe ? safeBlocked / safe : 0, mistakes };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatReplyGuardReport(s: ReplyGuardScores, title = 'Reply guard', depth = 2, showMistakes = true): string {
  const h = '#'.repeat(depth);
  const lines = [
    `${h} ${title} (${s.total} replies)`,
    '',
    `- Recall on replies that must be blocked: **${pct(s.blockingRecall)}** of ${s.unsafeCount} (goal ≥ 97%)`,
    `- Safe replies blocked: **${pct(s.safeBlockedShare)}** of ${s.safeCount} (goal ≤ 3%)`,
    '',
    '| rule | precision | recall | tp | fp | fn |',
    '|---|---|---|---|---|---|',
    ...RULE_IDS.map((r) => {
      const m = s.perRule[r];
      return `| ${r} | ${pct(m.precision)} | ${pct(m.recall)} | ${m.tp} | ${m.fp} | ${m.fn} |`;
    }),
  ];
  if (!showMistakes) lines.push('', `Disagreements: ${s.mistakes.length} (not listed: this set is kept back from development).`);
  else if (s.mistakes.length > 0) {
    lines.push('', `${h}# Disagreements (${s.mistakes.length})`, '', '| id | expected | got |', '|---|---|---|');
    for (const m of s.mistakes) lines.push(`| ${m.id} | ${m.expected} | ${m.got} |`);
  }
  return lines.join('\n') + '\n';
}

// Real reviews (read-only, never copied) as the post a template answers: the guard must not block our own
// templates because a post mentions a name, a condition or an insurer.
const REAL_REVIEWS = new URL('../../shared/data/belgian-hospital-reviews/reviews.jsonl', import.meta.url);

export function templatesOnRealPosts(profile: OrganizationProfile): { checked: number; blocked: number } | null {
  if (!existsSync(REAL_REVIEWS)) return null;
  const posts = readFileSync(REAL_REVIEWS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string });
  const vars = siteTemplateVars(profile, profile.sites[0]?.id, 'Maria');
  let blocked = 0;
  posts.forEach((post, i) => {
    const publicScenarios = SCENARIOS.filter((s) => s !== 'private_outreach' && s !== 'crisis_private');
    const scenario = publicScenarios[i % publicScenarios.length];
    const template = pickVariant(scenario, 'en', post.id);
    if (checkReply(renderTemplate(template, vars), { profile, post: { text: post.text }, platform: 'google' }).verdict === 'block') blocked++;
  });
  return { checked: posts.length, blocked };
}

export function formatCorporaSummary(named: { name: string; scores: ReplyGuardScores }[]): string {
  const row = (label: string, cell: (s: ReplyGuardScores) => string) => `| ${label} | ${named.map((n) => cell(n.scores)).join(' | ')} |`;
  return [
    `| | ${named.map((n) => n.name).join(' | ')} |`,
    `|---|${named.map(() => '---|').join('')}`,
    row('replies', (s) => String(s.total)),
    row('recall on must-block (goal ≥ 97%)', (s) => pct(s.blockingRecall)),
    row('safe replies blocked (goal ≤ 3%)', (s) => pct(s.safeBlockedShare)),
    ...RULE_IDS.map((r) => row(`recall ${r}`, (s) => pct(s.perRule[r].recall))),
  ].join('\n') + '\n';
}

function corporaReport(profile: OrganizationProfile): string {
  const started = performance.now();
  const named = REPLY_CORPORA.map((c) => ({ ...c, scores: scoreReplyGuard(loadReplyCases(corpusPath(c.file)), profile) }));
  const checked = named.reduce((n, c) => n + c.scores.total, 0);
  const perReply = (performance.now() - started) / checked;
  return [
    formatCorporaSummary(named),
    `Checked ${checked} replies at ${perReply.toFixed(1)} ms per reply (wall clock, first run included).\n`,
    ...named.map((n) => formatReplyGuardReport(n.scores, `${n.name}: ${n.file}`, 3, n.showMistakes)),
  ].join('\n');
}

export async function replyGuardEval(path?: string): Promise<string> {
  const profile = loadGuardOrg();
  // A kept-back corpus named on the command line stays unlisted too, so nobody tunes on it by accident.
  const keptBack = path !== undefined && REPLY_CORPORA.some((c) => !c.showMistakes && resolve(path) === corpusPath(c.file));
  let report = path ? formatReplyGuardReport(scoreReplyGuard(loadReplyCases(path), profile), 'Reply guard', 2, !keptBack) : corporaReport(profile);
  const real = templatesOnRealPosts(profile);
  report += real
    ? `\nTemplates answering real reviews (../shared/data, belgian-hospital-reviews): ${real.blocked} of ${real.checked} blocked.\n`
    : '\nTemplates answering real reviews: skipped (../shared/data is absent).\n';
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.stdout.write(await replyGuardEval(process.argv[2]));
}
