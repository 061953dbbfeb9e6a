import { describe, expect, it } from 'vitest';
import { approvalRequirement, approversInWords, mayApprove, type AppliedRule } from './approval.js';
import { teamOfRef } from './resolve.js';
import { TEAMS } from './test-fixtures.js';

const north = { id: 'north', kind: 'hospital' as const };
const teamOf = (caseTeam: string | null) => (ref: Parameters<typeof teamOfRef>[0]) => teamOfRef(ref, TEAMS, north, caseTeam);
const HARM: AppliedRule = { ruleId: 'harm', ruleName: 'Harm: risk approves', actions: [{ setPriority: 'high' }, { requireApproval: { roles: ['risk_manager'] } }] };
const ANYONE: AppliedRule = { ruleId: 'vip', ruleName: 'VIP: replies need approval', actions: [{ requireApproval: true }] };

describe('who may approve a held reply', () => {
  it('keeps today’s rule for `requireApproval: true`: anyone whose role approves replies', () => {
    const requirement = approvalRequirement([ANYONE], teamOf(null));
    expect(requirement).toEqual({ requiredBy: [{ ruleId: 'vip', ruleName: 'VIP: replies need approval' }], named: [] });
    for (const role of ['patient_experience', 'risk_manager', 'admin'] as const) expect(mayApprove({ role, email: 'x@h.org' }, requirement, TEAMS), role).toBe(true);
    expect(mayApprove({ role: 'social_agent', email: 'x@h.org' }, requirement, TEAMS)).toBe(false);
    expect(approversInWords(requirement)).toBe('anyone who may approve replies');
  });

  it('lets only the named roles, and administrators, approve when the rule names roles', () => {
    const requirement = approvalRequirement([HARM], teamOf(null));
    expect(mayApprove({ role: 'risk_manager', email: 'rita@h.org' }, requirement, TEAMS)).toBe(true);
    expect(mayApprove({ role: 'admin', email: null }, requirement, TEAMS)).toBe(true);
    expect(mayApprove({ role: 'patient_experience', email: 'nina@h.org' }, requirement, TEAMS)).toBe(false);
    expect(approversInWords(requirement)).toBe('risk managers (or an administrator)');
  });

  it('lets the members of the owning team approve when the rule names it, whatever their approving role', () => {
    const owning: AppliedRule = { ruleId: 'own', ruleName: 'Owners approve', actions: [{ requireApproval: { teams: ['assigned'] } }] };
    const requirement = approvalRequirement([owning], teamOf('px-north'));
    expect(requirement?.named).toEqual([{ ruleId: 'own', ruleName: 'Owners approve', roles: [], teams: [{ id: 'px-north', name: 'North patient representatives' }] }]);
    expect(mayApprove({ role: 'patient_experience', email: 'Nina@h.org' }, requirement, TEAMS)).toBe(true);
    expect(mayApprove({ role: 'patient_experience', email: 'sal@h.org' }, requirement, TEAMS), 'another site’s representative').toBe(false);
    expect(mayApprove({ role: 'social_agent', email: 'ned@h.org' }, requirement, TEAMS), 'a member whose role cannot approve').toBe(false);
    expect(approversInWords(requirement)).toBe('members of North patient representatives (or an administrator)');
  });

  it('holds every rule that named approvers, so a looser earlier rule cannot open a stricter one', () => {
    const riskTeam: AppliedRule = { ruleId: 'own', ruleName: 'Risk team approves', actions: [{ requireApproval: { teams: [{ team: 'risk' }], roles: ['patient_experience'] } }] };
    const requirement = approvalRequirement([ANYONE, riskTeam, HARM], teamOf(null));
    expect(requirement?.requiredBy.map((r) => r.ruleId)).toEqual(['vip', 'own', 'harm']);
    expect(mayApprove({ role: 'patient_experience', email: 'nina@h.org' }, requirement, TEAMS), 'named by one rule only').toBe(false);
    expect(mayApprove({ role: 'risk_manager', email: 'ray@h.org' }, requirement, TEAMS), 'not in the risk team').toBe(false);
    expect(mayApprove({ role: 'risk_manager', email: 'rita@h.org' }, requirement, TEAMS)).toBe(true);
    expect(approversInWords(requirement)).toBe('patient experience staff or members of Risk management who are also risk managers (or an administrator)');
  });

  it('reports a team reference that names no team, and leaves approval to administrators rather than to nobody', () => {
    const problems: string[] = [];
    const requirement = approvalRequirement([{ ruleId: 'ghost', ruleName: 'Ghosts approve', actions: [{ requireApproval: { teams: [{ team: 'ghosts' }] } }] }], teamOf(null), problems);
    expect(problems).toEqual(['ghost: no team for {"team":"ghosts"} to approve replies']);
    expect(mayApprove({ role: 'risk_manager', email: 'rita@h.org' }, requirement, TEAMS)).toBe(false);
    expect(mayApprove({ role: 'admin', email: null }, requirement, TEAMS)).toBe(true);
    expect(approversInWords(requirement)).toBe('administrators');
  });

  it('asks nothing when no rule asked for approval', () => {
    expect(approvalRequirement([{ ruleId: 'desk', ruleName: 'Desk', actions: [{ assignTeam: 'social' }] }], teamOf(null))).toBeNull();
  });
});
