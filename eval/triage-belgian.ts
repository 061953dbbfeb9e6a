// Metrics of the engine on the labeled Belgian dev set, text alone (no ratings). Shared by the report and the test.
import { analyze } from '../src/triage/analyze.js';
import { CATEGORIES, type Category, type Triage } from '../src/triage/types.js';
import { loadBelgianDev, type DevPost } from './triage-data.js';
import { count, emptyCounts, f1, type Counts } from './triage-metrics.js';

export interface BelgianMetrics {
  posts: number;
  complaint: Counts;
  categoryMicro: Counts;
  perCategory: Record<Category, Counts>;
  /** harm + legal + crisis, label by label. */
  seriousRisk: Counts;
  perRisk: Record<string, Counts>;
  severityExact: number;
  severityWithinOne: number;
  timingAccuracy: number;
  timing: Record<string, Counts>;
  siteNamed: { total: number; right: number };
  siteNull: { total: number; wronglySet: number };
  errors: { id: string; field: string; expected: unknown; got: unknown }[];
  results: { post: DevPost; triage: Triage }[];
}

export function belgianMetrics(): BelgianMetrics | null {
  const data = loadBelgianDev();
  if (!data) return null;
  const m: BelgianMetrics = {
    posts: data.posts.length,
    complaint: emptyCounts(),
    categoryMicro: emptyCounts(),
    perCategory: Object.fromEntries(CATEGORIES.map((c) => [c, emptyCounts()])) as Record<Category, Counts>,
    seriousRisk: emptyCounts(),
    perRisk: Object.fromEntries(['harm', 'legal', 'crisis', 'privacy'].map((r) => [r, emptyCounts()])),
    severityExact: 0,
    severityWithinOne: 0,
    timingAccuracy: 0,
    timing: { now: emptyCounts(), past: emptyCounts() },
    siteNamed: { total: 0, right: 0 },
    siteNull: { total: 0, wronglySet: 0 },
    errors: [],
    results: [],
  };
  for (const post of data.posts) {
    const t = analyze({ text: post.text, listing: post.listing, platform: 'google' }, data.profile);
    const L = post.labels;
    m.results.push({ post, triage: t });
    count(m.complaint, t.complaint, L.complaint);
    if (t.complaint !== L.complaint) m.errors.push({ id: post.id, field: 'complaint', expected: L.complaint, got: t.complaint });
    for (const c of CATEGORIES) {
      count(m.perCategory[c], t.categories.includes(c), L.categories.includes(c));
      count(m.categoryMicro, t.categories.includes(c), L.categories.includes(c));
    }
    for (const r of ['harm', 'legal', 'crisis', 'privacy'] as const) {
      count(m.perRisk[r], t.risks.includes(r), L.risks.includes(r));
      if (r !== 'privacy') count(m.seriousRisk, t.risks.includes(r), L.risks.includes(r));
      if (t.risks.includes(r) !== L.risks.includes(r)) m.errors.push({ id: post.id, field: `risk:${r}`, expected: L.risks.includes(r), got: t.risks.includes(r) });
    }
    if (t.severity === L.severity) m.severityExact++;
    if (Math.abs(t.severity - L.severity) <= 1) m.severityWithinOne++;
    if (t.timing === L.timing) m.timingAccuracy++;
    else m.errors.push({ id: post.id, field: 'timing', expected: L.timing, got: t.timing });
    for (const v of ['now', 'past'] as const) count(m.timing[v], t.timing === v, L.timing === v);
    if (L.site !== null) {
      m.siteNamed.total++;
      if (t.site === L.site) m.siteNamed.right++;
    } else {
      m.siteNull.total++;
      if (t.site !== null) m.siteNull.wronglySet++;
    }
    if (t.site !== L.site) m.errors.push({ id: post.id, field: 'site', expected: L.site, got: t.site });
  }
  m.severityExact /= m.posts;
  m.severityWithinOne /= m.posts;
  m.timingAccuracy /= m.posts;
  return m;
}

export const microF1 = (m: BelgianMetrics) => f1(m.categoryMicro);
