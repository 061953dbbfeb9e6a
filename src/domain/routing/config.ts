// The routing section of the organization's config, checked as a whole so cross-references are caught at load.
import { Type, type Static } from '@sinclair/typebox';
import { CalendarSchema } from '../calendar/calendar.js';
import { isValidTimeZone, parseClockTime } from '../calendar/zoned.js';
import { DEFAULT_POLICIES } from '../clocks/defaults.js';
import { ClockPolicySchema } from '../clocks/policy.js';
import { DEFAULT_RULES } from './defaults.js';
import { RoutingRulesSchema } from './schema.js';
import { TeamSchema } from './team.js';
import { schemaErrors, validateRuleReferences, validateRules, type ConfigError } from './validate.js';

export const RoutingConfigSchema = Type.Object(
  {
    calendars: Type.Optional(Type.Array(CalendarSchema)),
    teams: Type.Array(TeamSchema),
    /** DEFAULT_POLICIES when absent. */
    clockPolicies: Type.Optional(Type.Array(ClockPolicySchema)),
    /** DEFAULT_RULES when absent. */
    rules: Type.Optional(RoutingRulesSchema),
  },
  { additionalProperties: false },
);
export type RoutingConfigInput = Static<typeof RoutingConfigSchema>;
export type RoutingConfig = Required<RoutingConfigInput>;

/** Checks the routing section and fills in the default policies and rules; every problem is named by its path. */
export function validateRoutingConfig(raw: unknown): { config: RoutingConfig } | { errors: ConfigError[] } {
  const shapeErrors = schemaErrors(RoutingConfigSchema, raw);
  // Cross-checks assume the shapes hold, so they wait until the file is well-formed.
  if (shapeErrors.length) return { errors: shapeErrors };
  const input = raw as RoutingConfigInput;
  const config: RoutingConfig = { calendars: input.calendars ?? [], teams: input.teams, clockPolicies: input.clockPolicies ?? DEFAULT_POLICIES, rules: input.rules ?? DEFAULT_RULES };
  const errors: ConfigError[] = [];
  const unique = (items: { id: string }[], at: string) =>
    items.forEach((item, i) => {
      if (items.findIndex((other) => other.id === item.id) < i) errors.push({ path: `/${at}/${i}/id`, message: `duplicate id ${item.id}` });
    });
  unique(config.calendars, 'calendars');
  unique(config.teams, 'teams');
  unique(config.clockPolicies, 'clockPolicies');

  config.calendars.forEach((cal, i) => {
    if (!isValidTimeZone(cal.timeZone)) errors.push({ path: `/calendars/${i}/timeZone`, message: `unknown time zone ${cal.timeZone}` });
    for (const [day, ranges] of Object.entries(cal.hours)) {
      ranges?.forEach((range, k) => {
        const [from, to] = range.split('-').map(parseClockTime);
        if (to <= from) errors.push({ path: `/calendars/${i}/hours/${day}/${k}`, message: `${range} ends before it starts; split night hours over two days` });
      });
    }
  });
  config.teams.forEach((team, i) => {
    if (team.calendar && !config.calendars.some((c) => c.id === team.calendar)) errors.push({ path: `/teams/${i}/calendar`, message: `unknown calendar ${team.calendar}` });
    const rotation = team.rotation;
    if (!rotation) return;
    if (!isValidTimeZone(rotation.timeZone)) errors.push({ path: `/teams/${i}/rotation/timeZone`, message: `unknown time zone ${rotation.timeZone}` });
    if (rotation.members.length === 0) errors.push({ path: `/teams/${i}/rotation/members`, message: 'a rotation needs at least one member' });
    rotation.overrides.forEach((o, k) => {
      if (!(Date.parse(o.from) < Date.parse(o.to))) errors.push({ path: `/teams/${i}/rotation/overrides/${k}`, message: 'an override must end after it starts' });
    });
  });
  const rules = validateRules(config.rules);
  if ('errors' in rules) errors.push(...rules.errors.map((e) => ({ path: `/rules${e.path}`, message: e.message })));
  const references = validateRuleReferences(config.rules, { teams: config.teams, clockPolicies: config.clockPolicies.map((p) => p.id) });
  errors.push(...references.map((e) => ({ path: `/rules${e.path}`, message: e.message })));
  return errors.length ? { errors } : { config };
}
