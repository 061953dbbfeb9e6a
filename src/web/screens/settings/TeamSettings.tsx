// Teams as a practice manager or admin thinks of them: pick a team, then its name, the sites it serves, its members
// chosen from the users by name, and the order of its on-call rotation, saved with one button. The chosen team's
// YAML stays folded below the form for changes the form does not make (covers, a pasted team).
import { useCallback, useMemo, useState } from 'react';
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import { blankTeam, bodyOf, draftOf, teamFunctionLabel, type ApiTeam, type TeamBody } from '../../lib/teams.js';
import { SourceEditor } from './SourceEditor.js';
import { TeamForm, TEAMS_PATH } from './TeamForm.js';
import { makePeople } from './TeamPeople.js';

const teamDetail = (t: ApiTeam) => {
  const members = t.members?.length ?? 0;
  const rotation = t.rotation ? `${t.rotation.members.length} on call in turn` : 'no rotation';
  return `${teamFunctionLabel(t.function)} · ${members} member${members === 1 ? '' : 's'} · ${rotation}`;
};

export function TeamSettings() {
  const { api, toast } = useApp();
  const teams = useResource(() => api.getSetting<ApiTeam[]>(TEAMS_PATH), []);
  const users = useResource(() => api.users(), []);
  const sites = useResource(() => api.sites().catch(() => []), []);
  const calendars = useResource(() => api.getSetting<{ id: string; name?: string }[]>('/settings/calendars').catch(() => []), []);
  const [selected, setSelected] = useState<string | 'new' | null>(null);
  // Set once the admin picks from the list, so the form's heading takes the caret (not on first load).
  const [picked, setPicked] = useState(false);
  const [dirty, setDirty] = useState(false);
  const people = useMemo(() => makePeople(users.data ?? []), [users.data]);
  const onDirty = useCallback((d: boolean) => setDirty(d), []);

  if ((teams.state === 'loading' && !teams.data) || (users.state === 'loading' && !users.data)) return <Loading label="Loading teams…" />;
  if (teams.state === 'error') return <ErrorState error={teams.error} what="teams" onRetry={teams.reload} />;
  if (users.state === 'error') return <ErrorState error={users.error} what="users" onRetry={users.reload} />;
  const list = Array.isArray(teams.data) ? teams.data : [];
  const current = selected === 'new' ? null : (list.find((t) => t.id === selected) ?? list[0] ?? null);
  const adding = selected === 'new' || list.length === 0;

  const choose = (id: string | 'new') => {
    if (dirty && !window.confirm('Leave this team without saving your changes?')) return;
    setDirty(false);
    setPicked(true);
    setSelected(id);
  };

  return (
    <section aria-labelledby="teams-title">
      <h2 id="teams-title">Teams and members</h2>
      <p className="muted small">Who works which cases, and who is on call for each team. Choose a team to change its members or rotation.</p>
      <div className="master-detail">
        <ul className="item-list" aria-label="Teams">
          {list.map((t) => (
            <li key={t.id}>
              <button type="button" aria-current={!adding && current?.id === t.id ? 'true' : undefined} onClick={() => choose(t.id)}>
                {t.name}
                <span className="item-detail muted small">{teamDetail(t)}</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="add" aria-current={adding ? 'true' : undefined} onClick={() => choose('new')}>
              + Add a team
            </button>
          </li>
        </ul>
        <div className="item-editor team-editor">
          {list.length === 0 && selected !== 'new' && <Empty title="No teams yet." />}
          <TeamForm
            key={adding ? 'new' : current!.id}
            team={adding ? null : current}
            people={people}
            sites={sites.data ?? []}
            calendars={Array.isArray(calendars.data) ? calendars.data : []}
            focusOnOpen={picked}
            onDirty={onDirty}
            onReload={teams.reload}
            onSaved={(saved: TeamBody) => {
              setDirty(false);
              // A team just added is shown at once, not the first team until the list comes back.
              if (!list.some((t) => t.id === saved.id)) teams.set([...list, saved]);
              setSelected(saved.id);
              teams.reload();
            }}
          />
          <details className="source-details">
            <summary>{adding ? 'Add a team as YAML' : `Edit ${current!.name} as YAML (every field, covers included)`}</summary>
            <SourceEditor
              key={adding ? 'new' : JSON.stringify(current)}
              id="team-source"
              label={adding ? 'New team (YAML or JSON)' : `${current!.name} (YAML or JSON)`}
              initial={bodyOf(adding ? blankTeam() : draftOf(current!))}
              saveLabel={adding ? 'Add team' : 'Save'}
              onSave={async (value) => {
                const body = (value ?? {}) as { id?: unknown; name?: unknown };
                if (adding) await api.createItem(TEAMS_PATH, value);
                else await api.updateItem(TEAMS_PATH, current!.id, value);
                toast(`${String(body.name ?? 'Team')} saved.`);
                setDirty(false);
                if (adding && typeof body.id === 'string') setSelected(body.id);
                teams.reload();
              }}
            />
          </details>
        </div>
      </div>
    </section>
  );
}
