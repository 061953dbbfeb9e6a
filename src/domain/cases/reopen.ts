// When the patient comes back to an ended case. Like the help desks agents know: a resolved case is still the same
// conversation for a while, so a new complaint from its author reopens it; a closed case, or one resolved long ago,
// is history, and a new complaint opens a new case. An edited review that got worse reopens its case either way,
// since the review the team recovered is the one now reading worse.

/** How long a resolved case stays the author's conversation. */
export const REOPEN_WINDOW_DAYS = 14;

/** The earliest resolution that still counts as the author's conversation at `now`. */
export function reopenWindowStart(now: Date): Date {
  return new Date(now.getTime() - REOPEN_WINDOW_DAYS * 24 * 3600 * 1000);
}

interface PostReading {
  rating: number | null;
  complaint: boolean;
  risks: readonly string[];
}

/** Why an edit of a post makes its ended case worth reopening, or null when it did not get worse. */
export function revisionWorsened(before: PostReading | null, after: PostReading): string | null {
  if (before?.rating != null && after.rating != null && after.rating < before.rating) return `the review was lowered from ${before.rating} to ${after.rating} stars`;
  if (after.complaint && !before?.complaint) return 'the edited post is now a complaint';
  const added = after.risks.filter((r) => !before?.risks.includes(r));
  return added.length > 0 ? `the edited post now carries ${added.join(', ')} risk` : null;
}
