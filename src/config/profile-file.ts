// Reads an organization file ({ organization, sites }) in YAML or JSON, as `redress triage --org` and
// `redress check-reply --org` take it. Unknown fields are ignored; missing optional lists default to empty.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { OrganizationProfile, Site } from '../domain/organization.js';

export class ProfileError extends Error {}

function strings(value: unknown, path: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new ProfileError(`${path}: must be a list of strings`);
  return value as string[];
}

function optionalString(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ProfileError(`${path}: must be a string`);
  return value;
}

export function parseProfile(raw: unknown): OrganizationProfile {
  if (typeof raw !== 'object' || raw === null) throw new ProfileError('the file must hold an object with "organization" and "sites"');
  const { organization, sites } = raw as { organization?: Record<string, unknown>; sites?: unknown };
  if (typeof organization !== 'object' || organization === null) throw new ProfileError('organization: required object');
  if (typeof organization.name !== 'string' || organization.name.trim() === '') throw new ProfileError('organization.name: required string');
  if (sites !== undefined && !Array.isArray(sites)) throw new ProfileError('sites: must be a list');
  return {
    organization: {
      name: organization.name,
      aliases: strings(organization.aliases, 'organization.aliases'),
      handles: strings(organization.handles, 'organization.handles'),
      ambiguousNames: strings(organization.ambiguousNames, 'organization.ambiguousNames'),
      publicPhones: strings(organization.publicPhones, 'organization.publicPhones'),
      publicEmails: strings(organization.publicEmails, 'organization.publicEmails'),
    },
    sites: ((sites ?? []) as Record<string, unknown>[]).map((site, i): Site => {
      const path = `sites[${i}]`;
      if (typeof site !== 'object' || site === null) throw new ProfileError(`${path}: must be an object`);
      if (typeof site.id !== 'string' || site.id === '') throw new ProfileError(`${path}.id: required string`);
      if (typeof site.name !== 'string' || site.name === '') throw new ProfileError(`${path}.name: required string`);
      const kind = optionalString(site.kind, `${path}.kind`);
      if (kind !== undefined && !['hospital', 'clinic', 'other'].includes(kind)) throw new ProfileError(`${path}.kind: must be hospital, clinic or other`);
      return {
        id: site.id,
        name: site.name,
        aliases: strings(site.aliases, `${path}.aliases`),
        city: optionalString(site.city, `${path}.city`),
        state: optionalString(site.state, `${path}.state`),
        kind: kind as Site['kind'],
        timeZone: optionalString(site.timeZone, `${path}.timeZone`),
        publicEmail: optionalString(site.publicEmail, `${path}.publicEmail`),
        publicPhone: optionalString(site.publicPhone, `${path}.publicPhone`),
      };
    }),
  };
}

export function loadProfileFile(path: string): OrganizationProfile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ProfileError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new ProfileError(`${path} is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}`);
  }
  return parseProfile(raw);
}
