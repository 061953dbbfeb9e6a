// Routes the hand-labeled Belgian hospital reviews (gold triage, not engine output) through the default rules
// and checks the promises the rules make hold on real cases. Skips when ../shared/data is absent.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Triage } from '../../triage/types.js';
import type { Rotation } from '../oncall/rotation.js';
import { DEFAULT_RULES } from './defaults.js';
import { evaluateRules } from './evaluate.js';
import { resolveRouting, type RoutingOutcome } from './resolve.js';
import type { Team } from './team.js';

const folder = fileURLToPath(new URL('../../../../shared/data/belgian-hospital-reviews', import.meta.url));
const labeled = `${folder}/dev-labeled.jsonl`;

type Labels = Pick<Triage, 'complaint' | 'categories' | 'severity' | 'risks' | 'timing' | 'site'>;

function routeAll(): { labels: Labels; outcome: RoutingOutcome }[] {
  const rows: { listing: string; labels: Labels }[] = readFileSync(labeled, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const siteIds: string[] = JSON.parse(readFileSync(`${folder}/organization.json`, 'utf8')).sites.map((s: { id: string }) => s.id);
  const rotation = (members: string[]): Rotation => ({ timeZone: 'Europe/Brussels', handoff: 'daily', handoffTime: '08:00', startDate: '2026-01-01', members, overrides: [] });
  const teams: Team[] = [
    { id: 'social', name: 'Social', function: 'social_media', sites: [], members: ['s1', 's2'], manager: 'sm', rotation: rotation(['s1', 's2']) },
    { id: 'risk', name: 'Risk', function: 'risk_management', sites: [], members: ['r1'], manager: 'rm', rotation: rotation(['r1']) },
    { id: 'central', name: 'Central', function: 'central_patient_experience', sites: [], members: ['c1'], manager: 'cm' },
    { id: 'pfs', name: 'Billing', function: 'patient_financial_services', sites: [], members: ['b1'] },
    { id: 'kudos', name: 'Recognition', function: 'recognition', sites: [], members: ['k1'] },
    ...siteIds.map((id): Team => ({ id: `px-${id}`, name: id, function: 'patient_experience', sites: [id], members: [`${id}-1`, `${id}-2`], manager: `${id}-m`, rotation: rotation([`${id}-1`, `${id}-2`]) })),
  ];
  const now = '2026-11-20T15:00:00Z';
  return rows.map(({ listing, labels }) => {
    // The post's own site label wins over the listing it was posted on; all six sites are hospitals.
    const siteId = labels.site ?? listing;
    const site = siteId ? { id: siteId, kind: 'hospital' as const } : null;
    const facts = {
      // The labels carry no sentiment: complaints count as negative, the rest as praise.
      triage: { ...labels, sentiment: labels.complaint ? -0.5 : 0.5, mentionsOrg: true },
      source: { platform: 'google' as const, channelAccountId: listing, visibility: 'public' as const },
      site,
      serviceLine: null,
      author: { hasOpenCase: false, priorCases: 0 },
      now,
    };
    return { labels, outcome: resolveRouting(evaluateRules(DEFAULT_RULES, facts), { teams, site, now }) };
  });
}

describe.skipIf(!existsSync(labeled))('default rules on the labeled Belgian hospital reviews', () => {
  // Loaded in beforeAll: vitest runs the body of a skipped describe too, and the files may be absent.
  let routed: ReturnType<typeof routeAll> = [];
  beforeAll(() => {
    routed = routeAll();
  });

  it('gives every complaint a team and both clocks, without configuration problems', () => {
    const complaints = routed.filter((r) => r.labels.complaint);
    expect(complaints.length).toBeGreaterThan(0);
    for (const { labels, outcome } of complaints) {
      expect(outcome.team, JSON.stringify(labels)).not.toBeNull();
      expect(outcome.clocks).toEqual(['public_ack', 'private_outreach']);
      expect(outcome.problems).toEqual([]);
    }
  });

  it('sends every harm or legal risk to risk management with approval and a risk review', () => {
    const risky = routed.filter((r) => r.labels.risks.some((k) => k === 'harm' || k === 'legal'));
    expect(risky.length).toBeGreaterThan(0);
    for (const { outcome } of risky) expect(outcome).toMatchObject({ team: 'risk', approvalRequired: true, riskReview: true });
  });

  it('pages someone urgently for every complaint happening now at a known site', () => {
    for (const { outcome } of routed.filter((r) => r.labels.complaint && r.labels.timing === 'now')) {
      expect(outcome.notifications.some((n) => n.urgent && n.via === 'oncall')).toBe(true);
    }
  });

  it('queues every non-complaint for recognition without starting clocks', () => {
    for (const { outcome } of routed.filter((r) => !r.labels.complaint)) expect(outcome).toMatchObject({ team: 'kudos', clocks: [] });
  });
});
