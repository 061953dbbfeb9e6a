// Clock policies most patient-relations offices start from; organizations override them in their config.
import type { ClockPolicy } from './policy.js';

export const DEFAULT_POLICIES: ClockPolicy[] = [
  {
    id: 'public_ack',
    name: 'Public acknowledgement',
    // A public complaint left unanswered for an evening reads as indifference; the social team answers 7 days a week.
    duration: { hours: 1 },
    basis: 'calendar',
    warnAt: 0.75,
    owner: 'social_media',
    startOn: 'case_opened',
    metBy: 'public_reply',
    escalation: [
      { after: { minutes: 0 }, notify: 'team_oncall' },
      { after: { minutes: 60 }, notify: 'team_manager' },
    ],
  },
  {
    id: 'private_outreach',
    name: 'Private outreach to the patient',
    duration: { hours: 24 },
    basis: 'business',
    warnAt: 0.75,
    startOn: 'case_opened',
    metBy: 'private_outreach',
    escalation: [
      { after: { minutes: 0 }, notify: 'assignee' },
      { after: { minutes: 24 * 60 }, notify: 'team_manager' },
    ],
  },
  {
    id: 'grievance_response',
    name: 'Grievance written response',
    // CMS 42 CFR 482.13(a)(2) asks for time frames and a written notice naming a contact person, the steps taken,
    // the results and the completion date; 7 days is common practice, with an interim letter when it runs longer.
    // Marking the case starts it, but it counts from when the complaint was received (grievance-receipt.ts).
    duration: { days: 7 },
    basis: 'calendar',
    warnAt: 5 / 7,
    startOn: 'grievance_marked',
    metBy: 'grievance_response',
    escalation: [
      {
        after: { minutes: 0 },
        notify: 'assignee',
        note: 'Send the interim letter: the grievance is still being reviewed, with the expected completion date and a contact person.',
      },
      { after: { minutes: 3 * 24 * 60 }, notify: 'team_manager' },
    ],
  },
  {
    id: 'resolution',
    name: 'Case resolution',
    duration: { days: 30 },
    basis: 'calendar',
    warnAt: 0.8,
    startOn: 'case_opened',
    metBy: 'resolved',
    escalation: [
      { after: { minutes: 0 }, notify: 'assignee' },
      { after: { minutes: 7 * 24 * 60 }, notify: 'team_manager' },
    ],
  },
  {
    id: 'urgent_outreach',
    name: 'Same-day outreach on an urgent private message',
    // A private message from someone in the building now, or one reporting harm, a privacy breach or a legal threat,
    // gets no public reply to start a short clock: it needs a person within hours, around the clock.
    duration: { hours: 2 },
    basis: 'calendar',
    warnAt: 0.5,
    owner: 'patient_experience',
    startOn: 'case_opened',
    metBy: 'private_outreach',
    escalation: [
      { after: { minutes: 0 }, notify: 'team_oncall' },
      { after: { minutes: 60 }, notify: 'team_manager' },
    ],
  },
  {
    id: 'reopened_followup',
    name: 'Follow-up on a reopened case',
    // A reopened case means the first recovery did not hold: the patient hears from a person again within one
    // working day (eight business hours of the owning team's calendar), and the manager learns when that slips.
    duration: { hours: 8 },
    basis: 'business',
    warnAt: 0.75,
    startOn: 'case_reopened',
    metBy: 'private_outreach',
    escalation: [
      { after: { minutes: 0 }, notify: 'assignee' },
      { after: { minutes: 24 * 60 }, notify: 'team_manager' },
    ],
  },
  {
    id: 'crisis_response',
    name: 'Crisis response',
    // Someone who writes that they do not want to be here cannot wait an hour: crisis resources go out in minutes,
    // in public or, as the crisis steps advise, by a message or call that reaches them.
    duration: { minutes: 15 },
    basis: 'calendar',
    warnAt: 0.5,
    owner: 'social_media',
    startOn: 'case_opened',
    metBy: 'first_contact',
    escalation: [
      { after: { minutes: 0 }, notify: 'team_oncall' },
      { after: { minutes: 15 }, notify: 'team_manager' },
    ],
  },
];
