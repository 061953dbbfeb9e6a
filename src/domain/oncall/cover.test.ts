import { describe, expect, it } from 'vitest';
import { coverProblems, withCover } from './cover.js';
import { onCallAt, type Rotation } from './rotation.js';

const rotation: Rotation = {
  timeZone: 'America/Chicago',
  handoff: 'daily',
  handoffTime: '08:00',
  startDate: '2026-11-01',
  members: ['ana@x.org', 'ben@x.org'],
  overrides: [{ user: 'ben@x.org', from: '2026-09-01T13:00:00Z', to: '2026-09-02T13:00:00Z', reason: 'old swap' }],
};
const now = new Date('2026-11-29T20:00:00Z');
const cover = { user: 'dee@x.org', from: now, to: new Date('2026-11-30T14:00:00Z'), reason: 'Ana is sick' };

describe('covering a shift', () => {
  it('puts the person covering on call for the window, and drops overrides long over', () => {
    const next = withCover(rotation, cover, now);
    expect(onCallAt(next, new Date('2026-11-30T02:00:00Z'))).toMatchObject({ user: 'dee@x.org', override: true, reason: 'Ana is sick' });
    expect(onCallAt(next, new Date('2026-11-30T15:00:00Z'))?.user).not.toBe('dee@x.org');
    expect(next.overrides.map((o) => o.reason)).toEqual(['Ana is sick']);
  });

  it('names the field of a cover by someone outside the team, a window backwards, past or longer than a month', () => {
    const members = ['ana@x.org', 'ben@x.org', 'dee@x.org'];
    expect(coverProblems(cover, members, now)).toEqual([]);
    expect(coverProblems({ ...cover, user: 'eve@x.org' }, members, now)).toEqual([{ path: 'userId', message: 'is not a member of this team' }]);
    expect(coverProblems({ ...cover, to: cover.from }, members, now)[0].path).toBe('to');
    expect(coverProblems({ ...cover, from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-02T00:00:00Z') }, members, now)[0].message).toBe('is already past');
    expect(coverProblems({ ...cover, to: new Date('2027-02-01T00:00:00Z') }, members, now)[0].message).toMatch(/more than 31 days/);
  });
});
