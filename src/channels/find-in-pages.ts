// The search a channel runs after a crash to learn whether its reply was already posted: platforms give no
// idempotency key, so it reads the newest pages of a listing for a match. Deeper than `maxPages` is not searched
// (a very busy listing since the crash means the reply is posted again).
import type { SentReply } from './types.js';

export interface Page {
  found: SentReply | null;
  /** The cursor of the next, older page; null at the end. */
  next: string | null;
}

export async function findInPages(readPage: (cursor: string | undefined) => Promise<Page>, maxPages: number): Promise<SentReply | null> {
  let cursor: string | undefined;
  for (let n = 0; n < maxPages; n++) {
    const page = await readPage(cursor);
    if (page.found || page.next === null) return page.found;
    cursor = page.next;
  }
  return null;
}
