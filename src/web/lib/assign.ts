// Who is on call for the cases being assigned, and why one of them cannot take them: the Assign dialog's rules,
// pure so they are tested without a browser. The server decides who may be assigned (GET /users?assignableFor);
// these only explain its answer, with the same rules (domain/permissions).
import type { OnCall, User } from '../api/types.js';
import { inScope } from '../../domain/permissions.js';
import { canEdit, ROLE_LABELS, ROLES, type Role } from './permissions.js';

/** The on-call entries of the cases' own teams, in the cases' order, and every other team's. */
export function onCallForTeams(oncall: readonly OnCall[], caseTeams: readonly (string | null)[]): { own: OnCall[]; others: OnCall[] } {
  const wanted = [...new Set(caseTeams.filter((t): t is string => t !== null))];
  const own = wanted.flatMap((id) => oncall.filter((o) => o.teamId === id));
  return { own, others: oncall.filter((o) => !own.includes(o)) };
}

/**
 * Why `person` may not be assigned cases of these sites, in a few words for beside their name, or null when they
 * may. `person` undefined: the rotation names someone who is not an active user.
 */
export function whyNotAssignable(person: User | undefined, caseSites: readonly (string | null)[], siteName: (id: string) => string): string | null {
  if (!person || person.disabledAt || person.active === false) return 'not an active user';
  if (!canEdit(person.role)) {
    const label = (ROLES as readonly string[]).includes(person.role) ? ROLE_LABELS[person.role as Role] : person.role;
    return `${label}: cannot work cases`;
  }
  const outside = [...new Set(caseSites)].filter((site) => !inScope(person.sites, person.role as Role, site));
  if (outside.length === 0) return null;
  if (outside.includes(null)) return 'cannot see cases without a site';
  const theirs = person.sites.map(siteName).sort((a, b) => a.localeCompare(b));
  return `sees only cases of ${listed(theirs)}`;
}

function listed(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  const more = names.length - 2;
  return `${names.slice(0, 2).join(', ')} and ${more} more ${more === 1 ? 'site' : 'sites'}`;
}
