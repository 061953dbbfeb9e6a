// Starting a case's clocks: each counts in the calendar of the team that owns it.
import { CALENDAR_24X7, type Calendar } from '../calendar/calendar.js';
import { startClock, type Clock } from '../clocks/clock.js';
import type { ClockPolicy } from '../clocks/policy.js';
import { teamForFunction, type Team } from './team.js';

export interface CaseClockContext {
  policies: ClockPolicy[];
  teams: Team[];
  calendars: Calendar[];
  siteId: string | null;
  /** The team routing assigned; owns every clock whose policy names no owning function. */
  caseTeam: string | null;
  at: Date;
}

/** Starts the named clocks; unknown policies and business clocks without a calendar are reported, not guessed silently. */
export function startCaseClocks(policyIds: string[], ctx: CaseClockContext): { clocks: Clock[]; problems: string[] } {
  const clocks: Clock[] = [];
  const problems: string[] = [];
  for (const id of policyIds) {
    const policy = ctx.policies.find((p) => p.id === id);
    if (!policy) {
      problems.push(`unknown clock policy ${id}`);
      continue;
    }
    const owner = policy.owner ? teamForFunction(ctx.teams, policy.owner, ctx.siteId) : (ctx.teams.find((t) => t.id === ctx.caseTeam) ?? null);
    const calendar = ctx.calendars.find((c) => c.id === owner?.calendar);
    if (!calendar && policy.basis === 'business') problems.push(`clock ${id}: team ${owner?.id ?? 'none'} has no calendar; counting around the clock`);
    clocks.push(startClock(policy, ctx.at, calendar ?? CALENDAR_24X7, owner?.id));
  }
  return { clocks, problems };
}
