// Which channel answers each platform. Until a platform's API client is connected, its replies are posted by hand.
import type { Platform } from '../domain/platform.js';
import type { Channel } from './types.js';
import { manualChannel } from './manual.js';
import { createTestChannel } from './test/test-channel.js';

export type ChannelRegistry = Record<Platform, Channel>;

export function createChannels(overrides: Partial<ChannelRegistry> = {}): ChannelRegistry {
  return {
    facebook: manualChannel,
    google: manualChannel,
    yelp: manualChannel,
    x: manualChannel,
    reddit: manualChannel,
    email: manualChannel,
    forwarded: manualChannel,
    test: createTestChannel(),
    ...overrides,
  };
}
