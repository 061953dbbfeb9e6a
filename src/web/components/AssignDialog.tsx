// Choosing who owns one or many cases; on-call people are marked so the usual pick is quick. The server lists only
// the people these cases may go to (their role works cases and their sites include every case's site), so a pick
// here is never refused for scope.
import { useEffect, useState } from 'react';
import { Dialog, DialogActions } from './Dialog.js';
import { useApp } from '../hooks/context.js';
import { errorMessage } from '../api/client.js';
import type { OnCall, User } from '../api/types.js';

export function AssignDialog({
  open,
  count,
  sites,
  currentAssigneeId,
  onClose,
  onAssign,
}: {
  open: boolean;
  count: number;
  /** The site of each case being assigned (null: a case without a site). */
  sites: (string | null)[];
  currentAssigneeId?: string | null;
  onClose: () => void;
  onAssign: (assigneeId: string | null) => Promise<void>;
}) {
  const { api, user } = useApp();
  const [choice, setChoice] = useState<string>('');
  const [people, setPeople] = useState<User[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [oncall, setOncall] = useState<OnCall[]>([]);
  const [busy, setBusy] = useState(false);
  const siteKey = [...new Set(sites)].map((s) => s ?? 'none').sort().join(',');

  useEffect(() => {
    if (!open) return;
    let current = true;
    setPeople(null);
    setLoadError(null);
    const asked = siteKey ? api.assignableUsers(siteKey.split(',')) : Promise.resolve([]);
    asked.then(
      (list) => {
        if (!current) return;
        setPeople(list);
        setChoice(defaultChoice(list, currentAssigneeId, user.id));
      },
      (e) => current && setLoadError(errorMessage(e)),
    );
    api.oncall().then(
      (list) => current && setOncall(list),
      () => current && setOncall([]),
    );
    return () => {
      current = false;
    };
  }, [open, api, siteKey, currentAssigneeId, user.id]);

  const onCallIds = new Set(oncall.map((o) => o.user?.id).filter(Boolean));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await onAssign(choice === '' ? null : choice);
      onClose();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} title={count === 1 ? 'Assign case' : `Assign ${count} cases`} onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <label htmlFor="assign-to">Assign to</label>
        <select id="assign-to" value={choice} onChange={(e) => setChoice(e.target.value)} aria-busy={people === null && !loadError} aria-describedby="assign-to-help" autoFocus>
          <option value="">Unassigned</option>
          {(people ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.id === user.id ? `${u.name} (me)` : u.name}
              {onCallIds.has(u.id) ? ' · on call' : ''}
            </option>
          ))}
        </select>
        <p id="assign-to-help" className="muted small" role={loadError ? 'alert' : undefined}>
          {loadError ? `Could not load who can take ${count === 1 ? 'it' : 'them'}: ${loadError}` : people === null ? 'Loading people…' : `Only people who can see ${count === 1 ? "this case's site" : "these cases' sites"} are listed.`}
        </p>
        {oncall.length > 0 && (
          <div className="small">
            <h3 id="oncall-title" className="small">
              On call now
            </h3>
            <ul className="oncall-list" aria-labelledby="oncall-title">
              {oncall.map((o) => (
                <li key={o.teamId}>
                  <span className="muted">{o.teamName}:</span> {o.user?.name ?? <span className="muted">nobody</span>}
                </li>
              ))}
            </ul>
          </div>
        )}
        <DialogActions submit="Assign" disabled={busy || people === null} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/** The current assignee if they may still take it, else me if I may, else nobody. */
function defaultChoice(people: User[], currentAssigneeId: string | null | undefined, me: string): string {
  const listed = (id: string | null | undefined) => Boolean(id) && people.some((u) => u.id === id);
  if (listed(currentAssigneeId)) return currentAssigneeId!;
  return listed(me) ? me : '';
}
