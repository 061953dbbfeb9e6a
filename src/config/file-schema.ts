// The organization config file (redress.config.yaml or .json): who we are, our sites, teams and people.
// Routing rules, clock policies and calendars are checked by their own domain modules after this shape check.
import { Type, type Static } from '@sinclair/typebox';
import { TEAM_FUNCTIONS } from '../domain/routing/team.js';

const Str = (opts = {}) => Type.String({ minLength: 1, ...opts });
const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9_-]*$', description: 'lowercase letters, digits, - and _' });
const Email = Type.String({ pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', description: 'an email address' });
const List = <T extends Parameters<typeof Type.Array>[0]>(item: T) => Type.Optional(Type.Array(item, { default: [] }));
// A misspelt key ("timezone", "publicphone") must stop start-up by name: ignored, it would leave a site's clocks in UTC
// or its approved phone off the list the reply guard allows, with nothing said.
const Strict = { additionalProperties: false } as const;

export const ROLES = ['admin', 'social_agent', 'patient_experience', 'service_line_leader', 'risk_manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];


export const OrganizationSchema = Type.Object({
  name: Str(),
  aliases: List(Str()),
  handles: List(Str()),
  ambiguousNames: List(Str()),
  publicPhones: List(Str()),
  publicEmails: List(Email),
  /** The zone for times not tied to one site: a case without a site, the days of an organization-wide period. */
  timeZone: Type.Optional(Str({ description: "IANA time zone for cases without a site and organization-wide periods (e.g. America/Chicago); UTC when absent" })),
}, Strict);

export const SiteSchema = Type.Object({
  id: Id,
  name: Str(),
  aliases: List(Str()),
  city: Type.Optional(Str()),
  state: Type.Optional(Str()),
  kind: Type.Union([Type.Literal('hospital'), Type.Literal('clinic'), Type.Literal('other')], { default: 'hospital' }),
  timeZone: Str({ default: 'UTC' }),
  publicEmail: Type.Optional(Email),
  publicPhone: Type.Optional(Str()),
}, Strict);

export const TeamSchema = Type.Object({
  id: Id,
  name: Str(),
  function: Type.Union(TEAM_FUNCTIONS.map((f) => Type.Literal(f))),
  sites: List(Id),
  members: List(Email),
  calendar: Type.Optional(Id),
  manager: Type.Optional(Email),
  rotation: Type.Optional(Type.Unknown()),
}, Strict);

export const UserSchema = Type.Object({
  email: Email,
  name: Str(),
  role: Type.Union(ROLES.map((r) => Type.Literal(r))),
  sites: List(Id),
}, Strict);

export const ChannelAccountSchema = Type.Object({
  id: Id,
  platform: Type.Union(['facebook', 'google', 'yelp', 'x', 'reddit', 'email', 'forwarded', 'test'].map((p) => Type.Literal(p))),
  name: Str(),
  externalId: Type.Optional(Str()),
  siteId: Type.Optional(Id),
}, Strict);

export const ConfigFileSchema = Type.Object({
  organization: OrganizationSchema,
  sites: List(SiteSchema),
  serviceLines: List(Type.Object({ id: Id, name: Str() }, Strict)),
  calendars: List(Type.Unknown()),
  teams: List(TeamSchema),
  users: List(UserSchema),
  channelAccounts: List(ChannelAccountSchema),
  routing: Type.Optional(Type.Object({ rules: Type.Array(Type.Unknown()) }, Strict)),
  clockPolicies: List(Type.Unknown()),
}, Strict);

export type ConfigFile = Static<typeof ConfigFileSchema>;
export type SiteConfig = Static<typeof SiteSchema>;
export type TeamConfig = Static<typeof TeamSchema>;
