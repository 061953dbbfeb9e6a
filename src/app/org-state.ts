// The organization as automation needs it (profile, teams, calendars, policies, rules), read from the database
// and cached briefly: a worker processing thousands of posts a second must not reread it for every post.
import type { Queryable } from '../store/db.js';
import type { OrganizationProfile, Site } from '../domain/organization.js';
import type { Calendar } from '../domain/calendar/index.js';
import type { ClockPolicy } from '../domain/clocks/index.js';
import { DEFAULT_POLICIES } from '../domain/clocks/index.js';
import { DEFAULT_RULES, type RoutingRule, type Team } from '../domain/routing/index.js';
import { completeLibrary, TEMPLATES, type ReplyTemplate } from '../domain/templates/index.js';

export interface OrgState {
  profile: OrganizationProfile;
  sites: Map<string, Site>;
  teams: Team[];
  calendars: Calendar[];
  clockPolicies: ClockPolicy[];
  rules: RoutingRule[];
  /** The organization's own reply templates once an admin saved them; the built-in library until then. */
  templates: readonly ReplyTemplate[];
  userIdByEmail: Map<string, string>;
  userById: Map<string, { id: string; email: string; name: string; role: string; sites: string[] }>;
}

export interface RoutingSettings {
  calendars?: Calendar[];
  clockPolicies?: ClockPolicy[];
  rules?: RoutingRule[];
}

export async function loadOrgState(db: Queryable): Promise<OrgState> {
  const [settings, sites, teams, members, users] = await Promise.all([
    db.query<{ key: string; value: unknown }>(`SELECT key, value FROM settings WHERE key IN ('organization', 'routing', 'templates')`),
    db.query<{ id: string; name: string; aliases: string[]; city: string | null; state: string | null; kind: Site['kind']; time_zone: string; public_email: string | null; public_phone: string | null }>(
      'SELECT * FROM sites ORDER BY id',
    ),
    db.query<{ id: string; name: string; function: Team['function']; sites: string[]; calendar_id: string | null; manager_email: string | null; rotation: Team['rotation'] | null }>(
      'SELECT t.*, u.email AS manager_email FROM teams t LEFT JOIN users u ON u.id = t.manager_id ORDER BY t.id',
    ),
    db.query<{ team_id: string; email: string }>('SELECT m.team_id, u.email FROM team_members m JOIN users u ON u.id = m.user_id'),
    db.query<{ id: string; email: string; name: string; role: string; sites: string[] }>('SELECT id, email, name, role, sites FROM users WHERE disabled_at IS NULL'),
  ]);
  const byKey = new Map(settings.rows.map((r) => [r.key, r.value]));
  const organization = (byKey.get('organization') as OrganizationProfile['organization'] | undefined) ?? {
    name: 'Redress',
    aliases: [],
    handles: [],
    ambiguousNames: [],
  };
  const routing = (byKey.get('routing') as RoutingSettings | undefined) ?? {};
  const siteList: Site[] = sites.rows.map((s) => ({
    id: s.id,
    name: s.name,
    aliases: s.aliases,
    city: s.city ?? undefined,
    state: s.state ?? undefined,
    kind: s.kind,
    timeZone: s.time_zone,
    publicEmail: s.public_email ?? undefined,
    publicPhone: s.public_phone ?? undefined,
  }));
  return {
    profile: { organization, sites: siteList },
    sites: new Map(siteList.map((s) => [s.id, s])),
    teams: teams.rows.map((t) => ({
      id: t.id,
      name: t.name,
      function: t.function,
      sites: t.sites,
      members: members.rows.filter((m) => m.team_id === t.id).map((m) => m.email),
      ...(t.calendar_id ? { calendar: t.calendar_id } : {}),
      ...(t.manager_email ? { manager: t.manager_email } : {}),
      ...(t.rotation ? { rotation: t.rotation } : {}),
    })),
    calendars: routing.calendars ?? [],
    clockPolicies: routing.clockPolicies ?? DEFAULT_POLICIES,
    rules: routing.rules ?? DEFAULT_RULES,
    templates: completeLibrary((byKey.get('templates') as ReplyTemplate[] | undefined) ?? TEMPLATES),
    userIdByEmail: new Map(users.rows.map((u) => [u.email.toLowerCase(), u.id])),
    userById: new Map(users.rows.map((u) => [u.id, u])),
  };
}

/** A loader that rereads at most every `ttlMs`; `invalidate` after an admin change applies it at once in this process. */
export function cachedOrgState(db: Queryable, ttlMs = 2000): { get(): Promise<OrgState>; invalidate(): void } {
  let cached: { at: number; value: Promise<OrgState> } | null = null;
  return {
    get() {
      if (!cached || Date.now() - cached.at > ttlMs) cached = { at: Date.now(), value: loadOrgState(db) };
      const value = cached.value;
      value.catch(() => (cached = null));
      return value;
    },
    invalidate() {
      cached = null;
    },
  };
}
