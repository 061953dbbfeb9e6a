// What each role may do in the UI. The server enforces the same rules; the UI only avoids offering
// buttons that would fail.

export const ROLES = ['admin', 'social_agent', 'patient_experience', 'service_line_leader', 'risk_manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  social_agent: 'Social media agent',
  patient_experience: 'Patient experience',
  service_line_leader: 'Service line leader',
  risk_manager: 'Risk manager',
  viewer: 'Viewer',
};

export const canEdit = (role: string) => role !== 'viewer';
export const canReply = (role: string) => role !== 'viewer';
export const canOverrideGuard = (role: string) => role === 'admin' || role === 'risk_manager' || role === 'patient_experience';
export const canApprove = canOverrideGuard;
export const isAdmin = (role: string) => role === 'admin';
