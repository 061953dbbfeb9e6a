// The sites a person picks from: only those in their scope (the server refuses the rest anyway), by name.
import type { SiteRef, User } from '../api/types.js';

export function sitesFor(user: Pick<User, 'role' | 'sites'>, sites: readonly SiteRef[]): SiteRef[] {
  const mine = user.role === 'admin' || user.sites.length === 0 ? sites : sites.filter((s) => user.sites.includes(s.id));
  return [...mine].sort((a, b) => a.name.localeCompare(b.name));
}

/** The choice of no particular site: everything for a reader of all sites, only their own for anyone else. */
export function allSitesLabel(user: Pick<User, 'role' | 'sites'>): string {
  return user.role === 'admin' || user.sites.length === 0 ? 'All sites' : user.sites.length === 1 ? 'My site' : 'All my sites';
}

/** The inbox's and the dashboard's word for cases whose site is not known (`site=none` in the API). */
export const NO_SITE = 'none';
