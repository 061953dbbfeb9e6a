import { describe, expect, it } from 'vitest';
import type { Reply } from '../../api/types.js';
import { describeEvent, type EventContext } from './Timeline.js';
import { formatDateTime } from '../../lib/time.js';

const event = (type: string, data: Record<string, unknown> = {}) => ({ id: '1', type, actor: { kind: 'automation' as const }, data, createdAt: '2026-11-23T17:30:00Z' });
const say = (type: string, data?: Record<string, unknown>, context?: EventContext) => describeEvent(event(type, data), () => undefined, context);
const reply = (id: string, kind: Reply['kind'], status: Reply['status']): Reply => ({
  id, kind, status, text: '…', findings: [], overrideReason: null, approver: null, platformUrl: null, error: null, createdBy: null, createdAt: '2026-11-23T17:00:00Z', sentAt: null,
});

describe('timeline wording', () => {
  it('says what the recovery loop did: a clock met late, paused for the patient, a review raised, a case reopened and why', () => {
    expect(say('clock.met', { clock: 'public_ack', late: true })).toBe('“Public acknowledgement” met late');
    expect(say('clock.paused', { clock: 'private_outreach', reason: 'waiting for the patient to answer our invitation' })).toBe(
      '“Private outreach to the patient” paused: waiting for the patient to answer our invitation',
    );
    expect(say('post.revised', { oldRating: 1, newRating: 4 })).toBe('The author edited the post: 1★ → 4★');
    expect(say('post.joined', { visibility: 'private' })).toBe('A private message from the author joined the case');
    expect(say('reply.awaiting_approval')).toBe('Queued a reply for approval');
    expect(say('timing.expired', { hours: 12 })).toBe('No longer marked in the building: the post is more than 12 hours old');
    expect(say('outreach.logged', { method: 'phone', reached: true, note: 'She will come in Monday.' })).toBe('Called the patient: She will come in Monday.');
    expect(describeEvent(event('clock.escalated', { clock: 'crisis_response', to: 'jordan.pike@example.org' }), (_kind, id) => (id === 'jordan.pike@example.org' ? 'Jordan Pike' : undefined))).toBe(
      '“Crisis response” escalated to Jordan Pike',
    );
    expect(say('case.reopened', { from: 'closed', to: 'in_recovery', reason: 'the review was lowered from 3 to 1 stars' })).toBe(
      'Reopened the case: the review was lowered from 3 to 1 stars',
    );
  });

  it('says why a clock started again on a reopened case', () => {
    expect(say('clock.started', { name: 'public_ack', reason: 'a new public complaint reopened the case and waits for a public answer' })).toBe(
      '“Public acknowledgement” started: a new public complaint reopened the case and waits for a public answer',
    );
    expect(say('clock.started', { name: 'public_ack' })).toBe('“Public acknowledgement” started');
  });

  it('says when a grievance was received, and that its clock counts from then rather than from the marking', () => {
    const received = '2025-11-27T15:20:00Z';
    expect(say('grievance.marked', { receivedAt: received, receivedFrom: 'first_post' })).toBe(`Flagged as a formal grievance, received ${formatDateTime(received)} (the first post)`);
    expect(say('grievance.marked', { receivedAt: received, receivedFrom: 'given' })).toBe(`Flagged as a formal grievance, received ${formatDateTime(received)}`);
    expect(say('grievance.marked')).toBe('Flagged as a formal grievance');
    expect(say('clock.started', { name: 'grievance_response', countsFrom: received })).toBe(`“Grievance written response” started, counting from ${formatDateTime(received)}`);
  });

  it('says why a grievance clock stopped when the flag was removed, and that an ending case stopped the others', () => {
    expect(say('clock.stopped', { clock: 'grievance_response', late: false, reason: 'the case is no longer a formal grievance' })).toBe(
      '“Grievance written response” stopped: the case is no longer a formal grievance',
    );
    expect(say('clock.stopped', { clock: 'private_outreach', late: false })).toBe('“Private outreach to the patient” stopped: the case ended before it was met');
    expect(say('outreach.logged', { method: 'grievance_letter', reached: true })).toBe('Sent the written grievance response');
  });

  it('says what kind of reply was written and sent, where it goes, and who sends it', () => {
    const facebook = { platform: 'facebook' };
    expect(say('reply.queued', { replyId: 'r', kind: 'private', manual: true }, facebook)).toBe('Wrote a private message on Facebook (to send by hand)');
    expect(say('reply.sent', { replyId: 'r', kind: 'private', manual: true }, facebook)).toBe('Marked the private message on Facebook sent');
    expect(say('reply.queued', { replyId: 'r', kind: 'email', manual: true }, { platform: 'forwarded' })).toBe('Wrote an email (to send by hand)');
    expect(say('reply.sent', { replyId: 'r', kind: 'email', manual: true }, { platform: 'forwarded' })).toBe('Marked the email sent');
    expect(say('reply.queued', { replyId: 'r', kind: 'public', manual: false }, { platform: 'google' })).toBe('Queued a public reply on Google');
    expect(say('reply.sent', { replyId: 'r', kind: 'public', manual: false }, { platform: 'google' })).toBe('Public reply posted on Google');
    expect(say('reply.queued', { replyId: 'r', kind: 'public', manual: true }, { platform: 'yelp' })).toBe('Wrote a public reply on Yelp (to post by hand)');
    expect(say('reply.sent', { replyId: 'r', kind: 'public', manual: true }, { platform: 'yelp' })).toBe('Marked the public reply on Yelp posted');
    expect(say('reply.awaiting_approval', { replyId: 'r', kind: 'public' }, { platform: 'google' })).toBe('Submitted a public reply on Google for approval');
  });

  it('finds the kind on the case’s reply when the event does not carry it', () => {
    const context = { platform: 'x', replies: [reply('r1', 'public', 'rejected'), reply('r2', 'private', 'posted_manually')] };
    expect(say('reply.rejected', { replyId: 'r1', comment: 'No' }, context)).toBe('Rejected the public reply on X');
    expect(say('reply.approved', { replyId: 'r1' }, context)).toBe('Approved the public reply on X');
    expect(say('reply.sent', { replyId: 'r2' }, context)).toBe('Marked the private message on X sent');
    expect(say('reply.sent', { replyId: 'gone' }, context)).toBe('Reply sent');
  });
});
