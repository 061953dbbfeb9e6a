import { describe, expect, it } from 'vitest';
import { CALENDAR_24X7, type Calendar } from '../calendar/calendar.js';
import { advanceClock, clockStartFor, clockState, meetClock, nextWakeAt, pauseClock, resumeClock, startClock, stopClock, warnAt, type Clock } from './clock.js';
import { DEFAULT_POLICIES } from './defaults.js';
import { policiesMetBy, policiesStartedBy, policiesWithdrawnBy, whenCaseEnds, type ClockPolicy } from './policy.js';

const policy = (id: string) => DEFAULT_POLICIES.find((p) => p.id === id)!;
const publicAck = policy('public_ack');
const outreach = policy('private_outreach');
const grievance = policy('grievance_response');
const weekdays = ['08:00-17:00'];
const office = (timeZone: string, holidays: string[] = []): Calendar => ({
  id: `office-${timeZone}`,
  timeZone,
  hours: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays },
  holidays,
});
const at = (iso: string) => new Date(iso);

/** Advances a clock through every instant it asks to wake at, the way the sweep job does, up to `until`. */
function sweep(clock: Clock, p: ClockPolicy, until: Date) {
  const events = [];
  for (let wake = nextWakeAt(clock, p); wake && wake <= until; wake = nextWakeAt(clock, p)) {
    const step = advanceClock(clock, p, wake);
    clock = step.clock;
    events.push(...step.events);
  }
  return { clock, events };
}

describe('startClock', () => {
  it('gives the public acknowledgement one hour around the clock, warning at 45 minutes', () => {
    const clock = startClock(publicAck, at('2026-11-22T03:10:00Z'), CALENDAR_24X7, 'social');
    expect(clock).toMatchObject({ owner: 'social', dueAt: '2026-11-22T04:10:00.000Z', warningAt: '2026-11-22T03:55:00.000Z', state: 'running' });
    expect(warnAt(clock).toISOString()).toBe('2026-11-22T03:55:00.000Z');
  });

  it('counts private outreach in the team office hours, over the weekend', () => {
    // Fri 2026-11-20 16:00 EST: 1 h Fri + 9 h Mon + 9 h Tue + 5 h Wed → Wed 13:00 EST.
    const clock = startClock(outreach, at('2026-11-20T21:00:00Z'), office('America/New_York'));
    expect(clock.dueAt).toBe('2026-11-25T18:00:00.000Z');
  });

  it('skips the holiday in the team calendar', () => {
    const clock = startClock(outreach, at('2026-11-20T21:00:00Z'), office('America/New_York', ['2026-11-23']));
    expect(clock.dueAt).toBe('2026-11-26T18:00:00.000Z');
  });

  it('counts business time through the spring-forward weekend in New York', () => {
    // Fri 2026-03-06 16:00 EST (21:00Z): Mon 9 h, Tue 9 h, Wed 5 h → Wed 2026-03-11 13:00 EDT = 17:00Z.
    expect(startClock(outreach, at('2026-03-06T21:00:00Z'), office('America/New_York')).dueAt).toBe('2026-03-11T17:00:00.000Z');
  });

  it('ends a 7-day grievance clock at the same wall time across fall-back in Denver', () => {
    // Tue 2026-10-27 10:00 MDT (16:00Z) → Tue 2026-11-03 10:00 MST (17:00Z): 7 days and one hour of elapsed time.
    expect(startClock(grievance, at('2026-10-27T16:00:00Z'), office('America/Denver')).dueAt).toBe('2026-11-03T17:00:00.000Z');
  });

  it('ends a 7-day grievance clock at the same wall time across spring-forward in Chicago', () => {
    expect(startClock(grievance, at('2026-03-03T16:00:00Z'), office('America/Chicago')).dueAt).toBe('2026-03-10T15:00:00.000Z');
  });
});

