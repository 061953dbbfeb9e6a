import { describe, expect, it } from 'vitest';
import { onCallAt, type Rotation } from './rotation.js';

const weekly: Rotation = {
  timeZone: 'America/Chicago',
  handoff: 'weekly',
  handoffTime: '09:00',
  handoffDay: 'mon',
  startDate: '2026-10-01', // a Thursday: the first shift starts Monday 2026-10-05 09:00
  members: ['ana@x.org', 'ben@x.org', 'cy@x.org'],
  overrides: [],
};

describe('onCallAt', () => {
  it('has nobody on call before the first hand-off', () => {
    expect(onCallAt(weekly, new Date('2026-10-05T13:59:00Z'))).toBeNull();
  });

  it('gives the first member the first week, from hand-off to hand-off', () => {
    expect(onCallAt(weekly, new Date('2026-10-05T14:00:00Z'))).toEqual({
      user: 'ana@x.org',
      from: '2026-10-05T14:00:00.000Z',
      to: '2026-10-12T14:00:00.000Z',
    });
  });

  it('keeps the previous member until the Monday hand-off time', () => {
    expect(onCallAt(weekly, new Date('2026-10-12T13:30:00Z'))?.user).toBe('ana@x.org');
    expect(onCallAt(weekly, new Date('2026-10-12T14:00:00Z'))?.user).toBe('ben@x.org');
  });

  it('hands off at 09:00 local on both sides of the fall-back change', () => {
    // Week of 2026-10-26 (CDT) to 2026-11-02 (CST): the shift is 169 hours long.
    expect(onCallAt(weekly, new Date('2026-10-30T12:00:00Z'))).toEqual({
      user: 'ana@x.org', // fourth week: back to the first member
      from: '2026-10-26T14:00:00.000Z',
      to: '2026-11-02T15:00:00.000Z',
    });
  });

  it('hands off daily at 09:00 local across spring-forward in New York', () => {
    const daily: Rotation = { ...weekly, timeZone: 'America/New_York', handoff: 'daily', handoffDay: undefined, startDate: '2026-03-07', members: ['a', 'b'] };
    expect(onCallAt(daily, new Date('2026-03-08T12:30:00Z'))).toEqual({ user: 'a', from: '2026-03-07T14:00:00.000Z', to: '2026-03-08T13:00:00.000Z' });
    expect(onCallAt(daily, new Date('2026-03-08T13:00:00Z'))).toEqual({ user: 'b', from: '2026-03-08T13:00:00.000Z', to: '2026-03-09T13:00:00.000Z' });
  });

  it('lets a colleague cover the days someone is on leave', () => {
    const leave: Rotation = {
      ...weekly,
      overrides: [{ user: 'dee@x.org', from: '2026-10-07T05:00:00Z', to: '2026-10-09T05:00:00Z', reason: 'ana on leave' }],
    };
    expect(onCallAt(leave, new Date('2026-10-08T12:00:00Z'))).toEqual({
      user: 'dee@x.org',
      from: '2026-10-07T05:00:00Z',
      to: '2026-10-09T05:00:00Z',
      override: true,
      reason: 'ana on leave',
    });
    // Before the leave, ana's shift ends when the cover starts; after it, her shift resumes from the cover's end.
    expect(onCallAt(leave, new Date('2026-10-06T12:00:00Z'))?.to).toBe('2026-10-07T05:00:00.000Z');
    expect(onCallAt(leave, new Date('2026-10-10T12:00:00Z'))).toEqual({ user: 'ana@x.org', from: '2026-10-09T05:00:00.000Z', to: '2026-10-12T14:00:00.000Z' });
  });

  it('has nobody on call in a rotation without members', () => {
    expect(onCallAt({ ...weekly, members: [] }, new Date('2026-10-08T12:00:00Z'))).toBeNull();
  });
});
