// The people a team form names by email, shown as a person reads them: name, role, and whether they may sign in.
import type { User } from '../../api/types.js';
import { ROLE_LABELS } from '../../lib/permissions.js';
import { sameEmail } from '../../lib/teams.js';

/** The server's refusal, placed: by field key (see teamProblems), and what has no place of its own. */
export interface Problems {
  byField: Map<string, string[]>;
  other: string[];
}

export interface People {
  /** Every user, active or not, by name. */
  all: User[];
  byEmail(email: string): User | undefined;
  nameOf(email: string): string;
  isActive(user: User): boolean;
  /** "Dana Whitfield — Patient experience", "(disabled)" added for someone who cannot sign in. */
  optionLabel(user: User): string;
  /** Emails ordered by the person's name. */
  sorted(emails: string[]): string[];
}

const roleLabel = (role: string) => ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? role;
const isActive = (u: User) => u.active !== false && !u.disabledAt;

export function makePeople(users: User[]): People {
  const all = [...users].sort((a, b) => a.name.localeCompare(b.name));
  const byEmail = (email: string) => all.find((u) => sameEmail(u.email, email));
  const nameOf = (email: string) => byEmail(email)?.name ?? email;
  return {
    all,
    byEmail,
    nameOf,
    isActive,
    optionLabel: (u) => `${u.name} — ${roleLabel(u.role)}${isActive(u) ? '' : ' (disabled)'}`,
    sorted: (emails) => [...emails].sort((a, b) => nameOf(a).localeCompare(nameOf(b))),
  };
}

/** An id for a person's controls: `team-member-dana-whitfield-example-org`. */
export const personId = (prefix: string, email: string) => `${prefix}-${email.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** Name, then role and email; a disabled user says so, and someone who is not a user is named as such. */
export function Who({ people, email }: { people: People; email: string }) {
  const user = people.byEmail(email);
  return (
    <span className="person-who">
      <span className="person-name">{user?.name ?? email}</span>
      {user && !people.isActive(user) && <span className="badge badge-off">Disabled: cannot sign in</span>}
      {!user && <span className="badge badge-off">Not a Redress user</span>}
      {user && (
        <span className="person-detail muted small">
          {roleLabel(user.role)} · {user.email}
        </span>
      )}
    </span>
  );
}
