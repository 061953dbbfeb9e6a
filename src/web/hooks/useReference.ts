// Sites, teams and users change rarely: loaded once per screen and shared by its pickers.
import { useApp } from './context.js';
import { useResource } from './useResource.js';
import type { SiteRef, TeamRef, User } from '../api/types.js';
import { sitesFor } from '../lib/sites.js';

export interface Reference {
  sites: SiteRef[];
  teams: TeamRef[];
  users: User[];
}

export function useReference() {
  const { api, user } = useApp();
  return useResource<Reference>(async () => {
    // Each list degrades to empty on its own, so one missing endpoint doesn't blank the screen.
    const [sites, teams, users] = await Promise.all([
      api.sites().catch(() => []),
      api.teams().catch(() => []),
      api.users().catch(() => []),
    ]);
    return { sites: sitesFor(user, sites), teams, users };
  }, []);
}
