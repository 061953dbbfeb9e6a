import { describe, expect, it } from 'vitest';
import { escalationRecipient } from './escalation.js';
import { TEAMS } from './test-fixtures.js';

const at = new Date('2026-11-18T16:00:00Z'); // week 45 of the fixture rotations: second member on call
const ctx = (owner: string | undefined, assignee: string | null = null) => ({ teams: TEAMS, owner, assignee, at });

describe('escalationRecipient', () => {
  it('reaches the assignee when there is one', () => {
    expect(escalationRecipient('assignee', ctx('px-north', 'nina@h.org'))).toEqual({ user: 'nina@h.org', via: 'assignee' });
  });

  it('reaches whoever is on call for an unassigned case', () => {
    expect(escalationRecipient('assignee', ctx('px-north'))).toEqual({ user: 'ned@h.org', via: 'oncall', until: '2026-11-23T15:00:00.000Z' });
  });

  it('reaches the manager when the team has no rotation', () => {
    expect(escalationRecipient('team_oncall', ctx('px-south'))).toEqual({ user: 'sara@h.org', via: 'manager' });
    expect(escalationRecipient('team_manager', ctx('px-north'))).toEqual({ user: 'nora@h.org', via: 'manager' });
  });

  it('reaches a named user directly', () => {
    expect(escalationRecipient({ user: 'cmo@h.org' }, ctx(undefined))).toEqual({ user: 'cmo@h.org', via: 'user' });
  });

  it('says so when nobody can be reached', () => {
    expect(escalationRecipient('team_manager', ctx('pfs'))).toEqual({ problem: 'nobody to escalate team_manager to in team pfs' });
  });
});
