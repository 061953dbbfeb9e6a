import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES } from '../clocks/defaults.js';
import { startCaseClocks } from './case-clocks.js';
import { CALENDARS, TEAMS } from './test-fixtures.js';

const at = new Date('2026-11-18T16:00:00Z');
const ctx = { policies: DEFAULT_POLICIES, teams: TEAMS, calendars: CALENDARS, siteId: 'south', caseTeam: 'px-south', at };

describe('startCaseClocks', () => {
  it('reports a business clock whose team has no calendar instead of silently counting nights', () => {
    const { clocks, problems } = startCaseClocks(['private_outreach'], ctx);
    expect(clocks[0]).toMatchObject({ owner: 'px-south', calendarId: '24x7', dueAt: '2026-11-19T16:00:00.000Z' });
    expect(problems).toEqual(['clock private_outreach: team px-south has no calendar; counting around the clock']);
  });

  it('reports unknown policies and starts the rest', () => {
    const { clocks, problems } = startCaseClocks(['public_ack', 'tea_break'], ctx);
    expect(clocks.map((c) => c.owner)).toEqual(['social']);
    expect(problems).toEqual(['unknown clock policy tea_break']);
  });
});
