// Complaint and sentiment from the weighed signals. A mixed review with a real grievance is a complaint;
// scattered mild words in a post full of praise are not.
import type { Signals } from './signals.js';

export interface Verdict {
  complaint: boolean;
  sentiment: number;
}

/** Negative weight a post needs before it is a complaint at all. */
const MIN_NEGATIVE = 1;
/** Negative weight that makes a complaint whatever the praise around it. */
const CLEAR_NEGATIVE = 6;
/** Below CLEAR_NEGATIVE, the complaint must weigh at least this share of the praise. */
const BALANCE = 0.6;

/** Negative weight that shouting or "!!" adds to a post that already complains. */
const EMPHASIS = 1;
/**
 * Weight one cue needs before emphasis may amplify it. "Can someone help me??" only insists on a request;
 * a weak hint (a plea, a bare "not") stays weak however loudly it is asked.
 */
const AMPLIFIABLE = 1;

export function judge(signals: Signals, rating?: number | null, emphatic = false): Verdict {
  let { positive, negative } = signals;
  if (emphatic && signals.signals.some((s) => s.kind !== 'praise' && s.weight >= AMPLIFIABLE)) negative += EMPHASIS;
  // A star rating speaks for the whole post: it moves the balance but never invents a grievance.
  if (typeof rating === 'number') {
    if (rating <= 2) negative *= 1.5;
    else if (rating >= 4) positive += 2 * (rating - 3);
  }
  // one clear grievance is a complaint even in a warm review: that is what a mixed review is
  const grievance = signals.signals.some((s) => s.kind === 'grievance' && s.weight >= 2);
  const complaint = grievance || (negative >= MIN_NEGATIVE && (negative >= CLEAR_NEGATIVE || negative >= BALANCE * positive));
  const sentiment = Math.round(((positive - negative) / (positive + negative + 2)) * 100) / 100;
  return { complaint, sentiment: Math.max(-1, Math.min(1, sentiment)) };
}
