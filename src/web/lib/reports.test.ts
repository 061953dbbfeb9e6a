import { describe, expect, it } from 'vitest';
import { drillDown, formatMinutes, lastDays, percent, periodProblem, pivotVolume } from './reports.js';

describe('report shaping', () => {
  it('pivots volume into one row per day with a zero for quiet platforms', () => {
    const { rows, platforms } = pivotVolume([
      { day: '2026-03-02', platform: 'yelp', count: 1 },
      { day: '2026-03-01', platform: 'google', count: 4 },
      { day: '2026-03-02', platform: 'google', count: 2 },
    ]);
    expect(platforms).toEqual(['google', 'yelp']);
    expect(rows).toEqual([
      { day: '2026-03-01', google: 4, yelp: 0 },
      { day: '2026-03-02', google: 2, yelp: 1 },
    ]);
  });

  it('drills down across every status', () => {
    expect(drillDown({ day: '2026-03-01', platform: ['google'] })).toEqual({ status: ['all'], day: '2026-03-01', platform: ['google'] });
  });

  it('drills down to the cases opened in the period the figures cover', () => {
    expect(drillDown({ clock: 'public_ack', clockState: ['met_late'] }, { from: '2026-03-01', to: '2026-03-30' })).toEqual({
      status: ['all'],
      from: '2026-03-01',
      to: '2026-03-30',
      clock: 'public_ack',
      clockState: ['met_late'],
    });
  });

  it('refuses a period that ends before it starts, and accepts a single day', () => {
    expect(periodProblem({ from: '2026-03-10', to: '2026-03-01' })).toMatch(/end date must be on or after the start date/);
    expect(periodProblem({ from: '2026-03-10', to: '2026-03-10' })).toBeNull();
    expect(periodProblem({ from: '', to: '2026-03-10' })).toMatch(/both/);
  });

  it('gives a date range ending today', () => {
    expect(lastDays(30, Date.parse('2026-03-30T10:00:00Z'))).toEqual({ from: '2026-03-01', to: '2026-03-30' });
  });

  it('formats durations and rates for people', () => {
    expect(formatMinutes(42)).toBe('42 min');
    expect(formatMinutes(90)).toBe('1.5 h');
    expect(formatMinutes(null)).toBe('—');
    expect(percent(1, 4)).toBe('25%');
    expect(percent(0, 0)).toBe('—');
  });
});
