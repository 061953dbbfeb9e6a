// The shape of routing rules in the organization's config file.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { literalUnion as oneOf } from '../calendar/literals.js';
import { WEEKDAYS } from '../calendar/zoned.js';
import { PLATFORMS } from '../platform.js';
import { CATEGORIES, RISKS } from '../../triage/types.js';
import { TeamFunctionSchema } from './team.js';

const listOf = <T extends TSchema>(item: T) => Type.Array(item, { minItems: 1 });
const id = Type.String({ minLength: 1 });

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const TimeWindowSchema = Type.Object(
  {
    timeZone: Type.String({ minLength: 1 }),
    days: Type.Optional(listOf(oneOf(WEEKDAYS))),
    /** 'HH:MM-HH:MM', end exclusive; an end before the start wraps past midnight ('17:00-08:00' = nights). */
    hours: Type.Optional(Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$' })),
  },
  { additionalProperties: false },
);

/** Every condition given must hold; lists match when any of their values does. */
export const ConditionsSchema = Type.Object(
  {
    complaint: Type.Optional(Type.Boolean()),
    categories: Type.Optional(listOf(oneOf(CATEGORIES))),
    severityAtLeast: Type.Optional(Type.Integer({ minimum: 0, maximum: 3 })),
    risks: Type.Optional(listOf(oneOf(RISKS))),
    timing: Type.Optional(listOf(oneOf(['now', 'past', 'unknown'] as const))),
    siteKnown: Type.Optional(Type.Boolean()),
    sites: Type.Optional(listOf(id)),
    mentionsOrg: Type.Optional(Type.Boolean()),
    sentiment: Type.Optional(
      Type.Object({ above: Type.Optional(Type.Number()), below: Type.Optional(Type.Number()) }, { additionalProperties: false, minProperties: 1 }),
    ),
    platforms: Type.Optional(listOf(oneOf(PLATFORMS))),
    channelAccounts: Type.Optional(listOf(id)),
    visibility: Type.Optional(oneOf(['public', 'private'] as const)),
    siteKinds: Type.Optional(listOf(oneOf(['hospital', 'clinic', 'other'] as const))),
    serviceLines: Type.Optional(listOf(id)),
    hasOpenCase: Type.Optional(Type.Boolean()),
    /** At least this many earlier cases from the same author. */
    repeatComplainant: Type.Optional(Type.Integer({ minimum: 1 })),
    time: Type.Optional(TimeWindowSchema),
  },
  { additionalProperties: false },
);
export type Conditions = Static<typeof ConditionsSchema>;

/**
 * A team named by id, by function (the team of that function serving the case's site), 'site' (the site's own
 * team: patient representatives for hospitals, practice managers for clinics, central otherwise) or 'assigned'.
 */
export const TeamRefSchema = Type.Union([
  Type.Object({ team: id }, { additionalProperties: false }),
  Type.Object({ function: TeamFunctionSchema }, { additionalProperties: false }),
  Type.Literal('site'),
  Type.Literal('assigned'),
]);
export type TeamRef = Static<typeof TeamRefSchema>;

export const NotifySchema = Type.Object(
  {
    users: Type.Optional(listOf(id)),
    /** Whoever is on call in these teams right now. */
    oncall: Type.Optional(listOf(TeamRefSchema)),
    managers: Type.Optional(listOf(TeamRefSchema)),
    /** Every member of these teams. */
    teams: Type.Optional(listOf(TeamRefSchema)),
    /** Configured destinations (a channel, a mailbox) by id. */
    destinations: Type.Optional(listOf(id)),
    /** Page at once instead of a routine notice. */
    urgent: Type.Optional(Type.Boolean()),
    reason: Type.Optional(Type.String()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type Notify = Static<typeof NotifySchema>;

/** The roles that may approve replies at all (`reply.approve`); a rule can narrow approval to some of them. */
export const APPROVER_ROLES = ['admin', 'patient_experience', 'risk_manager'] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];

/**
 * Who may approve the case's public replies: anyone with one of these roles, or any member of these teams
 * ('assigned': the team that owns the case). Administrators always may, so a reply never waits on nobody.
 */
export const ApproversSchema = Type.Object(
  { roles: Type.Optional(listOf(oneOf(APPROVER_ROLES))), teams: Type.Optional(listOf(TeamRefSchema)) },
  { additionalProperties: false, minProperties: 1 },
);
export type Approvers = Static<typeof ApproversSchema>;

/** One or more things to do; an action object may combine several keys. */
export const ActionSchema = Type.Object(
  {
    assignTeam: Type.Optional(id),
    assignTeamByFunction: Type.Optional(TeamFunctionSchema),
    assignUser: Type.Optional(id),
    /** Whoever is on call, now, in the team of this function that serves the site: the person who was paged owns it. */
    assignOncall: Type.Optional(TeamFunctionSchema),
    setPriority: Type.Optional(oneOf(PRIORITIES)),
    startClocks: Type.Optional(listOf(id)),
    notify: Type.Optional(NotifySchema),
    addTags: Type.Optional(listOf(id)),
    markConfidential: Type.Optional(Type.Boolean()),
    /** `true`: anyone whose role approves replies may approve; or name who may (see ApproversSchema). */
    requireApproval: Type.Optional(Type.Union([Type.Boolean(), ApproversSchema])),
    openRiskReview: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type Action = Static<typeof ActionSchema>;

export const RoutingRuleSchema = Type.Object(
  {
    id,
    name: Type.String({ minLength: 1 }),
    enabled: Type.Optional(Type.Boolean()),
    when: ConditionsSchema,
    then: listOf(ActionSchema),
    /** Later rules are not evaluated once this one matches. */
    stop: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type RoutingRule = Static<typeof RoutingRuleSchema>;

export const RoutingRulesSchema = Type.Array(RoutingRuleSchema);
