// When to try a failed delivery again. Exponential so a struggling receiver gets room to recover,
// jittered so a burst of failures does not come back as a synchronized burst, bounded so a dead
// endpoint ends in the dead-letter queue where an admin sees it instead of retrying forever.
import type { DeliveryResult } from './types.js';

export interface RetryPolicy {
  baseDelayMs: number;
  factor: number;
  maxDelayMs: number;
  /** Total tries including the first; after this many the delivery is dead-lettered. */
  maxAttempts: number;
  /** Spread as a fraction of the delay: 0.2 means ±20 %. */
  jitter: number;
}

/** Routine notices: about an hour of trying (waits of 30 s, then 1, 2, 4, 8, 16, 32 min). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 30_000, factor: 2, maxDelayMs: 60 * 60_000, maxAttempts: 8, jitter: 0.2 };

/** Urgent pages: retry fast; after ~5 minutes escalation should take over rather than more of the same. */
export const URGENT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 5_000, factor: 2, maxDelayMs: 60_000, maxAttempts: 6, jitter: 0.2 };

// A receiver asking for more than a day is treated as gone; the dead-letter queue is the better place.
const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

export type RetryDecision = { action: 'retry'; delayMs: number } | { action: 'dead_letter' };

/**
 * `attempt` is how many tries have been made so far (1 after the first failure). `random` returns [0, 1)
 * and is injectable so tests can pin the jitter to its bounds.
 */
export function nextRetryDelay(attempt: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY, random: () => number = Math.random): RetryDecision {
  if (attempt >= policy.maxAttempts) return { action: 'dead_letter' };
  const base = Math.min(policy.maxDelayMs, policy.baseDelayMs * policy.factor ** (attempt - 1));
  const spread = base * policy.jitter;
  return { action: 'retry', delayMs: Math.round(base - spread + 2 * spread * random()) };
}

/** The whole decision after a failed send: permanent failures and exhausted attempts dead-letter. */
export function afterFailure(
  result: Extract<DeliveryResult, { ok: false }>,
  attempt: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
): RetryDecision {
  if (!result.retryable) return { action: 'dead_letter' };
  const next = nextRetryDelay(attempt, policy, random);
  if (next.action === 'dead_letter' || result.retryAfterMs === undefined) return next;
  if (result.retryAfterMs > MAX_RETRY_AFTER_MS) return { action: 'dead_letter' };
  // Honour the receiver's Retry-After when it asks for longer than our own backoff.
  return { action: 'retry', delayMs: Math.max(next.delayMs, result.retryAfterMs) };
}
