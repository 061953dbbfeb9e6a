// Reaching the patient outside Redress: a call, an email from our own mail client, a visit at the bedside, a letter,
// or the written response a formal grievance is owed. Recovery is judged by whether someone reached them, so a call
// counts as private outreach the way a sent message does.
import type { ContactMade } from '../clocks/policy.js';

export const OUTREACH_METHODS = ['phone', 'email', 'in_person', 'letter', 'grievance_letter', 'other'] as const;
export type OutreachMethod = (typeof OUTREACH_METHODS)[number];

export const OUTREACH_LABELS: Record<OutreachMethod, string> = {
  phone: 'Phone call',
  email: 'Email from our own mail client',
  in_person: 'In person',
  letter: 'Letter',
  grievance_letter: 'Written grievance response sent',
  other: 'Other',
};

/** The methods that make sense on a case: the written grievance response only on a case marked a formal grievance. */
export function outreachMethodsFor(c: { grievance: boolean }): OutreachMethod[] {
  return OUTREACH_METHODS.filter((m) => m !== 'grievance_letter' || c.grievance);
}

/** Why this method cannot be logged on this case, or null when it can. */
export function outreachRefusal(method: OutreachMethod, c: { grievance: boolean }): string | null {
  return outreachMethodsFor(c).includes(method) ? null : 'a written grievance response is logged on a case marked a formal grievance';
}

/**
 * What a logged outreach meets. One that did not reach the patient (a voicemail, a missed visit, a bounced email or
 * returned letter) meets nothing: it is kept as an attempt. One that did meets the private outreach clocks, whatever
 * the method. The written grievance response also meets the grievance's own clock; it counts as private outreach too,
 * because it is a personal, private letter to the patient from a named contact person about their complaint (CMS
 * asks for exactly that), so the patient has been reached in writing as surely as by any other letter, and an
 * outreach clock still running beside it would count a patient who has our answer as one we never contacted.
 */
export function outreachMeets(method: OutreachMethod, reached: boolean): ContactMade[] {
  if (!reached) return [];
  return method === 'grievance_letter' ? ['grievance_response', 'private_outreach'] : ['private_outreach'];
}

/** How the timeline tells a logged outreach: what was tried and whether it reached the patient. */
export function outreachText(method: string, reached: boolean): string {
  const verb: Record<string, [string, string]> = {
    phone: ['Called the patient', 'Tried to call the patient (not reached)'],
    email: ['Emailed the patient', 'Tried to email the patient (not delivered)'],
    in_person: ['Met the patient in person', 'Went to see the patient (not reached)'],
    letter: ['Sent the patient a letter', 'Tried to write to the patient (not delivered)'],
    grievance_letter: ['Sent the written grievance response', 'Tried to send the written grievance response (not delivered)'],
  };
  const [done, tried] = verb[method] ?? ['Reached the patient', 'Tried to reach the patient (not reached)'];
  return reached ? done : tried;
}
