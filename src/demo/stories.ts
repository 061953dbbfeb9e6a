// What the demo team did with seven older posts, step by step, in minutes after the post was written. Written for
// the project, like the demo posts; every public reply passes the reply guard (the player would stop otherwise).
import type { Platform } from '../domain/platform.js';
import type { CaseOutcome } from '../domain/cases/outcomes.js';

type Timed = { minutesAfter: number; by: string };
export type Step = Timed &
  (
    | { do: 'reply'; kind: 'public' | 'private' | 'email'; text: string }
    /** A reply waiting for approval is approved, then posted by the person who wrote it. */
    | { do: 'approve'; comment: string }
    /** The author writes back privately on the same platform: an invitation taken up. */
    | { do: 'message'; externalId: string; text: string }
    /** The author edits their review. */
    | { do: 'revise'; text: string; rating: number }
    | { do: 'note'; text: string }
    | { do: 'status'; status: 'in_recovery' }
    /** How the case ended, as the resolve dialog asks: the dashboards count outcomes. */
    | { do: 'status'; status: 'resolved'; outcome: CaseOutcome }
  );

export interface Story {
  platform: Platform;
  externalId: string;
  steps: Step[];
}

const AGENT = 'jordan.pike@example.org';
const PX = 'margaret.cole@example.org';
const ORTHO_MANAGER = 'nina.kowalski@example.org';
const RISK = 'gregory.albright@example.org';
const BILLING = 'olivia.chen@example.org';

export const STORIES: Story[] = [
  {
    platform: 'google',
    externalId: 'gbp-rev-000087',
    steps: [
      { minutesAfter: 95, by: AGENT, do: 'reply', kind: 'public', text: "We're sorry to hear this, and we understand how much planning goes into time away from work and family. We'd like to understand what happened and help where we can. Please call our patient experience team at (913) 555-0190 or email px.ortho@example.org." },
      { minutesAfter: 300, by: ORTHO_MANAGER, do: 'note', text: 'Reached the patient by phone. Scheduling found a date next week; I have asked the surgery scheduler why same-day cancellations go out without a call from the team.' },
      { minutesAfter: 310, by: ORTHO_MANAGER, do: 'status', status: 'in_recovery' },
      { minutesAfter: 2900, by: ORTHO_MANAGER, do: 'status', status: 'resolved', outcome: 'resolved_with_patient' },
      { minutesAfter: 3200, by: AGENT, do: 'revise', rating: 4, text: 'Cancelled my surgery the morning of, after I\'d arranged 2 weeks off work and my daughter flew in to help. Reason: "the schedule changed."\n\nUpdate: the practice manager called me that same afternoon, apologized, and got me a new date the following week. Still frustrating, but they made it right.' },
    ],
  },
  {
    platform: 'facebook',
    externalId: 'fb-cmt-000018',
    steps: [
      { minutesAfter: 40, by: AGENT, do: 'reply', kind: 'public', text: "We're so sorry to read this. Everyone deserves to be treated with respect and to be heard, and we would like to learn more. Please send us a private message so we can connect you with our patient experience team." },
      { minutesAfter: 160, by: AGENT, do: 'message', externalId: 'fb-msg-h00018', text: "Thank you for answering. I'd like to talk to someone about what happened to my daughter in the ER. My cell is 417-555-0142, after 3 is best." },
      { minutesAfter: 200, by: PX, do: 'status', status: 'in_recovery' },
      { minutesAfter: 240, by: PX, do: 'note', text: 'Called the mother. The ER medical director will meet with her and her daughter next week; I have shared her account with him ahead of the meeting.' },
      { minutesAfter: 4400, by: PX, do: 'status', status: 'resolved', outcome: 'resolved_with_patient' },
    ],
  },
  {
    platform: 'x',
    externalId: 'x-1846599015071994430',
    steps: [
      { minutesAfter: 25, by: AGENT, do: 'reply', kind: 'public', text: "That's not the care we want for anyone, and we're sorry. Please DM us so our patient experience team can follow up with you." },
      { minutesAfter: 70, by: AGENT, do: 'message', externalId: 'x-dm-h1846599', text: 'Thanks. She is on the 5th floor at Blue Valley, please have someone call me at 816-555-0187. I just want her checked on more often.' },
      { minutesAfter: 110, by: PX, do: 'status', status: 'in_recovery' },
      { minutesAfter: 130, by: PX, do: 'note', text: "Called the grandson; the charge nurse on 5 is rounding hourly on his grandmother and the unit manager will call him tomorrow." },
      { minutesAfter: 1500, by: PX, do: 'status', status: 'resolved', outcome: 'resolved_with_patient' },
    ],
  },
  {
    platform: 'yelp',
    externalId: 'yelp-rev-000003',
    steps: [
      { minutesAfter: 310, by: AGENT, do: 'reply', kind: 'public', text: "Thank you for taking the time to tell us about this. A clean, well-stocked waiting room is the least anyone should expect, and we've shared your feedback with our environmental services leaders. If you're willing to share more, please email px.northside@example.org." },
      { minutesAfter: 1440, by: PX, do: 'note', text: 'Environmental services added hourly waiting-room rounds at Northside, soap and towels checked on each round.' },
      { minutesAfter: 1450, by: PX, do: 'status', status: 'resolved', outcome: 'no_response' },
    ],
  },
  {
    platform: 'email',
    externalId: 'em-000002',
    steps: [
      { minutesAfter: 180, by: PX, do: 'reply', kind: 'email', text: "Dear Mr. Fenske,\n\nThank you for writing to us, and I am very sorry for what you and your wife went through on 6 North. What you describe about her seizure medication is serious, and I have opened a review with our patient safety team today.\n\nI would like to meet with you in person, with the nurse manager of 6 North, at a time that suits you. You can reach me directly by replying to this email or at (316) 555-0110.\n\nMargaret Cole\nDirector, Patient Experience, Cedar Plains Health" },
      { minutesAfter: 200, by: PX, do: 'status', status: 'in_recovery' },
      { minutesAfter: 260, by: RISK, do: 'note', text: 'Risk review opened. Pharmacy verification delay for the missed dose goes to the patient safety committee on Thursday.' },
    ],
  },
  {
    platform: 'google',
    externalId: 'gbp-rev-000018',
    steps: [
      { minutesAfter: 80, by: AGENT, do: 'reply', kind: 'public', text: "We're sorry for the frustration. To protect your privacy we can't look at billing details in a public post, but we'd like to help. Please reach out to px.ortho@example.org or (913) 555-0190 and we'll connect you with the right person." },
      { minutesAfter: 1500, by: BILLING, do: 'note', text: 'Patient financial services is pulling the recordings of the three authorization calls before we contact the patient.' },
      { minutesAfter: 1510, by: BILLING, do: 'status', status: 'in_recovery' },
    ],
  },
  {
    platform: 'google',
    externalId: 'gbp-rev-000005',
    steps: [
      { minutesAfter: 55, by: AGENT, do: 'reply', kind: 'public', text: 'Thank you for reaching out. We take concerns like this seriously and would like to speak with you directly. Please contact our patient experience team at (316) 555-0110.' },
      { minutesAfter: 75, by: RISK, do: 'approve', comment: 'Holding reply only. Risk has called the family.' },
      { minutesAfter: 95, by: RISK, do: 'note', text: 'Spoke with the husband. Patient safety review opened on discharge teaching for new insulin starts on weekends.' },
      { minutesAfter: 100, by: RISK, do: 'status', status: 'in_recovery' },
      { minutesAfter: 10_000, by: RISK, do: 'status', status: 'resolved', outcome: 'referred_to_grievance' },
    ],
  },
];
