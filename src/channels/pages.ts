// The two ways Redress walks a platform's newest-first listing, a bounded number of pages deep: looking for one
// thing (our reply, after a crash) and reading everything new since the last poll.
import type { SentReply } from './types.js';

export interface Page {
  found: SentReply | null;
  /** The cursor of the next, older page; null at the end. */
  next: string | null;
}

/**
 * The search a channel runs after a crash to learn whether its reply was already posted: platforms give no
 * idempotency key, so it reads the newest pages of a listing for a match. Deeper than `maxPages` is not searched
 * (a very busy listing since the crash means the reply is posted again).
 */
export async function findInPages(readPage: (cursor: string | undefined) => Promise<Page>, maxPages: number): Promise<SentReply | null> {
  let cursor: string | undefined;
  for (let n = 0; n < maxPages; n++) {
    const page = await readPage(cursor);
    if (page.found || page.next === null) return page.found;
    cursor = page.next;
  }
  return null;
}

export interface NewPage {
  /** The page reached something read before: older pages hold nothing new. */
  reachedSeen: boolean;
  /** The cursor of the next, older page; null at the end. */
  next: string | null;
}

/**
 * Reads pages newest first (the caller keeps what each holds) until one reaches what was read before or the listing
 * ends. Stopping after `maxPages` with more still new is reported as `truncated`: the oldest of it is not read.
 */
export async function readNewPages(readPage: (cursor: string | null, index: number) => Promise<NewPage>, maxPages: number): Promise<{ truncated: boolean }> {
  let cursor: string | null = null;
  for (let index = 0; index < maxPages; index++) {
    const page = await readPage(cursor, index);
    if (page.reachedSeen || page.next === null) return { truncated: false };
    cursor = page.next;
  }
  return { truncated: true };
}
