// Turns the names in an organization profile into token phrases, compiled once per profile.
import type { OrganizationProfile } from '../domain/organization.js';
import { tokenize } from './text.js';

export function phrase(name: string): string {
  return tokenize(name.replace(/^@/, ''))
    .map((t) => t.norm)
    .join(' ');
}

/** Compiles something from a profile once; profiles are long-lived objects shared by many posts. */
export function perProfile<T>(build: (profile: OrganizationProfile) => T): (profile: OrganizationProfile) => T {
  const cache = new WeakMap<OrganizationProfile, T>();
  return (profile) => {
    let value = cache.get(profile);
    if (value === undefined) {
      value = build(profile);
      cache.set(profile, value);
    }
    return value;
  };
}

/** Every word of the organization's and its sites' names, to tell our names from other hospitals'. */
export const ownWords = perProfile(
  (profile: OrganizationProfile): Set<string> =>
    new Set(
      [profile.organization.name, ...profile.organization.aliases, ...profile.sites.flatMap((s) => [s.name, ...s.aliases])].flatMap((n) => phrase(n).split(' ')),
    ),
);
