import { describe, expect, it } from 'vitest';
import { afterFailure, DEFAULT_RETRY_POLICY, nextRetryDelay, URGENT_RETRY_POLICY } from './retry.js';

const low = () => 0;
const high = () => 0.999999;
const mid = () => 0.5;

describe('nextRetryDelay', () => {
  it('doubles the delay with each attempt', () => {
    expect([1, 2, 3, 4].map((a) => nextRetryDelay(a, DEFAULT_RETRY_POLICY, mid))).toEqual([
      { action: 'retry', delayMs: 30_000 },
      { action: 'retry', delayMs: 60_000 },
      { action: 'retry', delayMs: 120_000 },
      { action: 'retry', delayMs: 240_000 },
    ]);
  });

  it('keeps jitter within ±20 % of the nominal delay', () => {
    expect(nextRetryDelay(2, DEFAULT_RETRY_POLICY, low)).toEqual({ action: 'retry', delayMs: 48_000 });
    expect(nextRetryDelay(2, DEFAULT_RETRY_POLICY, high)).toEqual({ action: 'retry', delayMs: 72_000 });
  });

  it('caps the nominal delay at the policy maximum', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 50 };
    expect(nextRetryDelay(20, policy, mid)).toEqual({ action: 'retry', delayMs: 3_600_000 });
  });

  it('dead-letters once the attempts are used up', () => {
    expect(nextRetryDelay(7, DEFAULT_RETRY_POLICY, mid).action).toBe('retry');
    expect(nextRetryDelay(8, DEFAULT_RETRY_POLICY, mid)).toEqual({ action: 'dead_letter' });
  });

  it('gives urgent pages a short, fast schedule', () => {
    const delays = [1, 2, 3, 4, 5].map((a) => nextRetryDelay(a, URGENT_RETRY_POLICY, mid));
    expect(delays.map((d) => (d.action === 'retry' ? d.delayMs : null))).toEqual([5_000, 10_000, 20_000, 40_000, 60_000]);
    expect(nextRetryDelay(6, URGENT_RETRY_POLICY, mid)).toEqual({ action: 'dead_letter' });
  });
});

describe('afterFailure', () => {
  it('dead-letters a permanent rejection immediately', () => {
    expect(afterFailure({ ok: false, retryable: false, reason: 'HTTP 404' }, 1)).toEqual({ action: 'dead_letter' });
  });

  it('waits at least as long as the receiver asked', () => {
    expect(afterFailure({ ok: false, retryable: true, reason: 'HTTP 429', retryAfterMs: 300_000 }, 1, DEFAULT_RETRY_POLICY, mid)).toEqual({ action: 'retry', delayMs: 300_000 });
    expect(afterFailure({ ok: false, retryable: true, reason: 'HTTP 429', retryAfterMs: 1_000 }, 1, DEFAULT_RETRY_POLICY, mid)).toEqual({ action: 'retry', delayMs: 30_000 });
  });

  it('gives up on a receiver that asks to wait more than a day', () => {
    expect(afterFailure({ ok: false, retryable: true, reason: 'HTTP 503', retryAfterMs: 2 * 86_400_000 }, 1)).toEqual({ action: 'dead_letter' });
  });
});
