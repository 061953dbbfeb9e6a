// Ownership and state of a case: assignee, status (only allowed moves), priority, grievance, clocks, merge.
import { useEffect, useState } from 'react';
import type { CaseDetail, CasePatch, Priority, User } from '../../api/types.js';
import { ApiError, errorMessage } from '../../api/client.js';
import { useApp } from '../../hooks/context.js';
import { AssignDialog } from '../../components/AssignDialog.js';
import { ClockBadge } from '../../components/Badges.js';
import { EndCaseDialog } from './EndCaseDialog.js';
import { OutreachDialog } from './OutreachDialog.js';
import { ReopenDialog } from './ReopenDialog.js';
import { AuthorPanel } from './AuthorPanel.js';
import { MergeDialog } from './MergeDialog.js';
import { outcomeLabel } from '../../../domain/cases/outcomes.js';
import { canEdit, canMerge } from '../../lib/permissions.js';
import { priorityLabel, statusLabel } from '../../lib/labels.js';
import { formatDateTime } from '../../lib/time.js';

const PRIORITIES: Priority[] = ['low', 'normal', 'high', 'urgent'];

/** The sidebar's id, for the phone header's link to it. */
export const CASE_DETAILS_ID = 'case-details';

export function CaseSidebar({ detail, users, now, onChanged }: { detail: CaseDetail; users: User[]; now: number; onChanged: () => void }) {
  const { api, user, toast } = useApp();
  const [assignOpen, setAssignOpen] = useState(false);
  const [mergeOpen, setMergeOpen] = useState(false);
  const [outreachOpen, setOutreachOpen] = useState(false);
  const [reopening, setReopening] = useState(false);
  const ended = detail.status === 'resolved' || detail.status === 'closed';
  const [busy, setBusy] = useState(false);
  const [ending, setEnding] = useState<'resolved' | 'closed' | null>(null);
  const editable = canEdit(user.role);
  // The grievance flag being saved and the case version it was sent against. The box shows the new value and stays
  // disabled until the case has reloaded past that version (or the save failed): between the answer and the reload
  // the case on screen is the old one, and the second click of a double click would otherwise un-flag the case.
  const [grievanceSaving, setGrievanceSaving] = useState<{ to: boolean; from: number } | null>(null);
  useEffect(() => {
    if (grievanceSaving && detail.version !== grievanceSaving.from) setGrievanceSaving(null);
  }, [detail.version, grievanceSaving]);

  /** Sends a change; whether it was saved. */
  async function patch(change: Omit<CasePatch, 'version'>, done: string): Promise<boolean> {
    setBusy(true);
    try {
      await api.patchCase(detail.id, { version: detail.version, ...change });
      toast(done);
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) toast('Someone else changed this case a moment ago. It has been reloaded; please try again.', 'error');
      else toast(errorMessage(e), 'error');
      return false;
    } finally {
      setBusy(false);
      onChanged();
    }
  }

  return (
    <aside className="case-sidebar" id={CASE_DETAILS_ID} aria-label="Case details" tabIndex={-1}>
      <section className="panel">
        <h2>Clocks</h2>
        {detail.clocks.length === 0 ? (
          <p className="muted">No clocks running.</p>
        ) : (
          <ul className="clock-list">
            {detail.clocks.map((c) => (
              <li key={c.name}>
                <ClockBadge name={c.name} dueAt={c.dueAt} state={c.state} now={now} metLate={c.metLate} />
                <div className="muted small">Due {formatDateTime(c.dueAt)}</div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel">
        <h2>Handling</h2>
        <dl className="facts">
          <dt>Assignee</dt>
          <dd>
            {detail.assigneeName ?? <span className="muted">Unassigned</span>}
            {editable && (
              <button type="button" className="link-button" onClick={() => setAssignOpen(true)}>
                {detail.assigneeId ? 'Reassign' : 'Assign'}
              </button>
            )}
          </dd>
          <dt>Team</dt>
          <dd>{detail.teamName ?? <span className="muted">None</span>}</dd>
          {detail.outcome && (
            <>
              <dt>Outcome</dt>
              <dd>{outcomeLabel(detail.outcome)}</dd>
            </>
          )}
          <dt>Site</dt>
          <dd>{detail.siteName ?? <span className="muted">Unknown</span>}</dd>
        </dl>
        {editable && (
          <div className="stack">
            <label htmlFor="case-status">Status</label>
            <select
              id="case-status"
              value=""
              disabled={busy || detail.allowedTransitions.length === 0}
              onChange={(e) => {
                const to = e.target.value;
                if (!to) return;
                // Ending a case deserves a second look at what is still open on it.
                if (to === 'resolved' || to === 'closed') setEnding(to);
                else if (ended) setReopening(true);
                else patch({ status: to }, `Status changed to ${statusLabel(to)}.`);
              }}
            >
              <option value="">{statusLabel(detail.status)} (current)</option>
              {detail.allowedTransitions.map((t) => (
                <option key={t} value={t}>
                  {ended && t === 'in_recovery' ? `Reopen (back to ${statusLabel('in_recovery')})` : `Move to ${statusLabel(t)}`}
                </option>
              ))}
            </select>
            <label htmlFor="case-priority">Priority</label>
            <select id="case-priority" value={detail.priority} disabled={busy} onChange={(e) => patch({ priority: e.target.value as Priority }, `Priority set to ${priorityLabel(e.target.value)}.`)}>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {priorityLabel(p)}
                </option>
              ))}
            </select>
            <label className="check">
              <input
                type="checkbox"
                checked={grievanceSaving?.to ?? detail.grievance}
                disabled={busy || grievanceSaving !== null}
                aria-busy={grievanceSaving !== null}
                onChange={async (e) => {
                  const to = e.target.checked;
                  setGrievanceSaving({ to, from: detail.version });
                  if (!(await patch({ grievance: to }, to ? 'Flagged as a grievance.' : 'Grievance flag removed.'))) setGrievanceSaving(null);
                }}
              />{' '}
              Formal grievance
            </label>
            <button type="button" onClick={() => setOutreachOpen(true)}>
              Log a call, email, visit or letter…
            </button>
            {canMerge(user.role) && (
              <button type="button" onClick={() => setMergeOpen(true)}>
                Merge into another case…
              </button>
            )}
          </div>
        )}
      </section>

      {detail.author && <AuthorPanel author={detail.author} />}

      <AssignDialog
        open={assignOpen}
        count={1}
        sites={[detail.siteId]}
        currentAssigneeId={detail.assigneeId}
        onClose={() => setAssignOpen(false)}
        onAssign={async (assigneeId) => {
          await patch({ assigneeId }, assigneeId ? `Assigned to ${users.find((u) => u.id === assigneeId)?.name ?? (assigneeId === user.id ? user.name : 'them')}.` : 'Case unassigned.');
        }}
      />
      <MergeDialog open={mergeOpen} detail={detail} onClose={() => setMergeOpen(false)} />
      {reopening && (
        <ReopenDialog
          number={Number(detail.number)}
          onCancel={() => setReopening(false)}
          onConfirm={async (why) => {
            setReopening(false);
            if (why) {
              try {
                await api.addNote(detail.id, `Reopened: ${why}`);
              } catch (e) {
                toast(errorMessage(e), 'error');
                return;
              }
            }
            await patch({ status: 'in_recovery' }, 'Case reopened.');
          }}
        />
      )}
      {outreachOpen && (
        <OutreachDialog
          caseId={detail.id}
          grievance={detail.grievance}
          onCancel={() => setOutreachOpen(false)}
          onLogged={() => {
            setOutreachOpen(false);
            onChanged();
          }}
        />
      )}
      {ending && (
        <EndCaseDialog
          detail={detail}
          to={ending}
          onCancel={() => setEnding(null)}
          onConfirm={async ({ outcome, note }) => {
            setEnding(null);
            if (note) {
              try {
                await api.addNote(detail.id, `${statusLabel(ending)}: ${note}`);
              } catch (e) {
                toast(errorMessage(e), 'error');
                return;
              }
            }
            await patch({ status: ending, ...(outcome ? { outcome } : {}) }, `Status changed to ${statusLabel(ending)}.`);
          }}
        />
      )}
    </aside>
  );
}

