// The contract every post source must keep, as vitest tests: the first poll reads what was published after `since`,
// a poll with the cursor it returned reads only what is newer, pages are followed, every post read is valid
// ingestion input, and refusals say whether a retry can help. Each source's test file calls `runSourceContract`
// with a harness over its local fake platform.
import { describe, expect, it } from 'vitest';
import { validatePost } from '../app/ingest.js';
import { channelFailure } from './channel-contract.js';
import type { PostSource, SourceAccount } from './types.js';

export interface SourceHarness {
  source: PostSource;
  account: SourceAccount;
  /** An account the platform does not know or the source cannot use. */
  unknownAccount: SourceAccount;
  /** Publishes a post on the fake platform, as a patient would; returns the externalId it will have. */
  publish(text: string, at: Date): string;
  /**
   * Makes the next read fail as the platform fails: `temporary` as a rate limit or an outage, `credentials` as a
   * revoked token or a changed password, each in the platform's own way.
   */
  refuseNext(kind: 'temporary' | 'credentials'): void | Promise<void>;
  close(): Promise<void>;
}

/** Runs `test` against a fresh harness and closes it, pass or fail. */
export async function withSource<H extends SourceHarness>(make: () => Promise<H>, test: (h: H) => Promise<void>): Promise<void> {
  const h = await make();
  try {
    await test(h);
  } finally {
    await h.close();
  }
}

const minutesAfter = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);

export function runSourceContract(name: string, make: () => Promise<SourceHarness>): void {
  describe(`${name} source contract`, () => {
    const since = new Date('2026-11-20T12:00:00Z');

    const withHarness = (test: (h: SourceHarness) => Promise<void>) => withSource(make, test);

    it('reads on its first poll, across pages, what was published after `since`, as valid posts', () =>
      withHarness(async (h) => {
        h.publish('Posted before the start; not read.', minutesAfter(since, -60));
        const ids = [1, 2, 3, 4, 5].map((i) => h.publish(`Complaint number ${i}: the wait was long.`, minutesAfter(since, i)));
        const page = await h.source.fetchNew(h.account, null, since);
        expect(page.posts.map((p) => p.externalId).sort()).toEqual([...ids].sort());
        for (const post of page.posts) expect(validatePost(post)).toMatchObject({ ok: true });
        expect(page.cursor).toBeTruthy();
        expect(page.truncated).toBe(false);
      }));

    it('reads nothing with the cursor it returned when nothing was published since', () =>
      withHarness(async (h) => {
        h.publish('One review.', minutesAfter(since, 1));
        const first = await h.source.fetchNew(h.account, null, since);
        const again = await h.source.fetchNew(h.account, first.cursor, since);
        expect(again.posts).toEqual([]);
        expect(again.cursor).toBe(first.cursor);
      }));

    it('reads only what is newer than its cursor', () =>
      withHarness(async (h) => {
        h.publish('Old news.', minutesAfter(since, 1));
        const first = await h.source.fetchNew(h.account, null, since);
        const fresh = h.publish('Something new went wrong.', minutesAfter(since, 30));
        const next = await h.source.fetchNew(h.account, first.cursor, since);
        expect(next.posts.map((p) => p.externalId)).toEqual([fresh]);
        expect(next.cursor).not.toBe(first.cursor);
      }));

    it('reads the account it was set up for', () =>
      withHarness(async (h) => {
        expect(h.source.reads(h.account)).toBe(true);
      }));

    it('refuses an account it cannot read, permanently', () =>
      withHarness(async (h) => {
        expect((await channelFailure(h.source.fetchNew(h.unknownAccount, null, since))).retryable).toBe(false);
      }));

    it('says a temporary failure is worth a retry and refused credentials are not', () =>
      withHarness(async (h) => {
        await h.refuseNext('temporary');
        expect((await channelFailure(h.source.fetchNew(h.account, null, since))).retryable).toBe(true);
        await h.refuseNext('credentials');
        expect((await channelFailure(h.source.fetchNew(h.account, null, since))).retryable).toBe(false);
      }));
  });
}
