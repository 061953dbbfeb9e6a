// A channel is how a reply reaches a platform; a source is how posts are read from one that does not push them.
// Each has one interface, a typed registry and a contract suite every implementation runs.
import type { Platform } from '../domain/platform.js';
import type { PostInput } from '../app/post-input.js';

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

/** A channel account a source reads: our id for it and the platform's (a Google location name, an X user id). */
export interface SourceAccount {
  id: string;
  externalId: string;
  /** The names the organization and its sites go by, for a source that must search a public place (a subreddit). */
  names?: string[];
}

/** A file that came with a post (a photo attached to an email), kept beside it. */
export interface SourceFile {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface SourcePage {
  /** New and edited posts, ready for ingestion (the caller sets the channel account). */
  posts: PostInput[];
  /** Files by the externalId of the post they came with; only sources whose posts carry files set it. */
  files?: Map<string, SourceFile[]>;
  /** Where the next poll starts; the previous cursor when nothing was new. */
  cursor: string | null;
  /** More was new than one poll reads (it stops after a bounded number of pages): the oldest of it was not read. */
  truncated: boolean;
}

/**
 * Where posts are read from when the platform does not push them to us (Google reviews, X mentions). One interface,
 * a typed registry (sources.ts) and a contract suite (source-contract.ts) every implementation runs.
 */
export interface PostSource {
  /** Whether this account is read at all (an email account with no configured mailbox is not): others are skipped. */
  reads(account: SourceAccount): boolean;
  /** What changed on the account after `cursor`; on the first poll (no cursor), what changed after `since`. */
  fetchNew(account: SourceAccount, cursor: string | null, since: Date): Promise<SourcePage>;
}
