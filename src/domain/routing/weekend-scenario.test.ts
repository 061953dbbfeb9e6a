// A Friday-afternoon complaint driven through the weekend with a virtual clock, the way the sweep job will run it.
import { describe, expect, it } from 'vitest';
import { businessTimeBetween } from '../calendar/calendar.js';
import { advanceClock, nextWakeAt, type ClockEvent } from '../clocks/clock.js';
import { DEFAULT_POLICIES } from '../clocks/defaults.js';
import type { EscalationTarget } from '../clocks/policy.js';
import { startCaseClocks } from './case-clocks.js';
import { DEFAULT_RULES } from './defaults.js';
import { escalationRecipient } from './escalation.js';
import { evaluateRules } from './evaluate.js';
import { resolveRouting } from './resolve.js';
import { CALENDARS, facts, TEAMS } from './test-fixtures.js';

const pxOffice = CALENDARS[0];
const policy = (id: string) => DEFAULT_POLICIES.find((p) => p.id === id)!;
const MINUTE = 60_000;

describe('a complaint at 16:55 on a Friday in Chicago', () => {
  const openedAt = new Date('2026-11-20T22:55:00Z'); // Friday 16:55 CST
  const f = facts({ now: openedAt.toISOString() });
  const routing = resolveRouting(evaluateRules(DEFAULT_RULES, f), { teams: TEAMS, site: f.site, now: f.now });
  // Public answers are the social team's, around the clock; outreach is the site team's, in its office hours.
  const started = startCaseClocks(routing.clocks, { policies: DEFAULT_POLICIES, teams: TEAMS, calendars: CALENDARS, siteId: 'north', caseTeam: routing.team, at: openedAt });
  const clocks = Object.fromEntries(started.clocks.map((clock) => [clock.name, { clock, ownerTeam: clock.owner! }]));

  const whom = (target: EscalationTarget, owner: string, at: Date) => {
    const recipient = escalationRecipient(target, { teams: TEAMS, owner, assignee: routing.assignee, at });
    return 'user' in recipient ? `${recipient.user} (${recipient.via})` : recipient.problem;
  };

  // The sweep: wake at the earliest instant any clock asks for, advance every clock, repeat until Wednesday night.
  const log: string[] = [];
  const until = new Date('2026-11-26T06:00:00Z');
  for (;;) {
    const wakes = Object.values(clocks).map(({ clock }) => nextWakeAt(clock, policy(clock.policy))).filter((w): w is Date => w !== null);
    const now = new Date(Math.min(...wakes.map(Number)));
    if (!wakes.length || now > until) break;
    for (const entry of Object.values(clocks)) {
      const { clock, events } = advanceClock(entry.clock, policy(entry.clock.policy), now);
      entry.clock = clock;
      log.push(...events.map((e: ClockEvent) => `${e.at} ${e.clock} ${e.type}${e.type === 'escalation' ? ` → ${whom(e.notify, entry.ownerTeam, new Date(e.at))}` : ''}`));
    }
  }

  it('is routed to the North patient representatives with both clocks, the public one owned by social media', () => {
    expect(routing).toMatchObject({ team: 'px-north', clocks: ['public_ack', 'private_outreach'] });
    expect(started.problems).toEqual([]);
    expect(started.clocks.map((c) => [c.name, c.owner, c.calendarId])).toEqual([
      ['public_ack', 'social', '24x7'],
      ['private_outreach', 'px-north', 'px-office'],
    ]);
  });

  it('warns, breaches and escalates the public acknowledgement on Friday evening, then counts outreach from Monday 08:00', () => {
    expect(log).toEqual([
      '2026-11-20T23:40:00.000Z public_ack warning', // Fri 17:40 CST
      '2026-11-20T23:55:00.000Z public_ack breach', // Fri 17:55 CST
      '2026-11-20T23:55:00.000Z public_ack escalation → sue@h.org (oncall)', // social on call that week
      '2026-11-21T00:55:00.000Z public_ack escalation → sophie@h.org (manager)', // Fri 18:55 CST
      '2026-11-24T22:55:00.000Z private_outreach warning', // Tue 16:55 CST: 18 of 24 office hours used
      '2026-11-25T19:55:00.000Z private_outreach breach', // Wed 13:55 CST
      // Nobody assigned by name: the North representative on call that week (weeks 46 from Mon 2026-11-23 09:00).
      '2026-11-25T19:55:00.000Z private_outreach escalation → nina@h.org (oncall)',
    ]);
  });

  it('counts only the five minutes of Friday before Monday 08:00 in the team time zone', () => {
    const outreach = clocks.private_outreach.clock;
    const start = new Date(outreach.startedAt);
    expect(businessTimeBetween(start, new Date('2026-11-23T13:59:00Z'), pxOffice)).toBe(5 * MINUTE); // Mon 07:59 CST
    expect(businessTimeBetween(start, new Date('2026-11-23T14:01:00Z'), pxOffice)).toBe(6 * MINUTE); // Mon 08:01 CST
    expect(outreach).toMatchObject({ state: 'breached', dueAt: '2026-11-25T19:55:00.000Z', escalationStep: 1 });
  });
});
