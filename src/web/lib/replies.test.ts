import { describe, expect, it } from 'vitest';
import type { CaseEvent, Clock, Reply } from '../api/types.js';
import { clocksMetBySending, replyDecision, replyFacts, routeOf } from './replies.js';

const reply = (over: Partial<Reply> = {}): Reply => ({
  id: 'r1', kind: 'public', text: 'Thank you', status: 'rejected', findings: [], overrideReason: null, approver: 'Gregory Albright', approvalComment: null,
  platformUrl: null, error: null, createdBy: 'Jordan Pike', createdAt: '2026-03-02T10:00:00Z', sentAt: null, ...over,
});
const event = (type: string, data: Record<string, unknown>, name = 'Gregory Albright', createdAt = '2026-03-02T11:00:00Z'): CaseEvent => ({ id: `${type}-${createdAt}`, type, actor: { kind: 'user', id: 'u1', name }, data, createdAt });
const MET_BY: Record<string, Clock['metBy']> = { public_ack: 'public_reply', private_outreach: 'private_outreach', crisis_response: 'first_contact', resolution: 'resolved' };
const clock = (name: string, state: Clock['state']): Clock => ({ name, policy: name, metBy: MET_BY[name], startedAt: '2026-03-02T09:00:00Z', dueAt: '2026-03-03T09:00:00Z', state });

describe('replyDecision', () => {
  it('finds who rejected a reply, when and why, in the decision event for that reply', () => {
    const timeline = [event('reply.rejected', { replyId: 'other', comment: 'Not this one' }), event('reply.rejected', { replyId: 'r1', comment: 'Do not name the ward.' })];
    expect(replyDecision(reply(), timeline)).toEqual({ approved: false, by: 'Gregory Albright', at: '2026-03-02T11:00:00Z', comment: 'Do not name the ward.' });
  });

  it('falls back to the reply’s approver and comment when the timeline has no event for it', () => {
    expect(replyDecision(reply({ approvalComment: 'Too defensive.' }), [])).toEqual({ approved: false, by: 'Gregory Albright', at: null, comment: 'Too defensive.' });
    expect(replyDecision(reply({ approver: null }), [])).toBeNull();
  });
});

describe('replyFacts', () => {
  it('takes the kind and how it is sent from the event, or from the case’s reply by id', () => {
    expect(replyFacts(event('reply.queued', { replyId: 'r1', kind: 'private', manual: true }))).toEqual({ kind: 'private', manual: true });
    expect(replyFacts(event('reply.rejected', { replyId: 'r1' }), [reply()])).toEqual({ kind: 'public', manual: null });
    expect(replyFacts(event('reply.sent', { replyId: 'r2' }), [reply({ id: 'r2', kind: 'email', status: 'posted_manually' })])).toEqual({ kind: 'email', manual: true });
    expect(replyFacts(event('reply.queued', {}))).toEqual({ kind: null, manual: null });
  });

  it('names the route of a public reply or a platform message, not of an email', () => {
    expect(routeOf('public', 'google')).toBe(' on Google');
    expect(routeOf('private', 'facebook')).toBe(' on Facebook');
    expect(routeOf('email', 'forwarded')).toBe('');
    expect(routeOf('private', 'forwarded')).toBe('');
  });
});

describe('clocksMetBySending', () => {
  it('lists the clocks a reply of that kind still meets', () => {
    const clocks = [clock('public_ack', 'running'), clock('private_outreach', 'warning'), clock('crisis_response', 'met'), clock('resolution', 'running')];
    expect(clocksMetBySending('private', clocks).map((c) => c.name)).toEqual(['private_outreach']);
    expect(clocksMetBySending('email', clocks).map((c) => c.name)).toEqual(['private_outreach']);
    expect(clocksMetBySending('public', clocks).map((c) => c.name)).toEqual(['public_ack']);
    expect(clocksMetBySending('private', [clock('private_outreach', 'met')])).toEqual([]);
    // The crisis response is met by whichever reaches the person first.
    const crisis = [clock('crisis_response', 'running')];
    for (const kind of ['public', 'private', 'email'] as const) expect(clocksMetBySending(kind, crisis).map((c) => c.name)).toEqual(['crisis_response']);
  });
});
