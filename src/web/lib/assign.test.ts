import { describe, expect, it } from 'vitest';
import type { OnCall, User } from '../api/types.js';
import { onCallForTeams, whyNotAssignable } from './assign.js';

const duty = (teamId: string, name: string | null): OnCall => ({ teamId, teamName: teamId, user: name ? { id: name, name, email: `${name}@example.org` } : null, until: null });
const person = (over: Partial<User>): User => ({ id: 'u1', email: 'raymond.tso@example.org', name: 'Raymond Tso', role: 'patient_experience', sites: [], ...over });
const SITE_NAMES: Record<string, string> = { lees: "Lee's Summit Clinic", east: 'East Wichita Clinic', ortho: 'Overland Park Ortho' };
const siteName = (id: string) => SITE_NAMES[id] ?? id;

describe('on call for the cases being assigned', () => {
  it("puts the cases' own teams first, in the cases' order, once each, and every other team after", () => {
    const oncall = [duty('desk', 'Jordan'), duty('practice', 'Raymond'), duty('risk', 'Gregory'), duty('billing', null)];
    const { own, others } = onCallForTeams(oncall, ['risk', 'practice', 'risk', null]);
    expect(own.map((o) => o.teamId)).toEqual(['risk', 'practice']);
    expect(others.map((o) => o.teamId)).toEqual(['desk', 'billing']);
  });

  it('has no own team for cases without one', () => {
    expect(onCallForTeams([duty('desk', 'Jordan')], [null]).own).toEqual([]);
  });
});

describe('why an on-call person cannot be assigned', () => {
  it('says nothing against someone whose role works cases and whose sites hold every case', () => {
    expect(whyNotAssignable(person({ sites: ['lees'] }), ['lees'], siteName)).toBeNull();
    expect(whyNotAssignable(person({ sites: [] }), ['east', null], siteName)).toBeNull();
  });

  it('names the sites they see when a case is at another', () => {
    expect(whyNotAssignable(person({ sites: ['lees'] }), ['east'], siteName)).toBe("sees only cases of Lee's Summit Clinic");
    expect(whyNotAssignable(person({ sites: ['lees', 'east', 'ortho'] }), ['elsewhere'], siteName)).toBe("sees only cases of East Wichita Clinic, Lee's Summit Clinic and 1 more site");
  });

  it('says a site-scoped person cannot see a case without a site', () => {
    expect(whyNotAssignable(person({ sites: ['lees'] }), ['lees', null], siteName)).toBe('cannot see cases without a site');
  });

  it('names a role that cannot work cases, and someone no longer active', () => {
    expect(whyNotAssignable(person({ role: 'viewer' }), ['east'], siteName)).toBe('Viewer: cannot work cases');
    expect(whyNotAssignable(person({ disabledAt: '2026-01-01T00:00:00Z' }), ['east'], siteName)).toBe('not an active user');
    expect(whyNotAssignable(undefined, ['east'], siteName)).toBe('not an active user');
  });

  it('lets an administrator take a case of any site', () => {
    expect(whyNotAssignable(person({ role: 'admin', sites: ['lees'] }), ['east', null], siteName)).toBeNull();
  });
});
