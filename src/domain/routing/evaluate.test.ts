import { describe, expect, it } from 'vitest';
import { evaluateRules } from './evaluate.js';
import type { RoutingRule } from './schema.js';
import { facts } from './test-fixtures.js';

const rule = (id: string, when: RoutingRule['when'], extra: Partial<RoutingRule> = {}): RoutingRule => ({ id, name: id, when, then: [{ addTags: [id] }], ...extra });
const matched = (rules: RoutingRule[], f = facts()) => evaluateRules(rules, f).map((d) => d.rule);

describe('evaluateRules', () => {
  it('returns the matching rules in order with their actions', () => {
    const decisions = evaluateRules([rule('a', { complaint: true }), rule('b', { complaint: false }), rule('c', {})], facts());
    expect(decisions).toEqual([
      { rule: 'a', name: 'a', actions: [{ addTags: ['a'] }] },
      { rule: 'c', name: 'c', actions: [{ addTags: ['c'] }] },
    ]);
  });

  it('stops after a matching rule marked stop', () => {
    expect(matched([rule('a', {}, { stop: true }), rule('b', {})])).toEqual(['a']);
    expect(matched([rule('a', { complaint: false }, { stop: true }), rule('b', {})])).toEqual(['b']);
  });

  it('skips disabled rules', () => {
    expect(matched([rule('a', {}, { enabled: false }), rule('b', {})])).toEqual(['b']);
  });

  it('ignores changes made by automation so rules cannot trigger themselves', () => {
    expect(evaluateRules([rule('a', {})], facts({ causedBy: 'automation' }))).toEqual([]);
    expect(matched([rule('a', {})], facts({ causedBy: 'user' }))).toEqual(['a']);
  });
});

describe('conditions', () => {
  const holds = (when: RoutingRule['when'], f = facts()) => matched([rule('r', when)], f).length === 1;

  it('matches categories and risks when any listed value is present', () => {
    expect(holds({ categories: ['billing', 'communication'] })).toBe(true);
    expect(holds({ categories: ['billing'] })).toBe(false);
    expect(holds({ risks: ['harm', 'legal'] }, facts({ triage: { risks: ['legal'] } }))).toBe(true);
    expect(holds({ risks: ['harm'] })).toBe(false);
  });

  it('matches severity at or above the threshold', () => {
    expect(holds({ severityAtLeast: 1 })).toBe(true);
    expect(holds({ severityAtLeast: 2 })).toBe(false);
  });

  it('matches timing, site known or listed, and site kind', () => {
    expect(holds({ timing: ['now', 'past'] })).toBe(true);
    expect(holds({ siteKnown: true, sites: ['north'], siteKinds: ['hospital'] })).toBe(true);
    expect(holds({ siteKnown: false })).toBe(false);
    expect(holds({ siteKnown: false }, facts({ site: null }))).toBe(true);
    expect(holds({ sites: ['north'] }, facts({ site: null }))).toBe(false);
    expect(holds({ siteKinds: ['clinic'] })).toBe(false);
  });

  it('matches mentionsOrg and sentiment bounds', () => {
    expect(holds({ mentionsOrg: true, sentiment: { below: 0 } })).toBe(true);
    expect(holds({ sentiment: { above: 0 } })).toBe(false);
    expect(holds({ sentiment: { above: -1, below: -0.5 } })).toBe(true);
  });

  it('matches the source platform, channel account and visibility', () => {
    expect(holds({ platforms: ['google', 'yelp'], channelAccounts: ['gbp-north'], visibility: 'public' })).toBe(true);
    expect(holds({ platforms: ['facebook'] })).toBe(false);
    expect(holds({ visibility: 'private' })).toBe(false);
  });

  it('matches service lines only when the case has one', () => {
    expect(holds({ serviceLines: ['oncology'] })).toBe(false);
    expect(holds({ serviceLines: ['oncology'] }, facts({ serviceLine: 'oncology' }))).toBe(true);
  });

  it('recognizes repeat complainants and open cases', () => {
    const repeat = facts({ author: { hasOpenCase: true, priorCases: 3 } });
    expect(holds({ repeatComplainant: 3, hasOpenCase: true }, repeat)).toBe(true);
    expect(holds({ repeatComplainant: 4 }, repeat)).toBe(false);
    expect(holds({ hasOpenCase: true })).toBe(false);
  });

  it('matches weekdays and hours in the given time zone, wrapping past midnight', () => {
    const nights = { time: { timeZone: 'America/Chicago', hours: '17:00-08:00' } };
    // 2026-11-18 is a Wednesday; 16:00Z is 10:00 in Chicago.
    expect(holds({ time: { timeZone: 'America/Chicago', days: ['wed'], hours: '08:00-17:00' } })).toBe(true);
    expect(holds(nights)).toBe(false);
    expect(holds(nights, facts({ now: '2026-11-19T03:00:00Z' }))).toBe(true); // 21:00 Wednesday
    expect(holds(nights, facts({ now: '2026-11-19T13:59:00Z' }))).toBe(true); // 07:59 Thursday
    expect(holds({ time: { timeZone: 'America/Chicago', days: ['sat', 'sun'] } })).toBe(false);
  });
});
