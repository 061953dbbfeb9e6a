// Loads the organization config file and reports every problem by path, so one run tells an admin all that is wrong.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from './env.js';
import { ConfigFileSchema, type ConfigFile } from './file-schema.js';
import { check, pointerToPath, type Problem } from './problems.js';
import { validateRoutingConfig } from '../domain/routing/index.js';

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/** Checks that go beyond shape: references between sections, unique ids, real time zones. */
export function crossCheck(config: ConfigFile): Problem[] {
  const problems: Problem[] = [];
  const sites = config.sites ?? [];
  const siteIds = new Set(sites.map((s) => s.id));
  const emails = new Set((config.users ?? []).map((u) => u.email.toLowerCase()));
  for (const id of duplicates(sites.map((s) => s.id))) problems.push({ path: 'sites', message: `site id "${id}" is used twice` });
  for (const id of duplicates((config.teams ?? []).map((t) => t.id))) problems.push({ path: 'teams', message: `team id "${id}" is used twice` });
  for (const email of duplicates((config.users ?? []).map((u) => u.email.toLowerCase())))
    problems.push({ path: 'users', message: `user "${email}" is listed twice` });
  if (config.organization.timeZone !== undefined && !isValidTimeZone(config.organization.timeZone))
    problems.push({ path: 'organization.timeZone', message: `unknown time zone "${config.organization.timeZone}"` });
  sites.forEach((s, i) => {
    if (!isValidTimeZone(s.timeZone)) problems.push({ path: `sites[${i}].timeZone`, message: `unknown time zone "${s.timeZone}"` });
  });
  const unknownSite = (id: string, path: string) => {
    if (!siteIds.has(id)) problems.push({ path, message: `no site has id "${id}"` });
  };
  (config.teams ?? []).forEach((t, i) => {
    t.sites?.forEach((s, j) => unknownSite(s, `teams[${i}].sites[${j}]`));
    t.members?.forEach((m, j) => {
      if (emails.size && !emails.has(m.toLowerCase())) problems.push({ path: `teams[${i}].members[${j}]`, message: `no user has email "${m}"` });
    });
  });
  (config.users ?? []).forEach((u, i) => u.sites?.forEach((s, j) => unknownSite(s, `users[${i}].sites[${j}]`)));
  (config.channelAccounts ?? []).forEach((c, i) => c.siteId && unknownSite(c.siteId, `channelAccounts[${i}].siteId`));
  return problems;
}

export function parseConfigFile(raw: unknown): ConfigFile {
  const result = check(ConfigFileSchema, raw);
  if (!result.ok) throw new ConfigError(result.problems);
  const config = result.value;
  const problems = crossCheck(config);
  const routing = validateRoutingConfig({
    calendars: config.calendars,
    teams: config.teams,
    ...(config.clockPolicies?.length ? { clockPolicies: config.clockPolicies } : {}),
    ...(config.routing?.rules ? { rules: config.routing.rules } : {}),
  });
  // The built-in rules name every team function; an organization without, say, a recognition team is not wrong,
  // so their references are only checked when the file brings its own rules (routing reports gaps per case).
  const ownRules = Boolean(config.routing?.rules);
  if ('errors' in routing)
    for (const e of routing.errors) if (ownRules || !e.path.startsWith('/rules')) problems.push({ path: pointerToPath(e.path), message: e.message });
  if (problems.length) throw new ConfigError(problems);
  return config;
}

export function loadConfigFile(path: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError([{ path, message: `cannot read the file (${(err as NodeJS.ErrnoException).code})` }]);
  }
  let raw: unknown;
  try {
    raw = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new ConfigError([{ path, message: `not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}` }]);
  }
  return parseConfigFile(raw);
}
