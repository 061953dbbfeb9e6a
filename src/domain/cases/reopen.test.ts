import { describe, expect, it } from 'vitest';
import { reopenWindowStart, revisionWorsened } from './reopen.js';

const reading = (rating: number | null, complaint = false, risks: string[] = []) => ({ rating, complaint, risks });

describe('reopening an ended case', () => {
  it('treats a case resolved within two weeks as still the author’s conversation, and an older one as history', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(reopenWindowStart(now).getTime()).toBeLessThan(new Date('2026-11-20T12:00:00Z').getTime());
    expect(reopenWindowStart(now).getTime()).toBeGreaterThan(new Date('2026-11-01T12:00:00Z').getTime());
  });

  it('says a review lowered in stars got worse, naming both ratings', () => {
    expect(revisionWorsened(reading(3), reading(1))).toBe('the review was lowered from 3 to 1 stars');
  });

  it('says an edit that turned into a complaint, or added a risk, got worse', () => {
    expect(revisionWorsened(reading(null), reading(null, true))).toBe('the edited post is now a complaint');
    expect(revisionWorsened(reading(null, true), reading(null, true, ['legal']))).toBe('the edited post now carries legal risk');
  });

  it('does not reopen for an edit that stayed the same or got better', () => {
    expect(revisionWorsened(reading(2, true), reading(4, true))).toBeNull();
    expect(revisionWorsened(reading(1, true, ['harm']), reading(1, true, ['harm']))).toBeNull();
  });
});
