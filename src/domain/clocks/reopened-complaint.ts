// A public complaint that reopens an ended case is a new public complaint: the public is watching it as much as the
// first one, so it gets the public acknowledgement a new case's public complaint gets, while the reopened case's own
// follow-up clock (`case_reopened`) covers the private side. A private message that reopens a case gets no public
// clock: no public reply would ever meet it.
import type { ClockState } from './clock.js';
import type { ClockPolicy } from './policy.js';

/** The post that takes an ended case back into recovery, as the clocks need to know it. */
export interface ReopeningPost {
  visibility: 'public' | 'private';
  complaint: boolean;
}

/** A clock the case already has, whatever became of it. */
export interface ExistingClock {
  policy: string;
  state: ClockState;
}

/** Why the acknowledgement starts again, as the case's timeline says it. */
export const REOPENED_BY_PUBLIC_COMPLAINT = 'a new public complaint reopened the case and waits for a public answer';

/** A clock still owed: running, warning, breached or paused (met and stopped clocks owe nothing more). */
const owed = (state: ClockState) => state !== 'met' && state !== 'stopped';

/**
 * The acknowledgement policies to start again when `post` reopens a case: of the policies routing starts for such a
 * post on a new case (`routed`, policy ids, so an organization's own rules and policies decide as they do for new
 * cases), those only a public reply meets, when the post is a public complaint. A policy whose clock the case still
 * owes is left alone: starting it again would double it and give the team a later due time than the one already
 * promised.
 */
export function acknowledgementsOnReopen(
  post: ReopeningPost,
  routed: readonly string[],
  policies: readonly ClockPolicy[],
  existing: readonly ExistingClock[],
): ClockPolicy[] {
  if (post.visibility !== 'public' || !post.complaint) return [];
  const running = new Set(existing.filter((c) => owed(c.state)).map((c) => c.policy));
  return [...new Set(routed)]
    .map((id) => policies.find((p) => p.id === id))
    .filter((p): p is ClockPolicy => p !== undefined && p.metBy === 'public_reply' && !running.has(p.id));
}
