// A team as Settings › Teams edits it: its members, the sites it serves and its on-call rotation, and the body
// PUT /api/v1/teams/:id takes back. Pure, so the rules of the form (someone taken off the team leaves the rotation
// too; the covers set under On-call are never lost by a save) are tested without a browser.
import type { Rotation } from '../../domain/oncall/rotation.js';
import type { TeamFunction } from '../../domain/routing/team.js';
import { parseFieldPath, type FieldError } from './fieldPath.js';

/** Every function a team may have (a new one in the domain must be named here), in words. */
export const TEAM_FUNCTION_LABELS: Record<TeamFunction, string> = {
  social_media: 'Social media',
  patient_experience: 'Patient experience',
  central_patient_experience: 'Central patient experience',
  practice_management: 'Practice management',
  risk_management: 'Risk management',
  patient_financial_services: 'Patient financial services',
  recognition: 'Recognition',
  service_line: 'Service line',
};
export const TEAM_FUNCTIONS: string[] = Object.keys(TEAM_FUNCTION_LABELS);
export const teamFunctionLabel = (f: string) => (TEAM_FUNCTION_LABELS as Record<string, string>)[f] ?? f.replace(/_/g, ' ');

/** A team as GET /api/v1/teams answers it: members carry their user id (null when not an active user). */
export interface ApiTeam {
  id: string;
  name: string;
  function: string;
  sites?: string[];
  members?: (string | { email: string; id?: string | null })[];
  calendar?: string;
  manager?: string;
  rotation?: Rotation;
}

/** What POST /api/v1/teams and PUT /api/v1/teams/:id take: people by email. */
export interface TeamBody {
  id: string;
  name: string;
  function: string;
  sites: string[];
  members: string[];
  calendar?: string;
  manager?: string;
  rotation?: Rotation;
}

export interface TeamDraft {
  id: string;
  name: string;
  function: string;
  /** Serves every site (saved as an empty site list): the team of last resort for its function. */
  allSites: boolean;
  sites: string[];
  /** Emails. */
  members: string[];
  /** An email, or '' for none. */
  manager: string;
  /** A calendar id, or '' for none. */
  calendar: string;
  rotation: Rotation | null;
}

export const sameEmail = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const emailOf = (m: string | { email: string }) => (typeof m === 'string' ? m : m.email);

export function draftOf(team: ApiTeam): TeamDraft {
  const sites = team.sites ?? [];
  return {
    id: team.id,
    name: team.name,
    function: team.function,
    allSites: sites.length === 0,
    sites,
    members: (team.members ?? []).map(emailOf),
    manager: team.manager ?? '',
    calendar: team.calendar ?? '',
    rotation: team.rotation ?? null,
  };
}

/** A new team: nothing chosen for its sites, so nobody makes a team of last resort by oversight. */
export const blankTeam = (fn = 'patient_experience'): TeamDraft => ({ id: '', name: '', function: fn, allSites: false, sites: [], members: [], manager: '', calendar: '', rotation: null });

export function bodyOf(draft: TeamDraft): TeamBody {
  return {
    id: draft.id.trim(),
    name: draft.name.trim(),
    function: draft.function,
    sites: draft.allSites ? [] : draft.sites,
    members: draft.members,
    ...(draft.calendar ? { calendar: draft.calendar } : {}),
    ...(draft.manager ? { manager: draft.manager } : {}),
    ...(draft.rotation ? { rotation: draft.rotation } : {}),
  };
}

export const isMember = (draft: TeamDraft, email: string) => draft.members.some((m) => sameEmail(m, email));

export function addMember(draft: TeamDraft, email: string): TeamDraft {
  return isMember(draft, email) ? draft : { ...draft, members: [...draft.members, email] };
}

/** Takes someone off the team, and out of its rotation too: answers whether they were in it. */
export function removeMember(draft: TeamDraft, email: string): { draft: TeamDraft; leftRotation: boolean } {
  const members = draft.members.filter((m) => !sameEmail(m, email));
  const rotation = draft.rotation;
  const leftRotation = !!rotation && rotation.members.some((m) => sameEmail(m, email));
  return {
    draft: { ...draft, members, rotation: rotation && leftRotation ? { ...rotation, members: rotation.members.filter((m) => !sameEmail(m, email)) } : rotation },
    leftRotation,
  };
}

