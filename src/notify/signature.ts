// Generic webhook signing, Stripe-style: the timestamp is inside the MAC so a captured request
// cannot be replayed later, and receivers reject anything outside a tolerance window.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signWebhook(secret: string, timestamp: number, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

/**
 * Reference check for receivers. `timestamp` is the X-Redress-Timestamp header (Unix seconds),
 * `signature` the X-Redress-Signature header.
 */
export function verifyWebhookSignature(
  secret: string,
  timestamp: string | number,
  rawBody: string,
  signature: string,
  toleranceSec: number,
  now: Date = new Date(),
): boolean {
  const ts = Number(timestamp);
  if (!Number.isInteger(ts)) return false;
  if (Math.abs(now.getTime() / 1000 - ts) > toleranceSec) return false;
  const expected = Buffer.from(signWebhook(secret, ts, rawBody));
  const given = Buffer.from(signature);
  // Length check first because timingSafeEqual throws on unequal lengths; length is not secret.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
