// Reaching the patient outside Redress: a call, a visit at the bedside, a letter. Recovery is judged by whether
// someone reached them, so a call counts as private outreach the way a sent message does.
export const OUTREACH_METHODS = ['phone', 'in_person', 'letter', 'other'] as const;
export type OutreachMethod = (typeof OUTREACH_METHODS)[number];

export const OUTREACH_LABELS: Record<OutreachMethod, string> = {
  phone: 'Phone call',
  in_person: 'In person',
  letter: 'Letter',
  other: 'Other',
};

/** How the timeline tells a logged outreach: what was tried and whether it reached the patient. */
export function outreachText(method: string, reached: boolean): string {
  const verb: Record<string, [string, string]> = {
    phone: ['Called the patient', 'Tried to call the patient (not reached)'],
    in_person: ['Met the patient in person', 'Went to see the patient (not reached)'],
    letter: ['Sent the patient a letter', 'Tried to write to the patient (not delivered)'],
  };
  const [done, tried] = verb[method] ?? ['Reached the patient', 'Tried to reach the patient (not reached)'];
  return reached ? done : tried;
}
