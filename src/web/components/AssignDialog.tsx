// Choosing who owns one or many cases. The server lists only the people these cases may go to (their role works cases
// and their sites include every case's site), so a pick here is never refused for scope. Who is on call for the
// cases' own team comes first, since that is the usual pick; when that person is not among those listed, the reason
// is said beside their name rather than leaving them silently missing. Other teams' on-call people stay folded away.
import { useEffect, useState } from 'react';
import { Dialog, DialogActions } from './Dialog.js';
import { useApp } from '../hooks/context.js';
import { errorMessage } from '../api/client.js';
import type { OnCall, SiteRef, User } from '../api/types.js';
import { onCallForTeams, whyNotAssignable } from '../lib/assign.js';

export function AssignDialog({
  open,
  count,
  sites,
  teams = [],
  currentAssigneeId,
  onClose,
  onAssign,
}: {
  open: boolean;
  count: number;
  /** The site of each case being assigned (null: a case without a site). */
  sites: (string | null)[];
  /** The team of each case being assigned (null: none), whose on-call person is offered first. */
  teams?: (string | null)[];
  currentAssigneeId?: string | null;
  onClose: () => void;
  onAssign: (assigneeId: string | null) => Promise<void>;
}) {
  const { api, user } = useApp();
  const [choice, setChoice] = useState<string>('');
  const [people, setPeople] = useState<User[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [oncall, setOncall] = useState<OnCall[]>([]);
  // Everyone and every site, only to say why an on-call person is not listed ('failed': say it without the why).
  const [everyone, setEveryone] = useState<User[] | 'failed' | null>(null);
  // null until loaded: a reason said before the site names arrive would name a site by its id.
  const [siteRefs, setSiteRefs] = useState<SiteRef[] | null>(null);
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
    api.users().then(
      (list) => current && setEveryone(list),
      () => current && setEveryone('failed'),
    );
    api.sites().then(
      (list) => current && setSiteRefs(list),
      () => current && setSiteRefs([]),
    );
    return () => {
      current = false;
    };
  }, [open, api, siteKey, currentAssigneeId, user.id]);

  const { own, others } = onCallForTeams(oncall, teams);
  // "· on call" means on call for these cases' team; someone on call elsewhere is no likelier a pick than anyone.
  const onCallHere = new Set(own.map((o) => o.user?.id).filter(Boolean));
  const listed = new Set((people ?? []).map((u) => u.id));
  const siteName = (id: string) => siteRefs?.find((s) => s.id === id)?.name ?? id;
  const caseSites = siteKey ? siteKey.split(',').map((s) => (s === 'none' ? null : s)) : [];
  const teamWord = count === 1 ? "this case's team" : "these cases' team";
  const reasonFor = (id: string) =>
    (everyone === 'failed' ? null : whyNotAssignable(everyone?.find((u) => u.id === id), caseSites, siteName)) ?? `not offered for ${count === 1 ? 'this case' : 'these cases'}`;

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
              {onCallHere.has(u.id) ? ' · on call' : ''}
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
            {own.length > 0 ? (
              <ul className="oncall-list" aria-labelledby="oncall-title">
                {own.map((o) => {
                  const why = o.user && people && everyone && siteRefs && !listed.has(o.user.id) ? reasonFor(o.user.id) : null;
                  return (
                    <li key={o.teamId} className="oncall-own">
                      <span className="muted">
                        {o.teamName} ({teamWord}):
                      </span>{' '}
                      {o.user ? <strong>{o.user.name}</strong> : <span className="muted">nobody</span>}
                      {why && <span className="oncall-why"> — can't be assigned: {why}</span>}
                      {o.user && listed.has(o.user.id) && choice !== o.user.id && (
                        <>
                          {' '}
                          <button type="button" className="link-button" onClick={() => setChoice(o.user!.id)} aria-label={`Choose ${o.user.name}`}>
                            Choose
                          </button>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p className="muted">{count === 1 ? 'This case has no team yet.' : 'These cases have no team yet.'}</p>
            )}
            {others.length > 0 && (
              <details className="oncall-others">
                <summary>Other teams ({others.length})</summary>
                <ul className="oncall-list" aria-label="On call for other teams">
                  {others.map((o) => (
                    <li key={o.teamId}>
                      <span className="muted">{o.teamName}:</span> {o.user?.name ?? <span className="muted">nobody</span>}
                    </li>
                  ))}
                </ul>
              </details>
            )}
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
