// The behaviour every sender owes the delivery job, checked against a real local receiver.
// A new destination kind is done when its test file calls runSenderContract and passes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Destination, Notification, Sender } from './types.js';

/** How the receiver should misbehave on the next delivery, in its own protocol's terms. */
export type FailureMode = 'transient' | 'permanent' | 'rate_limited' | 'hang';

export interface Received {
  /** What the receiver got, decoded enough to search for text (HTTP body, or the whole email message). */
  raw: string;
  headers: Record<string, string>;
  /** The idempotency key as the receiver can read it. */
  idempotencyKey: string | undefined;
}

export interface SenderHarness {
  sender: Sender;
  destination(options: { includeContent: boolean }): Destination;
  /** A destination the sender must refuse without contacting anyone. */
  refusedDestination(): Destination;
  received(): Received[];
  failNext(mode: FailureMode): void;
  /** Channel-specific: is this a well-formed message for its receiver, about `n`? */
  assertShape(message: Received, n: Notification): void;
  /** Upper bound for a hung receiver to turn into a failed delivery. */
  timeoutMs: number;
  close(): Promise<void>;
}

// ASCII-only markers so no transfer encoding can hide them from the PHI check.
export const PHI = { excerpt: 'Nurse ignored my mother for six hours XQZEXCERPT', author: 'Jane Q Marker', subject: 'Jane Q Marker complained SUBJECTMARK' };

export function sampleNotification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: 'ntf_1',
    idempotencyKey: 'case_42:page:oncall:1',
    kind: 'page',
    urgent: true,
    subject: PHI.subject,
    caseId: 'case_42',
    caseUrl: 'https://redress.example.org/cases/case_42',
    category: 'staff_conduct',
    site: 'Main Campus',
    severity: 'high',
    content: { excerpt: PHI.excerpt, authorName: PHI.author },
    createdAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function runSenderContract(name: string, makeHarness: () => Promise<SenderHarness>): void {
  describe(`${name} sender contract`, () => {
    let h: SenderHarness;
    beforeEach(async () => {
      h = await makeHarness();
    });
    afterEach(async () => {
      await h.close();
    });

    it('delivers a well-formed message that links to the case', async () => {
      const n = sampleNotification();
      const result = await h.sender.send(h.destination({ includeContent: false }), n);
      expect(result).toMatchObject({ ok: true });
      expect(h.received()).toHaveLength(1);
      h.assertShape(h.received()[0], n);
      expect(h.received()[0].raw).toContain(n.caseUrl);
      expect(h.received()[0].raw).toContain('staff_conduct');
    });

    it('sends no post text, author name or free-text subject by default', async () => {
      await h.sender.send(h.destination({ includeContent: false }), sampleNotification());
      const raw = h.received()[0].raw;
      expect(raw).not.toContain('XQZEXCERPT');
      expect(raw).not.toContain('Marker');
      expect(raw).not.toContain('SUBJECTMARK');
    });

    it('includes the excerpt and author only when the destination allows content', async () => {
      await h.sender.send(h.destination({ includeContent: true }), sampleNotification());
      const raw = h.received()[0].raw;
      expect(raw).toContain('XQZEXCERPT');
      expect(raw).toContain(PHI.author);
    });

    it('carries the same idempotency key on every retry of a notification', async () => {
      const n = sampleNotification();
      const dest = h.destination({ includeContent: false });
      await h.sender.send(dest, n, { attempt: 1 });
      await h.sender.send(dest, n, { attempt: 2 });
      expect(h.received().map((m) => m.idempotencyKey)).toEqual([n.idempotencyKey, n.idempotencyKey]);
    });

    it('reports a receiver error as retryable, and succeeds once the receiver recovers', async () => {
      const dest = h.destination({ includeContent: false });
      h.failNext('transient');
      expect(await h.sender.send(dest, sampleNotification())).toMatchObject({ ok: false, retryable: true });
      expect(await h.sender.send(dest, sampleNotification())).toMatchObject({ ok: true });
    });

    it('reports a permanent rejection as not retryable', async () => {
      h.failNext('permanent');
      expect(await h.sender.send(h.destination({ includeContent: false }), sampleNotification())).toMatchObject({ ok: false, retryable: false });
    });

    it('treats rate limiting as retryable', async () => {
      h.failNext('rate_limited');
      expect(await h.sender.send(h.destination({ includeContent: false }), sampleNotification())).toMatchObject({ ok: false, retryable: true });
    });

    it('gives up on a receiver that never answers, as a retryable failure', async () => {
      h.failNext('hang');
      const started = Date.now();
      const result = await h.sender.send(h.destination({ includeContent: false }), sampleNotification());
      expect(result).toMatchObject({ ok: false, retryable: true });
      expect(Date.now() - started).toBeLessThan(h.timeoutMs * 4);
    });

    it('refuses an unsafe destination without contacting anyone', async () => {
      const result = await h.sender.send(h.refusedDestination(), sampleNotification());
      expect(result).toMatchObject({ ok: false, retryable: false });
      expect(h.received()).toHaveLength(0);
    });
  });
}
