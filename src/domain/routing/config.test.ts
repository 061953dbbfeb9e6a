import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES } from '../clocks/defaults.js';
import { validateRoutingConfig } from './config.js';
import { DEFAULT_RULES } from './defaults.js';
import { CALENDARS, TEAMS } from './test-fixtures.js';

describe('validateRoutingConfig', () => {
  it('fills in the default clock policies and rules', () => {
    expect(validateRoutingConfig({ calendars: CALENDARS, teams: TEAMS })).toEqual({
      config: { calendars: CALENDARS, teams: TEAMS, clockPolicies: DEFAULT_POLICIES, rules: DEFAULT_RULES },
    });
  });

  it('accepts rotation overrides written as instants', () => {
    const rotation = { ...TEAMS[0].rotation!, overrides: [{ user: 'sam@h.org', from: '2026-12-24T00:00:00-06:00', to: '2026-12-26T00:00:00-06:00', reason: 'holiday cover' }] };
    expect('config' in validateRoutingConfig({ calendars: CALENDARS, teams: [{ ...TEAMS[0], rotation }, ...TEAMS.slice(1)] })).toBe(true);
  });

  it('reports shape problems by path before any cross-check', () => {
    expect(validateRoutingConfig({ teams: [{ ...TEAMS[0], function: 'marketing' }] })).toEqual({
      errors: [{ path: '/teams/0/function', message: expect.stringMatching(/^must be one of "social_media"/) }],
    });
  });

  it('cross-checks calendars, teams, rotations and rule references', () => {
    const teams = [
      ...TEAMS,
      { id: 'social', name: 'again', function: 'social_media' as const, sites: [], members: [], calendar: 'nights' },
      {
        id: 'ed',
        name: 'ED',
        function: 'service_line' as const,
        sites: [],
        members: [],
        rotation: { timeZone: 'Central', handoff: 'daily' as const, handoffTime: '07:00', startDate: '2026-01-01', members: [], overrides: [{ user: 'x', from: '2026-02-02T00:00:00Z', to: '2026-02-01T00:00:00Z' }] },
      },
    ];
    const calendars = [...CALENDARS, { id: 'late', timeZone: 'America/Chicago', hours: { mon: ['17:00-08:00'] }, holidays: [] }];
    const rules = [{ id: 'r', name: 'r', when: {}, then: [{ assignTeam: 'nobody', startClocks: ['public_ack'] }] }];
    const result = validateRoutingConfig({ calendars, teams, rules, clockPolicies: DEFAULT_POLICIES.slice(1) });
    expect('errors' in result && result.errors).toEqual([
      { path: '/teams/8/id', message: 'duplicate id social' },
      { path: '/calendars/1/hours/mon/0', message: '17:00-08:00 ends before it starts; split night hours over two days' },
      { path: '/teams/8/calendar', message: 'unknown calendar nights' },
      { path: '/teams/9/rotation/timeZone', message: 'unknown time zone Central' },
      { path: '/teams/9/rotation/members', message: 'a rotation needs at least one member' },
      { path: '/teams/9/rotation/overrides/0', message: 'an override must end after it starts' },
      { path: '/rules/0/then/0/assignTeam', message: 'unknown team nobody' },
      { path: '/rules/0/then/0/startClocks/0', message: 'unknown clock policy public_ack' },
    ]);
  });
});
