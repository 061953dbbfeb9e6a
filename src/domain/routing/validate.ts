// Config checks that name every problem by its path, so a person can fix the file in one pass.
import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { isValidTimeZone } from '../calendar/zoned.js';
import { RoutingRulesSchema, type RoutingRule, type TeamRef } from './schema.js';
import type { Team } from './team.js';

export interface ConfigError {
  path: string;
  message: string;
}

/** Every schema violation in `value`, with alternatives spelled out instead of TypeBox's "Expected union value". */
export function schemaErrors(schema: TSchema, value: unknown): ConfigError[] {
  return [...Value.Errors(schema, value)].flatMap((e) => {
    if (!e.schema.anyOf) return [{ path: e.path, message: e.message }];
    // An object where the union allows one object shape (`requireApproval: { roles }`): naming the bad value inside
    // it helps more than listing the alternatives.
    const objects = (e.schema.anyOf as TSchema[]).filter((o) => o.type === 'object');
    if (objects.length === 1 && typeof e.value === 'object' && e.value !== null && !Array.isArray(e.value))
      return schemaErrors(objects[0], e.value).map((inner) => ({ path: `${e.path}${inner.path}`, message: inner.message }));
    return [{ path: e.path, message: `must be ${alternatives(e.schema.anyOf)}` }];
  });
}

function alternatives(options: TSchema[]): string {
  const names = options.map((o) =>
    o.const !== undefined ? JSON.stringify(o.const) : o.type === 'object' ? `{ ${objectKeys(o).join(', ')} }` : String(o.type),
  );
  return `one of ${names.join(', ')}`;
}

/** An object's keys as a person would write them: `team`, or `roles?` for an optional one. */
function objectKeys(o: TSchema): string[] {
  const required: string[] = o.required ?? [];
  return Object.keys(o.properties ?? {}).map((key) => (required.includes(key) ? key : `${key}?`));
}

export function validateRules(raw: unknown): { rules: RoutingRule[] } | { errors: ConfigError[] } {
  const errors = schemaErrors(RoutingRulesSchema, raw);
  if (Array.isArray(raw)) errors.push(...semanticErrors(raw));
  return errors.length ? { errors } : { rules: raw as Static<typeof RoutingRulesSchema> };
}

// What a schema cannot say: ids are unique, time zones exist.
function semanticErrors(raw: unknown[]): ConfigError[] {
  const errors: ConfigError[] = [];
  const seen = new Map<string, number>();
  raw.forEach((rule, i) => {
    if (typeof rule !== 'object' || rule === null) return;
    const { id, when } = rule as { id?: unknown; when?: { time?: { timeZone?: unknown } } };
    if (typeof id === 'string') {
      if (seen.has(id)) errors.push({ path: `/${i}/id`, message: `duplicate rule id ${id} (also rule ${seen.get(id)})` });
      else seen.set(id, i);
    }
    const zone = when?.time?.timeZone;
    if (typeof zone === 'string' && zone && !isValidTimeZone(zone)) errors.push({ path: `/${i}/when/time/timeZone`, message: `unknown time zone ${zone}` });
  });
  return errors;
}

/**
 * References the rules make to the rest of the config: team ids must exist, every function named must have
 * a team, clock ids must be known policies (checked when the policy ids are given).
 */
export function validateRuleReferences(rules: RoutingRule[], config: { teams: Team[]; clockPolicies?: string[] }): ConfigError[] {
  const errors: ConfigError[] = [];
  const checkRef = (ref: TeamRef, path: string) => {
    if (typeof ref !== 'object') return;
    if ('team' in ref && !config.teams.some((t) => t.id === ref.team)) errors.push({ path, message: `unknown team ${ref.team}` });
    if ('function' in ref && !config.teams.some((t) => t.function === ref.function)) errors.push({ path, message: `no team has function ${ref.function}` });
  };
  rules.forEach((rule, i) =>
    rule.then.forEach((action, j) => {
      const at = `/${i}/then/${j}`;
      if (action.assignTeam) checkRef({ team: action.assignTeam }, `${at}/assignTeam`);
      if (action.assignTeamByFunction) checkRef({ function: action.assignTeamByFunction }, `${at}/assignTeamByFunction`);
      if (action.assignOncall) checkRef({ function: action.assignOncall }, `${at}/assignOncall`);
      if (typeof action.requireApproval === 'object') action.requireApproval.teams?.forEach((ref, k) => checkRef(ref, `${at}/requireApproval/teams/${k}`));
      for (const key of ['oncall', 'managers', 'teams'] as const) {
        action.notify?.[key]?.forEach((ref, k) => checkRef(ref, `${at}/notify/${key}/${k}`));
      }
      action.startClocks?.forEach((clock, k) => {
        if (config.clockPolicies && !config.clockPolicies.includes(clock)) errors.push({ path: `${at}/startClocks/${k}`, message: `unknown clock policy ${clock}` });
      });
    }),
  );
  return errors;
}
