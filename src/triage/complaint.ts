// Complaint and sentiment from the weighed signals. A mixed review with a real grievance is a complaint;
// scattered mild words in a post full of praise are not.
import type { Signals } from './signals.js';
import type { Target } from './target.js';

export interface Verdict {
  complaint: boolean;
  sentiment: number;
}

/** Negative weight a post needs before it is a complaint at all. */
const MIN_NEGATIVE = 1;
/**
 * Weight of plain reports of a fault (a bare negation, "an issue") enough in a post plainly about a customer's or a
 * patient's dealings that praises nothing: "the refund is not showing", "I have an issue with my order" report a
 * problem with the service. Pleas and requests ("help me", "a refund") stay too weak there as elsewhere.
 */
const MIN_NEGATIVE_ABOUT_SERVICE = 0.5;
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

/**
 * Weight of a reported failure ("never arrived", "no reply", a grievance) that names its own target: such words are
 * about a service whatever else the post says, so they aim it even with no name, handle or service word beside them.
 */
const AIMING_FAILURE = 1;
/** A post aimed at nothing a provider could put right ("what a nightmare of a week") is chatter, not a complaint. */
export function judge(signals: Signals, rating: number | null | undefined, emphatic: boolean, target: Target): Verdict {
  let { positive, negative } = signals;
  if (emphatic && signals.signals.some((s) => s.kind !== 'praise' && s.weight >= AMPLIFIABLE)) negative += EMPHASIS;
  // A star rating speaks for the whole post: it moves the balance but never invents a grievance.
  if (typeof rating === 'number') {
    if (rating <= 2) negative *= 1.5;
    else if (rating >= 4) positive += 2 * (rating - 3);
  }
  // one clear grievance is a complaint even in a warm review: that is what a mixed review is
  const grievance = signals.signals.some((s) => s.kind === 'grievance' && s.weight >= 2);
  const reported = signals.signals.reduce((sum, s) => (s.reports && s.kind !== 'praise' ? sum + s.weight : sum), 0);
  const serviceFault = target.service && positive === 0 && reported >= MIN_NEGATIVE_ABOUT_SERVICE;
  const aimed = target.aimed || (!target.unaddressed && signals.signals.some((s) => s.aboutService && s.kind !== 'praise' && s.weight >= AIMING_FAILURE));
  // swearing only intensifies: "scripted as fuck ... get your shit back" complains of nothing without another word beside it
  const onlySwearing = typeof rating !== 'number' && signals.signals.every((s) => s.kind === 'praise' || s.weight <= 0 || s.swearing);
  const complaint = aimed && !onlySwearing && (grievance || ((negative >= MIN_NEGATIVE || serviceFault) && (negative >= CLEAR_NEGATIVE || negative >= BALANCE * positive)));
  const sentiment = Math.round(((positive - negative) / (positive + negative + 2)) * 100) / 100;
  return { complaint, sentiment: Math.max(-1, Math.min(1, sentiment)) };
}