/** Team members who are not in the rotation yet, in the team's order. */
export function notInRotation(draft: TeamDraft): string[] {
  const inRotation = draft.rotation?.members ?? [];
  return draft.members.filter((m) => !inRotation.some((r) => sameEmail(r, m)));
}

export function addToRotation(draft: TeamDraft, email: string): TeamDraft {
  if (!draft.rotation || draft.rotation.members.some((m) => sameEmail(m, email))) return draft;
  return { ...draft, rotation: { ...draft.rotation, members: [...draft.rotation.members, email] } };
}

export function removeFromRotation(draft: TeamDraft, index: number): TeamDraft {
  if (!draft.rotation) return draft;
  return { ...draft, rotation: { ...draft.rotation, members: draft.rotation.members.filter((_, i) => i !== index) } };
}

/** Moves the person at `from` to `to` (both kept inside the list). */
export function moveInRotation(draft: TeamDraft, from: number, to: number): TeamDraft {
  const rotation = draft.rotation;
  if (!rotation || to < 0 || to >= rotation.members.length || from === to) return draft;
  const members = [...rotation.members];
  const [moved] = members.splice(from, 1);
  members.splice(to, 0, moved);
  return { ...draft, rotation: { ...rotation, members } };
}

/** A weekly rotation handing off Monday 08:00 from `today`, through the given people in the given order. */
export function newRotation(timeZone: string, today: string, members: string[]): Rotation {
  return { timeZone, handoff: 'weekly', handoffDay: 'mon', handoffTime: '08:00', startDate: today, members, overrides: [] };
}


/** What the form edits, comparable between two reads (members are a set; covers are the On-call screen's). */
function editedPart(body: TeamBody): string {
  const { rotation, members, ...rest } = body;
  const { overrides: _covers, ...schedule } = rotation ?? ({} as Partial<Rotation>);
  return JSON.stringify({ ...rest, members: members.map((m) => m.toLowerCase()).sort(), rotation: rotation ? schedule : null });
}

export const isDirty = (saved: TeamDraft, draft: TeamDraft) => editedPart(bodyOf(saved)) !== editedPart(bodyOf(draft));

/** Whether someone else changed what the form edits since `opened` was read. */
export const changedSince = (opened: ApiTeam, current: ApiTeam) => editedPart(bodyOf(draftOf(opened))) !== editedPart(bodyOf(draftOf(current)));

/**
 * The body to send, with the covers the team has now: the form does not edit them, and one added under On-call
 * while the form was open must not be lost by saving it.
 */
export function withCurrentCovers(body: TeamBody, current: ApiTeam | undefined): TeamBody {
  if (!body.rotation || !current?.rotation) return body;
  return { ...body, rotation: { ...body.rotation, overrides: current.rotation.overrides } };
}

const ROTATION_FIELDS = ['timeZone', 'handoff', 'handoffDay', 'handoffTime', 'startDate'];
const TOP_FIELDS = ['id', 'name', 'function', 'sites', 'manager', 'calendar'];

/**
 * The server's refusal placed where the form shows it: `name`, `sites`, `member:<email>` (a member's row),
 * `rotation:<index>` (a place in the rotation), `rotation.<field>`; whatever has no place of its own goes in `other`
 * with its path, so nothing the server said is dropped.
 */
export function teamProblems(details: readonly FieldError[], sent: TeamBody): { byField: Map<string, string[]>; other: string[] } {
  const byField = new Map<string, string[]>();
  const other: string[] = [];
  const put = (key: string, message: string) => byField.set(key, [...(byField.get(key) ?? []), message]);
  for (const d of details) {
    const [first, second, third] = parseFieldPath(d.path ?? '');
    if (first === 'members' && typeof second === 'number' && sent.members[second] !== undefined) put(`member:${sent.members[second].toLowerCase()}`, d.message);
    else if (first === 'rotation' && second === 'members' && typeof third === 'number') put(`rotation:${third}`, d.message);
    else if (first === 'rotation' && typeof second === 'string' && ROTATION_FIELDS.includes(second)) put(`rotation.${second}`, d.message);
    else if (typeof first === 'string' && TOP_FIELDS.includes(first)) put(first, d.message);
    else other.push(d.path && d.path !== '(root)' ? `${d.path}: ${d.message}` : d.message);
  }
  return { byField, other };
}
