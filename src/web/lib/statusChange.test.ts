import { describe, expect, it } from 'vitest';
import type { Clock } from '../api/types.js';
import { isReopening, statusChangeEffects } from './statusChange.js';

const clock = (name: string, whenCaseEnds: Clock['whenCaseEnds'], state: Clock['state'] = 'running'): Clock => ({
  name,
  policy: name,
  startedAt: '2025-01-01T00:00:00Z',
  dueAt: '2025-01-02T00:00:00Z',
  state,
  whenCaseEnds,
});

describe('what a status change does to the clocks', () => {
  it('says resolving meets, stops or leaves running each clock still owed, as its policy says', () => {
    const clocks = [clock('public_ack', 'stopped'), clock('grievance_response', 'continues'), clock('resolution', 'met'), clock('private_outreach', 'stopped', 'met')];
    expect(statusChangeEffects('in_recovery', 'resolved', clocks)).toEqual([
      '“Public acknowledgement” stops, not met: a resolved case owes it no more.',
      '“Grievance written response” keeps running: only its own response meets it.',
      '“Case resolution” is met.',
    ]);
  });

  it('says a move that touches no clock leaves them as they are, so Acknowledged is not taken for the acknowledgement', () => {
    expect(statusChangeEffects('triaged', 'acknowledged', [clock('public_ack', 'stopped', 'warning')])).toEqual(['No clock is met or stopped by moving to Acknowledged.']);
  });

  it('says nothing when no clock is owed and none starts', () => {
    expect(statusChangeEffects('triaged', 'acknowledged', [clock('public_ack', 'stopped', 'met')])).toEqual([]);
    expect(statusChangeEffects('new', 'closed', [])).toEqual([]);
  });

  it('says reopening starts the follow-up clock, whether the move is named in_recovery or reopen', () => {
    expect(statusChangeEffects('resolved', 'in_recovery', [])).toEqual(['Starts the follow-up clock for reopened cases.']);
    expect(isReopening('closed', 'reopen')).toBe(true);
    expect(isReopening('resolved', 'closed')).toBe(false);
    expect(isReopening('acknowledged', 'in_recovery')).toBe(false);
  });
});
