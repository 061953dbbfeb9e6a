// Where pages cannot go, said where an admin decides who gets paged: a routing rule reading "page whoever is on call"
// looks the same whether that reaches a phone or only the bell in Redress.
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { REACH_PATH, type Reach } from '../../lib/destinations.js';

export function ReachNotice({ notices, link = false }: { notices: readonly string[]; link?: boolean }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice reach-notice" role="status">
      {notices.map((n) => (
        <p key={n}>{n}</p>
      ))}
      {link && (
        <p>
          <a href="#/settings/destinations">Notification destinations</a>
        </p>
      )}
    </div>
  );
}

/** The notice as another settings screen shows it, read on its own; silent if it cannot be read. */
export function PagesReachNotice() {
  const { api } = useApp();
  const reach = useResource(() => api.getSetting<Reach>(REACH_PATH).catch(() => null), []);
  return <ReachNotice notices={reach.data?.notices ?? []} link />;
}
