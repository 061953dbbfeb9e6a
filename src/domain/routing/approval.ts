// Who may approve a case's public replies. A rule asks with `requireApproval: true` (anyone whose role approves
// replies) or names who may (`{ roles, teams }`). Every rule that names approvers must be met, so an earlier, looser
// rule cannot open a stricter rule's case to everyone. Administrators always may: a reply must never wait on nobody.
import type { Role } from '../../config/file-schema.js';
import { can } from '../permissions.js';
import type { Action, ApproverRole, TeamRef } from './schema.js';
import type { Team } from './team.js';

/** The approvers one rule named, its team references resolved for the case. */
export interface NamedApprovers {
  ruleId: string;
  ruleName: string;
  roles: ApproverRole[];
  teams: { id: string; name: string }[];
}

export interface ApprovalRequirement {
  /** Every rule that asked for approval, in order. */
  requiredBy: { ruleId: string; ruleName: string }[];
  /** One entry per rule that named approvers; none: anyone whose role approves replies. */
  named: NamedApprovers[];
}

/** A rule as the case timeline records it (`rule.applied`). */
export interface AppliedRule {
  ruleId: string;
  ruleName: string;
  actions: Action[];
}

/** What the rules ask of approval (null: nothing); a team reference that names no team is reported in `problems`. */
export function approvalRequirement(rules: AppliedRule[], teamOf: (ref: TeamRef) => Team | null, problems: string[] = []): ApprovalRequirement | null {
  const requirement: ApprovalRequirement = { requiredBy: [], named: [] };
  for (const { ruleId, ruleName, actions } of rules) {
    const asks = (actions ?? []).map((a) => a.requireApproval).filter((ask) => Boolean(ask));
    if (asks.length === 0) continue;
    requirement.requiredBy.push({ ruleId, ruleName });
    for (const ask of asks) {
      if (typeof ask !== 'object') continue;
      const teams: NamedApprovers['teams'] = [];
      for (const ref of ask.teams ?? []) {
        const team = teamOf(ref);
        if (team) teams.push({ id: team.id, name: team.name });
        else problems.push(`${ruleId}: no team for ${JSON.stringify(ref)} to approve replies`);
      }
      requirement.named.push({ ruleId, ruleName, roles: ask.roles ?? [], teams });
    }
  }
  return requirement.requiredBy.length > 0 ? requirement : null;
}

/** Whether this person may approve or reject a reply held under `requirement` (null: held by no named rule). */
export function mayApprove(user: { role: Role; email: string | null }, requirement: ApprovalRequirement | null, teams: readonly Team[]): boolean {
  if (!can(user.role, 'reply.approve')) return false;
  if (user.role === 'admin' || !requirement) return true;
  const email = user.email?.toLowerCase();
  const isMember = (teamId: string) => Boolean(email) && (teams.find((t) => t.id === teamId)?.members.some((m) => m.toLowerCase() === email) ?? false);
  return requirement.named.every((n) => (n.roles as readonly string[]).includes(user.role) || n.teams.some((t) => isMember(t.id)));
}

const ROLE_PLURALS: Record<ApproverRole, string> = {
  admin: 'administrators',
  patient_experience: 'patient experience staff',
  risk_manager: 'risk managers',
};

const orList = (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`);

/** Who may approve, in words: "risk managers (or an administrator)". */
export function approversInWords(requirement: ApprovalRequirement | null): string {
  if (!requirement || requirement.named.length === 0) return 'anyone who may approve replies';
  const each = requirement.named.map((n) => orList([...n.roles.filter((r) => r !== 'admin').map((r) => ROLE_PLURALS[r]), ...n.teams.map((t) => `members of ${t.name}`)]));
  if (each.some((words) => !words)) return 'administrators';
  return `${each.join(' who are also ')} (or an administrator)`;
}
