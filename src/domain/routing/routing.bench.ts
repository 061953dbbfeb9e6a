// Throughput of the pure routing, calendar, clock and on-call functions: `npx vitest bench --run src/domain/routing`.
import { bench, describe } from 'vitest';
import { addBusinessTime } from '../calendar/calendar.js';
import { advanceClock, startClock } from '../clocks/clock.js';
import { DEFAULT_POLICIES } from '../clocks/defaults.js';
import { onCallAt } from '../oncall/rotation.js';
import { DEFAULT_RULES } from './defaults.js';
import { evaluateRules } from './evaluate.js';
import { resolveRouting } from './resolve.js';
import { CALENDARS, facts, TEAMS } from './test-fixtures.js';

const base = Date.parse('2026-11-20T22:55:00Z');
const outreach = DEFAULT_POLICIES.find((p) => p.id === 'private_outreach')!;
let i = 0;
// Each call moves ten minutes on, so calendars and rotations see new instants as a sweep would.
const next = () => new Date(base + (i++ % 50_000) * 600_000);

describe('domain', () => {
  bench('route a crisis happening now (evaluate + resolve, on-call lookups)', () => {
    const f = facts({ triage: { risks: ['crisis'], timing: 'now' }, now: next().toISOString() });
    resolveRouting(evaluateRules(DEFAULT_RULES, f), { teams: TEAMS, site: f.site, now: f.now });
  });
  bench('addBusinessTime: 24 office hours', () => {
    addBusinessTime(next(), 24 * 3_600_000, CALENDARS[0]);
  });
  bench('start and advance a private outreach clock', () => {
    const at = next();
    advanceClock(startClock(outreach, at, CALENDARS[0]), outreach, new Date(at.getTime() + 5 * 86_400_000));
  });
  bench('onCallAt: weekly rotation', () => {
    onCallAt(TEAMS[0].rotation!, next());
  });
});
