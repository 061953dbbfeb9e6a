// The test channel: a platform double that records what it received, keyed by idempotency key, as a real platform
// would keep the comment. Used by tests and by the `test` platform in demos; it never leaves the process.
import { randomUUID } from 'node:crypto';
import type { Channel, OutgoingReply, ReplyTarget, SentReply } from '../types.js';

export interface RecordedReply {
  target: ReplyTarget;
  reply: OutgoingReply;
  sent: SentReply;
}

export function createTestChannel(): Channel & { received: RecordedReply[] } {
  const received: RecordedReply[] = [];
  return {
    mode: 'api',
    received,
    async sendReply(target, reply) {
      const sent = { platformReplyId: randomUUID(), url: `https://test.invalid/replies/${encodeURIComponent(target.postExternalId)}` };
      received.push({ target, reply, sent });
      return sent;
    },
    async findSent(_target, reply) {
      return received.find((r) => r.reply.idempotencyKey === reply.idempotencyKey)?.sent ?? null;
    },
  };
}