describe('advanceClock', () => {
  const started = startClock(publicAck, at('2026-11-22T03:10:00Z'));

  it('stays quiet before the warning share', () => {
    expect(advanceClock(started, publicAck, at('2026-11-22T03:54:59Z'))).toEqual({ clock: started, events: [] });
  });

  it('warns once, then breaches once, however many times it is advanced', () => {
    const warned = advanceClock(started, publicAck, at('2026-11-22T04:00:00Z'));
    expect(warned.events).toEqual([{ type: 'warning', clock: 'public_ack', policy: 'public_ack', at: '2026-11-22T03:55:00.000Z' }]);
    expect(warned.clock.state).toBe('warning');
    expect(advanceClock(warned.clock, publicAck, at('2026-11-22T04:05:00Z')).events).toEqual([]);

    const breached = advanceClock(warned.clock, publicAck, at('2026-11-22T04:10:00Z'));
    expect(breached.events.map((e) => e.type)).toEqual(['breach', 'escalation']);
    expect(breached.clock).toMatchObject({ state: 'breached', breachedAt: '2026-11-22T04:10:00.000Z', escalationStep: 1 });
    const again = advanceClock(breached.clock, publicAck, at('2026-11-22T04:30:00Z'));
    expect(again.events).toEqual([]);
  });

  it('escalates step by step, each step once', () => {
    const late = advanceClock(started, publicAck, at('2026-11-22T05:30:00Z'));
    expect(late.events).toEqual([
      { type: 'breach', clock: 'public_ack', policy: 'public_ack', at: '2026-11-22T04:10:00.000Z' },
      { type: 'escalation', clock: 'public_ack', policy: 'public_ack', at: '2026-11-22T04:10:00.000Z', step: 0, notify: 'team_oncall' },
      { type: 'escalation', clock: 'public_ack', policy: 'public_ack', at: '2026-11-22T05:10:00.000Z', step: 1, notify: 'team_manager' },
    ]);
    expect(advanceClock(late.clock, publicAck, at('2026-11-23T00:00:00Z')).events).toEqual([]);
    expect(nextWakeAt(late.clock, publicAck)).toBeNull();
  });

  it('reminds the owner to send the interim grievance letter when the 7 days run out', () => {
    const clock = startClock(grievance, at('2026-11-02T15:00:00Z'), office('America/Chicago'));
    const { events } = advanceClock(clock, grievance, at('2026-11-09T15:00:00Z'));
    expect(events.find((e) => e.type === 'escalation')).toMatchObject({ notify: 'assignee', note: expect.stringMatching(/interim letter/) });
  });

  it('records a clock met after it was due as breached at its due time, even when no sweep saw it', () => {
    const late = meetClock(started, new Date(new Date(started.dueAt).getTime() + 60_000));
    expect(late).toMatchObject({ state: 'met', breachedAt: started.dueAt });
    expect(meetClock(started, new Date(started.startedAt)).breachedAt).toBeUndefined();
  });

  it('does nothing once the clock is met', () => {
    const met = meetClock(started, at('2026-11-22T03:30:00Z'));
    expect(advanceClock(met, publicAck, at('2026-11-22T06:00:00Z'))).toEqual({ clock: met, events: [] });
    expect(clockState(met, at('2026-11-22T06:00:00Z'))).toBe('met');
    expect(nextWakeAt(met, publicAck)).toBeNull();
  });
});

describe('pause and resume', () => {
  const cal = office('America/New_York');

  it('pauses the clock while we wait on the patient and owes the remaining business time after', () => {
    // Mon 2026-11-23 10:00 EST start → due Wed 2026-11-25 16:00 EST.
    const clock = startClock(outreach, at('2026-11-23T15:00:00Z'), cal);
    expect(clock.dueAt).toBe('2026-11-25T21:00:00.000Z');
    // Paused Mon 12:00 → resumed Tue 12:00: 9 business hours waited, so due moves to Thu 16:00.
    const paused = pauseClock(clock, at('2026-11-23T17:00:00Z'));
    expect(clockState(paused, at('2026-11-30T00:00:00Z'))).toBe('paused');
    expect(advanceClock(paused, outreach, at('2026-11-30T00:00:00Z')).events).toEqual([]);
    expect(nextWakeAt(paused, outreach)).toBeNull();
    const resumed = resumeClock(paused, at('2026-11-24T17:00:00Z'), cal);
    expect(resumed).toMatchObject({ dueAt: '2026-11-26T21:00:00.000Z', pausedMs: 9 * 3_600_000, state: 'running' });
    expect(resumed.pausedAt).toBeUndefined();
  });

  it('does not move a breach already recorded', () => {
    const clock = startClock(publicAck, at('2026-11-22T03:10:00Z'));
    const breached = advanceClock(clock, publicAck, at('2026-11-22T04:20:00Z')).clock;
    const resumed = resumeClock(pauseClock(breached, at('2026-11-22T04:30:00Z')), at('2026-11-22T05:30:00Z'));
    expect(resumed).toMatchObject({ dueAt: '2026-11-22T04:10:00.000Z', state: 'breached' });
  });
});

describe('clockStartFor', () => {
  it('counts from when the patient wrote for a post that reached us within a day, and from arrival for an older one', () => {
    const arrived = at('2026-11-22T12:00:00Z');
    expect(clockStartFor(at('2026-11-22T11:20:00Z'), arrived)).toEqual(at('2026-11-22T11:20:00Z'));
    expect(clockStartFor(at('2026-11-10T09:00:00Z'), arrived)).toEqual(arrived);
    expect(clockStartFor(at('2026-11-22T12:05:00Z'), arrived), 'a post dated ahead of our clock').toEqual(arrived);
  });
});

describe('policiesStartedBy', () => {
  it('starts the grievance clock only when a case is marked a grievance, and the follow-up clock when one is reopened', () => {
    expect(policiesStartedBy(DEFAULT_POLICIES, 'grievance_marked').map((p) => p.id)).toEqual(['grievance_response']);
    expect(policiesStartedBy(DEFAULT_POLICIES, 'case_reopened').map((p) => p.id)).toEqual(['reopened_followup']);
    expect(policiesStartedBy(DEFAULT_POLICIES, 'case_opened').map((p) => p.id)).toEqual(['public_ack', 'private_outreach', 'resolution', 'urgent_outreach', 'crisis_response']);
  });
});

