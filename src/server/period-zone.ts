// The zone in which a report's days and an inbox's `day`/`from`/`to` filters are read. Both sides derive it the same
// way from the site filter, so a dashboard bar for "March 3" opens exactly the cases it counted.
import type { OrgState } from '../app/org-state.js';
import { periodTimeZone } from '../app/reply-evidence.js';

/** One site chosen: its zone; several, none or "no site": the organization's zone; else UTC. */
export function periodZoneFor(org: Pick<OrgState, 'sites' | 'profile'>, siteFilter: string | undefined): string {
  const one = siteFilter && !siteFilter.includes(',') && siteFilter !== 'none' ? org.sites.get(siteFilter)?.timeZone : null;
  return periodTimeZone(one, org.profile.organization.timeZone).timeZone;
}
