// What each role may do in the UI: the server's own grant table (domain/permissions), so the UI offers
// exactly the buttons that will work. The server still enforces it.
import { can, ROLE_LABELS, type Action } from '../../domain/permissions.js';

export const ROLES = ['admin', 'social_agent', 'patient_experience', 'service_line_leader', 'risk_manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export { ROLE_LABELS };

const allowed = (role: string, action: Action) => (ROLES as readonly string[]).includes(role) && can(role as Role, action);

export const canEdit = (role: string) => allowed(role, 'case.update');
export const canNote = (role: string) => allowed(role, 'case.note');
export const canMerge = (role: string) => allowed(role, 'case.merge');
export const canReply = (role: string) => allowed(role, 'reply.send');
export const canOverrideGuard = (role: string) => allowed(role, 'reply.override_guard');
export const canApprove = (role: string) => allowed(role, 'reply.approve');
export const canExportEvidence = (role: string) => allowed(role, 'reply.export');
export const canForward = (role: string) => allowed(role, 'post.forward');
export const isAdmin = (role: string) => allowed(role, 'settings.manage');
export const canReadAudit = (role: string) => allowed(role, 'audit.read');
