// "Send test" in Settings: one message through the destination's own sender, so the admin learns now, not at 3 a.m.,
// whether pages arrive. It names no case and no patient, so it is safe even where content is allowed.
import { randomUUID } from 'node:crypto';
import type { Destination, Notification, Sender } from './types.js';

export type TestOutcome = { delivered: true } | { delivered: false; error: string };

export function testNotification(dest: Destination, publicUrl: string, now: Date): Notification {
  const id = randomUUID();
  return {
    id: `test-${id}`,
    // Unique per press: a receiver that drops duplicates must still show a second test.
    idempotencyKey: `destination-test:${dest.id}:${id}`,
    kind: 'test',
    urgent: false,
    subject: '',
    caseId: '',
    caseUrl: `${publicUrl}/#/settings/destinations`,
    createdAt: now.toISOString(),
  };
}

export async function sendTestMessage(sender: Sender, dest: Destination, options: { publicUrl: string; now: Date }): Promise<TestOutcome> {
  if (sender.unavailable) return { delivered: false, error: sender.unavailable };
  const result = await sender.send(dest, testNotification(dest, options.publicUrl, options.now), { attempt: 1, now: () => options.now });
  return result.ok ? { delivered: true } : { delivered: false, error: result.reason };
}