describe('policiesMetBy', () => {
  it('has a public reply meet the acknowledgement, a private contact the outreach, and either the crisis response', () => {
    const ids = (contact: 'public_reply' | 'private_outreach') => policiesMetBy(DEFAULT_POLICIES, contact).map((p) => p.id);
    expect(ids('public_reply')).toContain('public_ack');
    expect(ids('public_reply')).not.toContain('private_outreach');
    expect(ids('private_outreach')).toContain('private_outreach');
    expect(ids('private_outreach')).not.toContain('public_ack');
    for (const contact of ['public_reply', 'private_outreach'] as const) expect(ids(contact)).toContain('crisis_response');
  });

  it('has the written grievance response meet the grievance clock and nothing else', () => {
    expect(policiesMetBy(DEFAULT_POLICIES, 'grievance_response').map((p) => p.id)).toEqual(['grievance_response']);
    for (const contact of ['public_reply', 'private_outreach'] as const) expect(policiesMetBy(DEFAULT_POLICIES, contact).map((p) => p.id)).not.toContain('grievance_response');
  });
});

describe('policiesWithdrawnBy', () => {
  it('withdraws the grievance clock when a case is no longer a grievance, and no other promise', () => {
    expect(policiesWithdrawnBy(DEFAULT_POLICIES, 'grievance_unmarked').map((p) => p.id)).toEqual(['grievance_response']);
  });
});

describe('daylight saving', () => {
  it('gives the public acknowledgement one real hour through the repeated hour of fall-back', () => {
    // 01:30 EDT on 2026-11-01 is 05:30Z; one hour later the wall clock reads 01:30 EST.
    expect(startClock(publicAck, at('2026-11-01T05:30:00Z'), office('America/New_York')).dueAt).toBe('2026-11-01T06:30:00.000Z');
  });

  it('owes the same office hours after a pause over the fall-back weekend in Chicago', () => {
    const cal = office('America/Chicago');
    // Start Fri 2026-10-30 09:00 CDT (14:00Z): 24 office hours → Tue 2026-11-03 15:00 CST (21:00Z).
    const clock = startClock(outreach, at('2026-10-30T14:00:00Z'), cal);
    expect(clock.dueAt).toBe('2026-11-03T21:00:00.000Z');
    // Paused Fri 16:00 CDT, resumed Mon 09:00 CST: 1 h Friday + 1 h Monday paused → due Tue 17:00 CST instead of 15:00.
    const resumed = resumeClock(pauseClock(clock, at('2026-10-30T21:00:00Z')), at('2026-11-02T15:00:00Z'), cal);
    expect(resumed).toMatchObject({ pausedMs: 2 * 3_600_000, dueAt: '2026-11-03T23:00:00.000Z' });
  });
});

describe('nextWakeAt', () => {
  it('walks warning, breach and escalations in order', () => {
    const clock = startClock(publicAck, at('2026-11-22T03:10:00Z'));
    const { events } = sweep(clock, publicAck, at('2026-11-23T00:00:00Z'));
    expect(events.map((e) => `${e.type}@${e.at}`)).toEqual([
      'warning@2026-11-22T03:55:00.000Z',
      'breach@2026-11-22T04:10:00.000Z',
      'escalation@2026-11-22T04:10:00.000Z',
      'escalation@2026-11-22T05:10:00.000Z',
    ]);
  });
});

describe('stopClock', () => {
  const policy = DEFAULT_POLICIES.find((p) => p.id === 'private_outreach')!;
  const start = new Date('2026-11-02T15:00:00Z');

  it('stops a clock whose case ended before its due time: nothing owed, nothing breached, no more wake-ups', () => {
    const clock = startClock({ ...policy, basis: 'calendar' }, start);
    const stopped = stopClock(clock, new Date(start.getTime() + 3_600_000));
    expect([stopped.state, stopped.breachedAt, clockState(stopped, new Date(start.getTime() + 30 * 86_400_000))]).toEqual(['stopped', undefined, 'stopped']);
    expect(nextWakeAt(stopped, policy)).toBeNull();
    expect(advanceClock(stopped, policy, new Date(start.getTime() + 30 * 86_400_000)).events).toEqual([]);
  });

  it('records the breach of a clock stopped after its due time', () => {
    const clock = startClock({ ...policy, basis: 'calendar' }, start);
    const stopped = stopClock(clock, new Date(start.getTime() + 3 * 86_400_000));
    expect(stopped.breachedAt).toBe(clock.dueAt);
  });
});

describe('whenCaseEnds', () => {
  it('meets the resolution clock, keeps the grievance answer owed, and stops every other promise', () => {
    expect(Object.fromEntries(DEFAULT_POLICIES.map((p) => [p.id, whenCaseEnds(p.metBy)]))).toEqual({
      public_ack: 'stopped',
      private_outreach: 'stopped',
      grievance_response: 'continues',
      resolution: 'met',
      urgent_outreach: 'stopped',
      reopened_followup: 'stopped',
      crisis_response: 'stopped',
    });
  });
});
