import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import { formatDateTime } from '../../lib/time.js';

/** Who is on call now; rotations themselves are edited with each team. */
export function OnCallSettings() {
  const { api } = useApp();
  const oncall = useResource(() => api.oncall(), []);
  if (oncall.state === 'loading') return <Loading label="Loading on-call…" />;
  if (oncall.state === 'error') return <ErrorState error={oncall.error} what="on-call rotations" onRetry={oncall.reload} />;
  return (
    <section aria-labelledby="oncall-title">
      <h2 id="oncall-title">On call now</h2>
      <p className="muted small">Rotations are part of each team: edit them under Teams (the `rotation` field).</p>
      {oncall.data.length === 0 ? (
        <Empty title="No rotations set up." />
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col">On call</th>
              <th scope="col">Until</th>
            </tr>
          </thead>
          <tbody>
            {oncall.data.map((o) => (
              <tr key={o.teamId}>
                <th scope="row">{o.teamName}</th>
                <td>{o.user ? `${o.user.name} (${o.user.email})` : <span className="muted">Nobody</span>}</td>
                <td>{o.until ? formatDateTime(o.until) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
