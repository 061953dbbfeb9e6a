// Who may do what. Site scope is separate: a user acts only on cases of the sites in their scope (empty = all).
import type { Role } from '../config/file-schema.js';

export const ACTIONS = [
  'case.read',
  'case.update',
  'case.note',
  'case.merge',
  'reply.send',
  'reply.override_guard',
  'reply.approve',
  'reply.export',
  'post.ingest',
  'post.forward',
  'settings.manage',
  'audit.read',
  'jobs.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Each action in plain words, as in "Your role (Viewer) may not send replies." */
export const ACTION_PHRASES: Record<Action, string> = {
  'case.read': 'read cases',
  'case.update': 'change cases',
  'case.note': 'add notes to cases',
  'case.merge': 'merge cases',
  'reply.send': 'send replies',
  'reply.override_guard': 'override the reply guard',
  'reply.approve': 'approve replies',
  'reply.export': 'export the evidence of replies',
  'post.ingest': 'add posts',
  'post.forward': 'forward posts',
  'settings.manage': 'change settings',
  'audit.read': 'read the audit log',
  'jobs.manage': 'manage background jobs',
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  social_agent: 'Social media agent',
  patient_experience: 'Patient experience',
  service_line_leader: 'Service line leader',
  risk_manager: 'Risk manager',
  viewer: 'Viewer',
};

/** What the server answers when a role lacks an action: the role and the action in words. */
export function notPermittedMessage(role: Role, action: Action): string {
  return `Your role (${ROLE_LABELS[role]}) may not ${ACTION_PHRASES[action]}.`;
}

const GRANTS: Record<Role, readonly Action[]> = {
  admin: ACTIONS,
  // Agents answer in public 7 days a week; overriding the PHI guard, approving and exporting the evidence a
  // regulator asks for are for PX, risk and admins.
  social_agent: ['case.read', 'case.update', 'case.note', 'case.merge', 'reply.send', 'post.ingest', 'post.forward'],
  patient_experience: ['case.read', 'case.update', 'case.note', 'case.merge', 'reply.send', 'reply.override_guard', 'reply.approve', 'reply.export', 'post.forward'],
  service_line_leader: ['case.read', 'case.update', 'case.note', 'post.forward'],
  // Risk and privacy officers answer "who looked at this patient's case?": the audit trail of their sites' cases.
  risk_manager: ['case.read', 'case.update', 'case.note', 'reply.send', 'reply.override_guard', 'reply.approve', 'reply.export', 'post.forward', 'audit.read'],
  // Read-only. Not even forwarding: a forwarded post opens a confidential case that a viewer could not open.
  viewer: ['case.read'],
};

export function can(role: Role, action: Action): boolean {
  return GRANTS[role].includes(action);
}

/**
 * Confidential cases come from private sources (a forwarded private post, an email) and may hold what the patient
 * told us in private, so fewer people read them: those who run recovery read all of them, an agent only the ones
 * they are involved in (forwarded, assigned, or told about), a read-only viewer none.
 */
export type ConfidentialAccess = 'all' | 'involved' | 'none';
const CONFIDENTIAL_ACCESS: Record<Role, ConfidentialAccess> = {
  admin: 'all',
  patient_experience: 'all',
  risk_manager: 'all',
  service_line_leader: 'all',
  social_agent: 'involved',
  viewer: 'none',
};

export function confidentialAccess(role: Role): ConfidentialAccess {
  return CONFIDENTIAL_ACCESS[role];
}

/** Admins and unscoped users see every site; scoped users see their sites only, and no case without a site. */
export function inScope(principalSites: readonly string[], role: Role, siteId: string | null): boolean {
  if (role === 'admin' || principalSites.length === 0) return true;
  return siteId !== null && principalSites.includes(siteId);
}

/** Who a case of `siteId` may be assigned to: someone whose role works cases and whose scope includes its site. */
export function mayBeAssigned(user: { role: Role; sites: readonly string[] }, siteId: string | null): boolean {
  return can(user.role, 'case.update') && inScope(user.sites, user.role, siteId);
}
