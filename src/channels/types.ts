// A channel is how a reply reaches a platform. One interface for all of them, a typed registry, and one
// contract suite (channel-contract.ts) every implementation runs.
import type { Platform } from '../domain/platform.js';

export interface ReplyTarget {
  platform: Platform;
  /** The post we answer (platform id), its thread, and the account we answer as. */
  postExternalId: string;
  threadId: string | null;
  /** When the post is itself a reply: the platform id of what it answers (a Facebook reply's top-level comment). */
  parentExternalId: string | null;
  channelAccountExternalId: string | null;
}

export interface OutgoingReply {
  text: string;
  /** Stable for the reply across retries: a platform that supports it dedupes by it; `findSent` looks for it otherwise. */
  idempotencyKey: string;
}

export interface SentReply {
  platformReplyId: string;
  url: string | null;
}

export interface Channel {
  /** `api`: Redress posts the reply; `manual`: the platform has no reply API, a person posts it and confirms. */
  readonly mode: 'api' | 'manual';
  sendReply(target: ReplyTarget, reply: OutgoingReply): Promise<SentReply>;
  /**
   * After a crash between "sent to the platform" and "marked sent", finds the reply already posted so the retry
   * does not post it again. Null when the platform has no trace of it.
   */
  findSent(target: ReplyTarget, reply: OutgoingReply): Promise<SentReply | null>;
}

export class ChannelError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}
