// Who a clock escalation reaches: the assignee, whoever is on call in the owning team, or its manager.
import type { EscalationTarget } from '../clocks/policy.js';
import { onCallAt } from '../oncall/rotation.js';
import type { Team } from './team.js';

export interface EscalationContext {
  teams: Team[];
  /** Team id owning the clock. */
  owner: string | undefined;
  assignee: string | null;
  at: Date;
}

export type EscalationRecipient = { user: string; via: 'assignee' | 'oncall' | 'manager' | 'user'; until?: string } | { problem: string };

/**
 * A missed promise must reach a person: an unassigned case escalates to whoever is on call, nobody on call
 * to the manager. Only a team without a manager leaves the escalation unresolved, and that is reported.
 */
export function escalationRecipient(target: EscalationTarget, ctx: EscalationContext): EscalationRecipient {
  if (typeof target === 'object') return { user: target.user, via: 'user' };
  const team = ctx.teams.find((t) => t.id === ctx.owner);
  if (target === 'assignee' && ctx.assignee) return { user: ctx.assignee, via: 'assignee' };
  if (target !== 'team_manager') {
    const duty = team?.rotation ? onCallAt(team.rotation, ctx.at) : null;
    if (duty) return { user: duty.user, via: 'oncall', until: duty.to };
  }
  if (team?.manager) return { user: team.manager, via: 'manager' };
  return { problem: `nobody to escalate ${target} to in team ${ctx.owner ?? '(none)'}` };
}
