import { describe, expect, it } from 'vitest';
import { describeAgo, describeDue, formatDateTime, formatSpan, liveClockState, toLocalInput } from './time.js';

const now = Date.parse('2026-03-10T12:00:00Z');
const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

describe('relative clock wording', () => {
  it('counts down minutes before the due time', () => {
    expect(describeDue('running', at(23), now)).toBe('due in 23 min');
  });

  it('says how long ago a clock breached, even when the server still says running', () => {
    expect(describeDue('running', at(-120), now)).toBe('breached 2 h ago');
    expect(liveClockState('warning', at(-1), now)).toBe('breached');
  });

  it('says a clock met after it was due was met late', () => {
    expect(describeDue('met', at(-120), now, true)).toBe('met late');
    expect(describeDue('met', at(-120), now)).toBe('met');
  });

  it('keeps minutes for short hour spans and drops them for long ones', () => {
    expect(formatSpan(2 * 3_600_000 + 5 * 60_000)).toBe('2 h 5 min');
    expect(formatSpan(30 * 3_600_000)).toBe('30 h');
    expect(formatSpan(4 * 86_400_000)).toBe('4 d');
    expect(formatSpan(20_000)).toBe('<1 min');
  });

  it('does not count down paused or met clocks', () => {
    expect(describeDue('paused', at(-30), now)).toBe('paused');
    expect(describeDue('met', at(-30), now)).toBe('met');
  });

  it('describes past events relative to now', () => {
    expect(describeAgo(at(-5), now)).toBe('5 min ago');
    expect(describeAgo(at(0), now)).toBe('just now');
  });

  it('formats absolute times in the requested zone', () => {
    expect(formatDateTime('2026-03-10T12:00:00Z', 'America/Chicago', 'en-US')).toBe('Mar 10, 2026, 7:00 AM');
  });
});

describe('toLocalInput', () => {
  it('writes an instant as the local wall time a datetime-local input reads back to the same minute', () => {
    const at = new Date(2026, 10, 29, 7, 5, 42);
    expect(toLocalInput(at)).toBe('2026-11-29T07:05');
    expect(new Date(toLocalInput(at)).getTime()).toBe(new Date(2026, 10, 29, 7, 5).getTime());
  });
});
