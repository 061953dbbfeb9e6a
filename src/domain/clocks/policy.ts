// What a service-recovery clock promises: how long, counted how, what meets it, and who hears when it slips.
import { Type, type Static } from '@sinclair/typebox';
import { literalUnion as literals } from '../calendar/literals.js';
import { TeamFunctionSchema } from '../routing/team.js';

export const CLOCK_TRIGGERS = ['case_opened', 'grievance_marked', 'case_reopened'] as const;
export type ClockTrigger = (typeof CLOCK_TRIGGERS)[number];

// `first_contact`: whichever reaches the person first, a public reply or a private message or call. A crisis is
// answered as soon as someone is in touch, and the crisis guidance itself asks to take it private.
export const CLOCK_MET_BY = ['public_reply', 'private_outreach', 'first_contact', 'grievance_response', 'resolved'] as const;
export type ClockMetBy = (typeof CLOCK_MET_BY)[number];
/**
 * What happened to the case that can meet a clock: a public reply, a private message or call that reached the
 * patient, or the written grievance response sent (the notice CMS asks for, which closes a grievance's clock).
 */
export type ContactMade = 'public_reply' | 'private_outreach' | 'grievance_response';

/** The contacts that put a person in touch with the patient, and so meet a `first_contact` clock. */
const FIRST_CONTACTS: readonly ContactMade[] = ['public_reply', 'private_outreach'];

/**
 * The policies a contact meets: a public reply meets the acknowledgement, not the outreach clock; either meets first
 * contact. The written grievance response meets only the grievance's own clock: a letter that also reaches the
 * patient privately says so by making `private_outreach` as well (`outreachMeets` in domain/cases/outreach.ts).
 */
export function policiesMetBy<P extends { metBy: ClockMetBy }>(policies: readonly P[], contact: ContactMade): P[] {
  return policies.filter((p) => metByContact(p.metBy, contact));
}

/** Whether a clock met by `metBy` is met by this contact (the rule `policiesMetBy` applies, for one clock). */
export function metByContact(metBy: ClockMetBy, contact: ContactMade): boolean {
  return metBy === contact || (metBy === 'first_contact' && FIRST_CONTACTS.includes(contact));
}

/** Case events that take back a promise an earlier event started: un-marking a grievance withdraws its written response. */
export type ClockWithdrawal = 'grievance_unmarked';
const WITHDRAWS: Record<ClockWithdrawal, ClockTrigger> = { grievance_unmarked: 'grievance_marked' };

/** The policies whose clocks a withdrawal stops: those the event it undoes started (a case that is no grievance owes no grievance letter). */
export function policiesWithdrawnBy<P extends { startOn: ClockTrigger }>(policies: readonly P[], event: ClockWithdrawal): P[] {
  return policies.filter((p) => p.startOn === WITHDRAWS[event]);
}

export const DurationSchema = Type.Object(
  {
    minutes: Type.Optional(Type.Number({ minimum: 0 })),
    hours: Type.Optional(Type.Number({ minimum: 0 })),
    days: Type.Optional(Type.Number({ minimum: 0 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type Duration = Static<typeof DurationSchema>;

export const EscalationTargetSchema = Type.Union([
  Type.Literal('assignee'),
  Type.Literal('team_oncall'),
  Type.Literal('team_manager'),
  Type.Object({ user: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
]);
export type EscalationTarget = Static<typeof EscalationTargetSchema>;

export const EscalationStepSchema = Type.Object(
  {
    /** Elapsed (not business) time past due: escalation is for when the office is closed too. */
    after: Type.Object({ minutes: Type.Number({ minimum: 0 }) }, { additionalProperties: false }),
    notify: EscalationTargetSchema,
    /** What the person is asked to do, e.g. send the interim grievance letter. */
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type EscalationStep = Static<typeof EscalationStepSchema>;

export const ClockPolicySchema = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    name: Type.String({ minLength: 1 }),
    duration: DurationSchema,
    basis: Type.Union([Type.Literal('calendar'), Type.Literal('business')]),
    /** Share of the duration after which the clock warns; 0.75 when absent. */
    warnAt: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
    /** The function whose team owns (and counts in the calendar of) this clock; the case's team when absent. */
    owner: Type.Optional(TeamFunctionSchema),
    startOn: literals(CLOCK_TRIGGERS),
    metBy: literals(CLOCK_MET_BY),
    escalation: Type.Array(EscalationStepSchema),
  },
  { additionalProperties: false },
);
export type ClockPolicy = Static<typeof ClockPolicySchema>;

export const DEFAULT_WARN_SHARE = 0.75;

/** Escalation steps in the order they fire. */
export function escalationSteps(policy: ClockPolicy): EscalationStep[] {
  return [...policy.escalation].sort((a, b) => a.after.minutes - b.after.minutes);
}

export type WhenCaseEnds = 'met' | 'stopped' | 'continues';

/**
 * What resolving or closing a case does to a clock of a policy: its resolution clock is met, the grievance response
 * goes on (CMS requires the written answer whatever becomes of the case), and any other promise stops unmet.
 */
export function whenCaseEnds(metBy: ClockMetBy): WhenCaseEnds {
  if (metBy === 'resolved') return 'met';
  return metBy === 'grievance_response' ? 'continues' : 'stopped';
}

/** The policies a case event starts. */
export function policiesStartedBy(policies: ClockPolicy[], trigger: ClockTrigger): ClockPolicy[] {
  return policies.filter((p) => p.startOn === trigger);
}
