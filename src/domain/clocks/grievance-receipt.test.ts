import { describe, expect, it } from 'vitest';
import { startClock } from './clock.js';
import { DEFAULT_POLICIES } from './defaults.js';
import { grievanceReceipt } from './grievance-receipt.js';

const grievance = DEFAULT_POLICIES.find((p) => p.id === 'grievance_response')!;
const at = (iso: string) => new Date(iso);
// An email that asked for a written explanation arrived on Nov 27; someone recognized it as a grievance on Nov 29.
const email = { postedAt: at('2025-11-27T15:20:00Z'), arrivedAt: at('2025-11-27T15:21:00Z') };
const marking = at('2025-11-29T10:00:00Z');

describe('when a grievance was received', () => {
  it('counts the written response from the first post, not from the day the case was marked', () => {
    const receipt = grievanceReceipt(email, undefined, marking);
    expect(receipt).toEqual({ at: email.postedAt, from: 'first_post' });
    const clock = startClock(grievance, 'at' in receipt ? receipt.at : marking);
    expect(clock.dueAt).toBe('2025-12-04T15:20:00.000Z');
  });

  it('takes history brought in late from when it reached us, as the case clocks do', () => {
    const imported = { postedAt: at('2025-10-01T09:00:00Z'), arrivedAt: at('2025-11-27T08:00:00Z') };
    expect(grievanceReceipt(imported, undefined, marking)).toEqual({ at: imported.arrivedAt, from: 'first_post' });
  });

  it('takes a date someone gave, such as the later post that asked for a written answer', () => {
    expect(grievanceReceipt(email, at('2025-11-28T09:00:00Z'), marking)).toEqual({ at: at('2025-11-28T09:00:00Z'), from: 'given' });
    // Given to the minute, the first post's own minute is accepted.
    expect(grievanceReceipt(email, at('2025-11-27T15:20:00Z'), marking)).toMatchObject({ from: 'given' });
    expect(grievanceReceipt({ ...email, postedAt: at('2025-11-27T15:20:42Z') }, at('2025-11-27T15:20:00Z'), marking)).toMatchObject({ from: 'given' });
  });

  it('refuses a date in the future, or before the case’s first post, and says why', () => {
    expect(grievanceReceipt(email, at('2025-11-29T10:01:00Z'), marking)).toEqual({ problem: expect.stringMatching(/in the future/) });
    expect(grievanceReceipt(email, at('2025-11-27T15:19:00Z'), marking)).toEqual({ problem: expect.stringMatching(/before the case's first post \(2025-11-27T15:20:00.000Z\)/) });
  });

  it('counts from the marking when the case holds no post to date it by', () => {
    expect(grievanceReceipt(null, undefined, marking)).toEqual({ at: marking, from: 'marked' });
  });
});
