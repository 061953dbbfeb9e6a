import { useState } from 'react';
import type { OnCall, TeamRef } from '../../api/types.js';
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import { formatDateTime } from '../../lib/time.js';
import { CoverShiftDialog } from './CoverShiftDialog.js';

/** Who is on call now, and who covers a shift; rotations themselves are edited with each team. */
export function OnCallSettings() {
  const { api } = useApp();
  const oncall = useResource(() => api.oncall(), []);
  const teams = useResource(() => api.teams(), []);
  const users = useResource(() => api.users(), []);
  const [covering, setCovering] = useState<OnCall | null>(null);
  if (oncall.state === 'loading') return <Loading label="Loading on-call…" />;
  if (oncall.state === 'error') return <ErrorState error={oncall.error} what="on-call rotations" onRetry={oncall.reload} />;
  const membersOf = (teamId: string) => {
    const team = (teams.data ?? []).find((t: TeamRef) => t.id === teamId);
    const ids = new Set(((team?.members ?? []) as { id: string | null }[]).map((m) => m.id));
    return (users.data ?? []).filter((u) => ids.has(u.id) && !u.disabledAt);
  };
  return (
    <section aria-labelledby="oncall-title">
      <h2 id="oncall-title">On call now</h2>
      <p className="muted small">For a sick call or a swap, choose Cover. The rotations themselves are part of each team: edit them under Teams.</p>
      {oncall.data.length === 0 ? (
        <Empty title="No rotations set up." />
      ) : (
        <div className="table-scroll settings-table">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">On call</th>
                <th scope="col">Until</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {oncall.data.map((o) => (
                <tr key={o.teamId}>
                  <th scope="row">{o.teamName}</th>
                  <td>
                    {o.user ? `${o.user.name} (${o.user.email})` : <span className="muted">Nobody</span>}
                    {o.override && <span className="badge">Covering</span>}
                  </td>
                  <td>{o.until ? formatDateTime(o.until) : '—'}</td>
                  <td>
                    <button type="button" className="small" onClick={() => setCovering(o)} aria-label={`Cover on-call for ${o.teamName}`}>
                      Cover…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {covering && (
        <CoverShiftDialog
          duty={covering}
          members={membersOf(covering.teamId)}
          onClose={() => setCovering(null)}
          onCovered={() => {
            setCovering(null);
            oncall.reload();
          }}
        />
      )}
    </section>
  );
}
