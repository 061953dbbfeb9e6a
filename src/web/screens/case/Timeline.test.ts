import { describe, expect, it } from 'vitest';
import { describeEvent } from './Timeline.js';

const event = (type: string, data: Record<string, unknown> = {}) => ({ id: '1', type, actor: { kind: 'automation' as const }, data, createdAt: '2026-11-23T17:30:00Z' });
const say = (type: string, data?: Record<string, unknown>) => describeEvent(event(type, data), () => undefined);

describe('timeline wording', () => {
  it('says what the recovery loop did: a clock met late, paused for the patient, a review raised', () => {
    expect(say('clock.met', { clock: 'public_ack', late: true })).toBe('“Public acknowledgement” met late');
    expect(say('clock.paused', { clock: 'private_outreach', reason: 'waiting for the patient to answer our invitation' })).toBe(
      '“Private outreach to the patient” paused: waiting for the patient to answer our invitation',
    );
    expect(say('post.revised', { oldRating: 1, newRating: 4 })).toBe('The author edited the post: 1★ → 4★');
    expect(say('post.joined', { visibility: 'private' })).toBe('A private message from the author joined the case');
    expect(say('reply.awaiting_approval')).toBe('Queued a reply for approval');
    expect(say('timing.expired', { hours: 12 })).toBe('No longer marked in the building: the post is more than 12 hours old');
  });
});
