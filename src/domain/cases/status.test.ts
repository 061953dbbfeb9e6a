import { describe, expect, it } from 'vitest';
import { allowedTransitions, canTransition, isReopen } from './status.js';

describe('case status transitions', () => {
  it('moves forward through recovery', () => {
    expect(canTransition('new', 'triaged')).toBe(true);
    expect(canTransition('acknowledged', 'in_recovery')).toBe(true);
    expect(canTransition('in_recovery', 'resolved')).toBe(true);
    expect(canTransition('resolved', 'closed')).toBe(true);
  });

  it('never moves backwards within an open case', () => {
    expect(canTransition('in_recovery', 'new')).toBe(false);
    expect(canTransition('acknowledged', 'triaged')).toBe(false);
  });

  it('reopens a resolved or closed case into recovery only', () => {
    expect(allowedTransitions('closed')).toEqual(['in_recovery']);
    expect(isReopen('closed', 'in_recovery')).toBe(true);
    expect(isReopen('resolved', 'in_recovery')).toBe(true);
    expect(isReopen('new', 'in_recovery')).toBe(false);
    expect(canTransition('closed', 'new')).toBe(false);
  });

  it('lets any open case be closed as not actionable', () => {
    for (const s of ['new', 'triaged', 'acknowledged', 'in_recovery'] as const) expect(canTransition(s, 'closed')).toBe(true);
  });
});
