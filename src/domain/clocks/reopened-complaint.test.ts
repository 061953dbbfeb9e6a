import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES } from './defaults.js';
import type { ClockPolicy } from './policy.js';
import { acknowledgementsOnReopen } from './reopened-complaint.js';

// What the default rules start for a new public complaint ('complaint-clocks').
const ROUTED = ['public_ack', 'private_outreach'];
const publicComplaint = { visibility: 'public', complaint: true } as const;
const ids = (policies: ClockPolicy[]) => policies.map((p) => p.id);

describe('the public acknowledgement of a complaint that reopens a case', () => {
  it('starts again for a public complaint when the earlier acknowledgement was met or stopped', () => {
    expect(ids(acknowledgementsOnReopen(publicComplaint, ROUTED, DEFAULT_POLICIES, [{ policy: 'public_ack', state: 'met' }]))).toEqual(['public_ack']);
    expect(ids(acknowledgementsOnReopen(publicComplaint, ROUTED, DEFAULT_POLICIES, [{ policy: 'public_ack', state: 'stopped' }]))).toEqual(['public_ack']);
    // A case that never had one (opened by a private message) gets its first.
    expect(ids(acknowledgementsOnReopen(publicComplaint, ROUTED, DEFAULT_POLICIES, []))).toEqual(['public_ack']);
  });

  it('does not start for a private reopening post, nor for a public post that is no complaint', () => {
    expect(acknowledgementsOnReopen({ visibility: 'private', complaint: true }, ROUTED, DEFAULT_POLICIES, [])).toEqual([]);
    expect(acknowledgementsOnReopen({ visibility: 'public', complaint: false }, ROUTED, DEFAULT_POLICIES, [])).toEqual([]);
  });

  it('does not double an acknowledgement the case still owes, whatever its state', () => {
    for (const state of ['running', 'warning', 'breached', 'paused'] as const)
      expect(acknowledgementsOnReopen(publicComplaint, ROUTED, DEFAULT_POLICIES, [{ policy: 'public_ack', state }])).toEqual([]);
  });

  it('starts only what routing gives a new public complaint, and of that only what a public reply alone meets', () => {
    // The organization's rules start no acknowledgement: none starts on reopening either.
    expect(acknowledgementsOnReopen(publicComplaint, ['private_outreach'], DEFAULT_POLICIES, [])).toEqual([]);
    // Outreach and first-contact clocks are not acknowledgements; the reopened case's follow-up clock covers outreach.
    expect(ids(acknowledgementsOnReopen(publicComplaint, ['crisis_response', 'public_ack', 'resolution', 'public_ack'], DEFAULT_POLICIES, []))).toEqual(['public_ack']);
  });

  it('uses the organization’s own acknowledgement policy by what meets it, not by its id', () => {
    const own: ClockPolicy = { ...DEFAULT_POLICIES[0], id: 'reply_in_public', name: 'Reply in public', duration: { minutes: 30 } };
    expect(acknowledgementsOnReopen(publicComplaint, ['reply_in_public', 'unknown_policy'], [own], [])).toEqual([own]);
  });
});
