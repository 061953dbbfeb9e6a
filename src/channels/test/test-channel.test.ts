import { runChannelContract } from '../channel-contract.js';
import { createTestChannel } from './test-channel.js';

runChannelContract('test', () => createTestChannel());
