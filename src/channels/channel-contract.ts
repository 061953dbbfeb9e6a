// The contract every API channel must keep, as vitest tests: a sent reply can be found again by its key, and a
// reply never sent cannot. Each channel's test file calls `runChannelContract`, with the post and account ids its
// platform needs (a Google review lives under a location, a Facebook comment under a page).
import { describe, expect, it } from 'vitest';
import { ChannelError, type Channel, type ReplyTarget } from './types.js';

export function runChannelContract(name: string, make: () => Promise<Channel> | Channel, targetFields: Partial<ReplyTarget> = {}): void {
  const target: ReplyTarget = { platform: 'test', postExternalId: 'post-1', threadId: null, parentExternalId: null, channelAccountExternalId: null, ...targetFields };
  describe(`${name} channel contract`, () => {
    it('finds a sent reply again by its idempotency key', async () => {
      const channel = await make();
      const sent = await channel.sendReply(target, { text: 'Thank you for telling us.', idempotencyKey: 'k-1' });
      expect(sent.platformReplyId).toBeTruthy();
      expect(await channel.findSent(target, { text: 'Thank you for telling us.', idempotencyKey: 'k-1' })).toEqual(sent);
    });

    it('finds nothing for a reply never sent', async () => {
      const channel = await make();
      expect(await channel.findSent(target, { text: 'x', idempotencyKey: 'never' })).toBeNull();
    });
  });
}

/** The ChannelError a call was refused with; fails the test when it succeeded or threw anything else. */
export async function channelFailure(p: Promise<unknown>): Promise<ChannelError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ChannelError);
  return err as ChannelError;
}
