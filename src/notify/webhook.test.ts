import { describe, expect, it } from 'vitest';
import { httpHarness } from './http-test-receiver.js';
import { runSenderContract, sampleNotification } from './sender-contract.js';
import { signWebhook, verifyWebhookSignature } from './signature.js';
import { createWebhookSender } from './webhook.js';

const SECRET = 'whsec_test_only';

runSenderContract('webhook', () =>
  httpHarness({
    kind: 'webhook',
    createSender: createWebhookSender,
    secret: SECRET,
    assertShape: (message, n) => {
      expect(message.headers['content-type']).toMatch(/^application\/json/);
      const { 'x-redress-timestamp': ts, 'x-redress-signature': sig } = message.headers;
      expect(verifyWebhookSignature(SECRET, ts, message.raw, sig, 300)).toBe(true);
      expect(JSON.parse(message.raw)).toMatchObject({ id: n.id, idempotencyKey: n.idempotencyKey, kind: n.kind, caseId: n.caseId, caseUrl: n.caseUrl });
    },
  }),
);

describe('webhook signatures', () => {
  const body = JSON.stringify({ hello: 'world' });
  const now = new Date('2026-03-01T10:00:00Z');
  const ts = now.getTime() / 1000;

  it('signs "<timestamp>.<body>" with HMAC-SHA256', () => {
    // Reference value computed independently: printf '1772359200.{"hello":"world"}' | openssl dgst -sha256 -hmac whsec_test_only
    expect(signWebhook(SECRET, ts, body)).toBe('sha256=e23958849237acd744d4475fcb458853defcb4fc6ac829a2ba0baa7c567f7389');
  });

  it('accepts a fresh, correctly signed request', () => {
    expect(verifyWebhookSignature(SECRET, String(ts), body, signWebhook(SECRET, ts, body), 300, now)).toBe(true);
  });

  it('rejects a tampered body', () => {
    expect(verifyWebhookSignature(SECRET, ts, body.replace('world', 'w0rld'), signWebhook(SECRET, ts, body), 300, now)).toBe(false);
  });

  it('rejects the wrong secret', () => {
    expect(verifyWebhookSignature('other', ts, body, signWebhook(SECRET, ts, body), 300, now)).toBe(false);
  });

  it('rejects a replay outside the tolerance window', () => {
    const later = new Date(now.getTime() + 301_000);
    expect(verifyWebhookSignature(SECRET, ts, body, signWebhook(SECRET, ts, body), 300, later)).toBe(false);
  });

  it('rejects a malformed signature or timestamp without throwing', () => {
    expect(verifyWebhookSignature(SECRET, ts, body, 'sha256=abc', 300, now)).toBe(false);
    expect(verifyWebhookSignature(SECRET, 'yesterday', body, signWebhook(SECRET, ts, body), 300, now)).toBe(false);
  });

  it('signs with the injected clock and the destination secret', async () => {
    const h = await httpHarness({ kind: 'webhook', createSender: createWebhookSender, secret: SECRET, assertShape: () => {} });
    try {
      await h.sender.send(h.destination({ includeContent: false }), sampleNotification(), { now: () => now, attempt: 3 });
      const m = h.received()[0];
      expect(m.headers['x-redress-timestamp']).toBe(String(ts));
      expect(m.headers['x-redress-attempt']).toBe('3');
      expect(verifyWebhookSignature(SECRET, ts, m.raw, m.headers['x-redress-signature'], 300, now)).toBe(true);
    } finally {
      await h.close();
    }
  });
});
