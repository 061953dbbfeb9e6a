// Someone covers a shift (a sick call, a swap): an override added to the rotation, checked before it is saved so the
// pager never goes to someone outside the team or to a window already over.
import type { Problem } from '../../config/problems.js';
import type { Override, Rotation } from './rotation.js';

// Longer than this is a change of rotation, not cover, and belongs in the team's rotation itself.
export const MAX_COVER_DAYS = 31;
// Overrides that ended this long ago say nothing about who is on call, and keep the team's settings short.
const KEEP_ENDED_DAYS = 30;
const DAY = 86_400_000;

export interface Cover {
  user: string;
  from: Date;
  to: Date;
  reason?: string;
}

/** What is wrong with this cover, by field: someone outside the team, an empty, too long or past window. */
export function coverProblems(cover: Cover, teamMembers: readonly string[], now: Date): Problem[] {
  const problems: Problem[] = [];
  if (!teamMembers.some((m) => m.toLowerCase() === cover.user.toLowerCase())) problems.push({ path: 'userId', message: 'is not a member of this team' });
  if (cover.to <= cover.from) problems.push({ path: 'to', message: 'must be after from' });
  else if (cover.to <= now) problems.push({ path: 'to', message: 'is already past' });
  else if (cover.to.getTime() - cover.from.getTime() > MAX_COVER_DAYS * DAY) problems.push({ path: 'to', message: `covers more than ${MAX_COVER_DAYS} days; change the rotation instead` });
  return problems;
}

/** The rotation with the cover added last (the last listed override wins), dropping overrides long over. */
export function withCover(rotation: Rotation, cover: Cover, now: Date): Rotation {
  const kept = rotation.overrides.filter((o) => Date.parse(o.to) > now.getTime() - KEEP_ENDED_DAYS * DAY);
  const added: Override = { user: cover.user, from: cover.from.toISOString(), to: cover.to.toISOString(), ...(cover.reason ? { reason: cover.reason } : {}) };
  return { ...rotation, overrides: [...kept, added] };
}
