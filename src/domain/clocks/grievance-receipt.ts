// When a formal grievance was received, which is when its written-response clock starts. CMS (42 CFR 482.13(a)(2))
// times the response from receipt: an email that arrived on the 27th and was recognized as a grievance on the 29th
// is due 7 days after the 27th, not after the day someone ticked the box.
import { clockStartFor } from './clock.js';

const MINUTE = 60_000;

/** The case's first post: when the patient wrote it and when it reached us. */
export interface FirstPost {
  postedAt: Date;
  arrivedAt: Date;
}

/** Where the receipt came from: a date someone gave, the case's first post, or (no post at all) the marking itself. */
export type ReceiptSource = 'given' | 'first_post' | 'marked';
export type GrievanceReceipt = { at: Date; from: ReceiptSource } | { problem: string };

/**
 * The instant the grievance clock counts from: the date someone gave (the post that asked for a written answer
 * came later, a letter arrived by post), or else when the case's first post reached us, by the same rule as the
 * case's own clocks (`clockStartFor`). A given date may not be in the future, nor before the first post: the case
 * holds nothing the patient sent earlier. The first post is compared to the minute, since people give minutes.
 */
export function grievanceReceipt(first: FirstPost | null, given: Date | undefined, now: Date): GrievanceReceipt {
  if (given) {
    if (given.getTime() > now.getTime()) return { problem: 'is in the future; give when the complaint reached us' };
    if (first && given.getTime() < Math.floor(first.postedAt.getTime() / MINUTE) * MINUTE)
      return { problem: `is before the case's first post (${first.postedAt.toISOString()}); a complaint is received no earlier than the first thing the patient sent us` };
    return { at: given, from: 'given' };
  }
  // A case always has a post; without one (a test fixture, a post moved away), marking it is the best we know.
  if (!first) return { at: now, from: 'marked' };
  const start = clockStartFor(first.postedAt, first.arrivedAt);
  return { at: start.getTime() > now.getTime() ? now : start, from: 'first_post' };
}
