// Platforms whose replies a person posts by hand (no reply API, or none connected yet): Redress shows the checked
// text with a copy button and records the person's confirmation that it was posted.
import type { Channel } from './types.js';
import { ChannelError } from './types.js';

export const manualChannel: Channel = {
  mode: 'manual',
  async sendReply() {
    throw new ChannelError('this platform has no reply API; post the reply by hand and confirm it', false);
  },
  async findSent() {
    return null;
  },
};
