// Ownership and state of a case: assignee, status (only allowed moves), priority, grievance, clocks, merge.
import { useEffect, useRef, useState, type RefObject } from 'react';
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
import { PRIORITY_HELP, priorityLabel, STATUS_HELP, statusLabel } from '../../lib/labels.js';
import { statusChangeEffects } from '../../lib/statusChange.js';
import { formatDateTime } from '../../lib/time.js';
import { ApplySelect, useHeldChoice } from './ApplySelect.js';
import { GrievanceControl } from './GrievanceControl.js';

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
  // A status or priority chosen and not yet applied: the selects change on arrow keys, so nothing is saved until Apply.
  const status = useHeldChoice(detail.version);
  const priority = useHeldChoice(detail.version);
  const statusRef = useRef<HTMLSelectElement>(null);
  const priorityRef = useRef<HTMLSelectElement>(null);
  // A choice the case no longer allows (someone else moved it meanwhile) is dropped rather than applied blind.
  useEffect(() => {
    if (status.choice && !status.saved && !detail.allowedTransitions.includes(status.choice)) status.set(null);
  }, [detail.allowedTransitions, status]);
  // Focus goes back to a select once its Apply button (or the dialog it opened) has gone and the select is enabled
  // again: focusing it while a save keeps it disabled would leave the caret on the page body.
  const focusNext = useRef<RefObject<HTMLSelectElement | null> | null>(null);
  const refocus = (select: RefObject<HTMLSelectElement | null>) => {
    focusNext.current = select;
  };
  useEffect(() => {
    if (busy || !focusNext.current) return;
    focusNext.current.current?.focus();
    focusNext.current = null;
  });

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

  /** Saves the chosen status; the select shows it until the case reloads, or the old one again if refused. */
  async function applyStatus(change: Omit<CasePatch, 'version'>, done: string) {
    if (await patch(change, done)) status.markSaved();
    else status.set(null);
    refocus(statusRef);
  }

  /** The status choice given up (a dialog cancelled or a note refused): the select shows the case as it is. */
  function dropStatus() {
    status.set(null);
    refocus(statusRef);
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
            {/* Whoever may change a case sees it, so they may own it: taking it is one click, not a search for one's own name. */}
            {editable && detail.assigneeId !== user.id && (
              <button type="button" className="link-button" disabled={busy} onClick={() => patch({ assigneeId: user.id }, `Case #${detail.number} is yours now.`)}>
                Take it
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
            <ApplySelect
              id="case-status"
              selectRef={statusRef}
              label="Status"
              what="status"
              current=""
              chosen={status.choice}
              saved={status.saved}
              onChoose={status.set}
              asks={status.choice === 'resolved' || status.choice === 'closed' || ended}
              disabled={busy || detail.allowedTransitions.length === 0}
              effects={status.choice ? statusChangeEffects(detail.status, status.choice, detail.clocks) : []}
              help={STATUS_HELP}
              onApply={async () => {
                const to = status.choice;
                if (!to) return;
                // Ending a case deserves a second look at what is still open on it.
                if (to === 'resolved' || to === 'closed') setEnding(to);
                else if (ended) setReopening(true);
                else applyStatus({ status: to }, `Status changed to ${statusLabel(to)}.`);
              }}
            >
              <option value="">{statusLabel(detail.status)} (current)</option>
              {detail.allowedTransitions.map((t) => (
                <option key={t} value={t}>
                  {ended && t !== 'closed' ? `Reopen (back to ${statusLabel('in_recovery')})` : `Move to ${statusLabel(t)}`}
                </option>
              ))}
            </ApplySelect>
            <ApplySelect
              id="case-priority"
              selectRef={priorityRef}
              label="Priority"
              what="priority"
              current={detail.priority}
              chosen={priority.choice}
              saved={priority.saved}
              onChoose={priority.set}
              disabled={busy}
              help={PRIORITY_HELP}
              onApply={async () => {
                const to = priority.choice as Priority | null;
                if (!to) return;
                if (await patch({ priority: to }, `Priority set to ${priorityLabel(to)}.`)) priority.markSaved();
                else priority.set(null);
                refocus(priorityRef);
              }}
            >
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {priorityLabel(p)}
                </option>
              ))}
            </ApplySelect>
            <GrievanceControl detail={detail} disabled={busy} patch={patch} />
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
        teams={[detail.teamId]}
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
          onCancel={() => {
            setReopening(false);
            dropStatus();
          }}
          onConfirm={async (why) => {
            setReopening(false);
            if (why) {
              try {
                await api.addNote(detail.id, `Reopened: ${why}`);
              } catch (e) {
                toast(errorMessage(e), 'error');
                dropStatus();
                return;
              }
            }
            await applyStatus({ status: 'in_recovery' }, 'Case reopened.');
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
          onCancel={() => {
            setEnding(null);
            dropStatus();
          }}
          onConfirm={async ({ outcome, note }) => {
            setEnding(null);
            if (note) {
              try {
                await api.addNote(detail.id, `${statusLabel(ending)}: ${note}`);
              } catch (e) {
                toast(errorMessage(e), 'error');
                dropStatus();
                return;
              }
            }
            await applyStatus({ status: ending, ...(outcome ? { outcome } : {}) }, `Status changed to ${statusLabel(ending)}.`);
          }}
        />
      )}
    </aside>
  );
}

