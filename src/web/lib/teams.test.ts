import { describe, expect, it } from 'vitest';
import {
  addMember,
  addToRotation,
  blankTeam,
  bodyOf,
  changedSince,
  draftOf,
  isDirty,
  moveInRotation,
  newRotation,
  notInRotation,
  removeFromRotation,
  removeMember,
  teamProblems,
  withCurrentCovers,
  type ApiTeam,
} from './teams.js';

const rotation = newRotation('America/Chicago', '2026-01-05', ['tomas@example.org', 'latoya@example.org', 'dana@example.org']);
const KANSAS: ApiTeam = {
  id: 'px-kansas',
  name: 'Patient Experience – Kansas',
  function: 'patient_experience',
  sites: ['wichita-main', 'northside'],
  members: [
    { email: 'dana@example.org', id: 'u1' },
    { email: 'tomas@example.org', id: 'u2' },
    { email: 'latoya@example.org', id: 'u3' },
    { email: 'ruth@example.org', id: null },
  ],
  calendar: 'business-central',
  manager: 'dana@example.org',
  rotation,
};

describe('a team in the form', () => {
  it('reads the API’s team and sends back the shape PUT takes: people by email, no empty calendar or manager', () => {
    const draft = draftOf(KANSAS);
    expect(draft.members).toEqual(['dana@example.org', 'tomas@example.org', 'latoya@example.org', 'ruth@example.org']);
    expect(bodyOf(draft)).toEqual({
      id: 'px-kansas',
      name: 'Patient Experience – Kansas',
      function: 'patient_experience',
      sites: ['wichita-main', 'northside'],
      members: ['dana@example.org', 'tomas@example.org', 'latoya@example.org', 'ruth@example.org'],
      calendar: 'business-central',
      manager: 'dana@example.org',
      rotation,
    });
    const plain = bodyOf({ ...blankTeam('recognition'), id: ' praise ', name: ' Praise ', allSites: true, sites: ['northside'] });
    expect(plain).toEqual({ id: 'praise', name: 'Praise', function: 'recognition', sites: [], members: [] });
    expect(draftOf({ id: 'all', name: 'All', function: 'recognition', sites: [] }).allSites).toBe(true);
    expect(blankTeam().allSites).toBe(false);
  });

  it('adds a member once, and takes someone off the team and out of the rotation together', () => {
    const draft = draftOf(KANSAS);
    const added = addMember(draft, 'margaret@example.org');
    expect(added.members.at(-1)).toBe('margaret@example.org');
    expect(addMember(added, 'Margaret@Example.org')).toBe(added);

    const { draft: without, leftRotation } = removeMember(draft, 'Tomas@example.org');
    expect(leftRotation).toBe(true);
    expect(without.members).not.toContain('tomas@example.org');
    expect(without.rotation?.members).toEqual(['latoya@example.org', 'dana@example.org']);
    const notPaged = removeMember(draft, 'ruth@example.org');
    expect(notPaged.leftRotation).toBe(false);
    expect(notPaged.draft.rotation).toBe(draft.rotation);
  });

  it('puts the rotation in order: moves stay inside the list, and only members not in it yet can join', () => {
    const draft = draftOf(KANSAS);
    expect(moveInRotation(draft, 2, 0).rotation?.members).toEqual(['dana@example.org', 'tomas@example.org', 'latoya@example.org']);
    expect(moveInRotation(draft, 0, 1).rotation?.members).toEqual(['latoya@example.org', 'tomas@example.org', 'dana@example.org']);
    expect(moveInRotation(draft, 0, -1)).toBe(draft);
    expect(moveInRotation(draft, 2, 3)).toBe(draft);
    expect(notInRotation(draft)).toEqual(['ruth@example.org']);
    expect(addToRotation(draft, 'ruth@example.org').rotation?.members.at(-1)).toBe('ruth@example.org');
    expect(addToRotation(draft, 'TOMAS@example.org')).toBe(draft);
    expect(removeFromRotation(draft, 1).rotation?.members).toEqual(['tomas@example.org', 'dana@example.org']);
    expect(addToRotation({ ...draft, rotation: null }, 'ruth@example.org').rotation).toBeNull();
  });

  it('tells an edit from the saved team, whatever order the members come back in', () => {
    const saved = draftOf(KANSAS);
    expect(isDirty(saved, { ...saved, members: [...saved.members].reverse() })).toBe(false);
    expect(isDirty(saved, moveInRotation(saved, 0, 1))).toBe(true);
    expect(isDirty(saved, { ...saved, name: 'Patient Experience – Kansas ' })).toBe(false);
    expect(isDirty(saved, addMember(saved, 'margaret@example.org'))).toBe(true);
  });

  it('keeps the covers set under On-call while the form was open, and sees an edit someone else saved meanwhile', () => {
    const cover = { user: 'latoya@example.org', from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z', reason: 'Sick call' };
    const now: ApiTeam = { ...KANSAS, rotation: { ...rotation, overrides: [cover] } };
    expect(changedSince(KANSAS, now)).toBe(false);
    const body = bodyOf(moveInRotation(draftOf(KANSAS), 2, 0));
    expect(withCurrentCovers(body, now).rotation).toEqual({ ...body.rotation, overrides: [cover] });
    expect(withCurrentCovers(body, undefined)).toBe(body);
    expect(changedSince(KANSAS, { ...KANSAS, members: [...KANSAS.members!].reverse() })).toBe(false);
    expect(changedSince(KANSAS, { ...KANSAS, members: KANSAS.members!.slice(1) })).toBe(true);
    expect(changedSince(KANSAS, { ...KANSAS, rotation: { ...rotation, handoffTime: '09:00' } })).toBe(true);
  });

  it('places each refusal at its field, a member’s by their email and a rotation place by its index, and keeps the rest', () => {
    const sent = bodyOf(draftOf(KANSAS));
    const { byField, other } = teamProblems(
      [
        { path: 'name', message: 'Expected string length greater or equal to 1' },
        { path: 'members[3]', message: 'no user "ruth@example.org"' },
        { path: 'rotation.members[1]', message: 'latoya@example.org is disabled and cannot be paged: take them out of the rotation' },
        { path: 'rotation.timeZone', message: 'unknown time zone "Mars/Olympus"' },
        { path: 'sites[1]', message: 'no site "northside"' },
        { path: 'rotation.overrides[0].user', message: 'Expected string' },
        { path: '(root)', message: 'Unexpected property' },
      ],
      sent,
    );
    expect(Object.fromEntries(byField)).toEqual({
      name: ['Expected string length greater or equal to 1'],
      'member:ruth@example.org': ['no user "ruth@example.org"'],
      'rotation:1': ['latoya@example.org is disabled and cannot be paged: take them out of the rotation'],
      'rotation.timeZone': ['unknown time zone "Mars/Olympus"'],
      sites: ['no site "northside"'],
    });
    expect(other).toEqual(['rotation.overrides[0].user: Expected string', 'Unexpected property']);
  });
});
