// One team as a form: its name, what it does, the sites it serves, its members picked from the users, and the order
// of its on-call rotation. Save sends the whole team (PUT /api/v1/teams/:id, or POST for a new one); what the server
// refuses is shown at the field, member or place in the rotation it names, and the caret goes to the first one.
import { idFromName } from '../../lib/ids.js';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SiteRef } from '../../api/types.js';
import { ApiError } from '../../api/client.js';
import { useApp } from '../../hooks/context.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { useFormFocus } from '../../hooks/useFormFocus.js';
import { FieldErrors } from '../../components/States.js';
import { SaveRefusal } from '../../components/SaveRefusal.js';
import { SiteScopePicker } from '../../components/SiteScopePicker.js';
import {
  addMember,
  blankTeam,
  bodyOf,
  changedSince,
  draftOf,
  isDirty,
  removeMember,
  sameEmail,
  teamFunctionLabel,
  TEAM_FUNCTIONS,
  teamProblems,
  withCurrentCovers,
  type ApiTeam,
  type TeamBody,
  type TeamDraft,
} from '../../lib/teams.js';
import { TeamRotation } from './TeamRotation.js';
import { personId, Who, type People, type Problems } from './TeamPeople.js';

export const TEAMS_PATH = '/teams';
export const TEAM_SITES_REQUIRED = 'Choose the sites this team serves, or All sites';
const NO_PROBLEMS: Problems = { byField: new Map(), other: [] };

interface Props {
  /** Null for a new team. */
  team: ApiTeam | null;
  people: People;
  sites: SiteRef[];
  calendars: { id: string; name?: string }[];
  /** Move the caret to the form's heading when it opens (the admin chose a team from the list). */
  focusOnOpen: boolean;
  onSaved: (team: TeamBody) => void;
  onDirty: (dirty: boolean) => void;
  onReload: () => void;
}

export function TeamForm({ team, people, sites, calendars, focusOnOpen, onSaved, onDirty, onReload }: Props) {
  const { api, toast } = useApp();
  const submit = useFormSubmit();
  const [draft, setDraft] = useState<TeamDraft>(() => (team ? draftOf(team) : blankTeam()));
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [stale, setStale] = useState(false);
  // The last save's refusal stays on screen until the team is read again or saved.
  const [failed, setFailed] = useState(false);
  // What this form last saved: the list may not have come back with it yet when the admin saves again.
  const lastSaved = useRef<TeamBody | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const [idEdited, setIdEdited] = useState(false);
  // What a person did to the lists (added, removed, moved), said where they are and to screen readers.
  const [said, setSaid] = useState('');
  // A team read again from the server (this form's save, or the YAML editor's) replaces the draft without
  // remounting, so the button that was pressed keeps the focus.
  const [base, setBase] = useState(team);
  if (base !== team) {
    setBase(team);
    setDraft(team ? draftOf(team) : blankTeam());
    setProblems(NO_PROBLEMS);
    setStale(false);
    setFailed(false);
  }
  const saved = team ? draftOf(team) : blankTeam();
  const dirty = team ? isDirty(saved, draft) : isDirty(saved, draft) || draft.id !== '';
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  const { heading, form, focusFirstInvalidAfterRender } = useFormFocus(focusOnOpen);

  const change = (next: TeamDraft) => {
    setDraft(next);
    setJustSaved(false);
  };
  const set = <K extends keyof TeamDraft>(key: K, value: TeamDraft[K]) => change({ ...draft, [key]: value });
  const field = (key: string) => problems.byField.get(key);
  const invalid = (key: string) => (field(key) ? { 'aria-invalid': true, 'data-invalid': '' } : {});
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

  function showProblems(next: Problems) {
    setProblems(next);
    focusFirstInvalidAfterRender();
  }

  const removeFromTeam = (email: string) => {
    const { draft: next, leftRotation } = removeMember(draft, email);
    change(next);
    const name = people.nameOf(email);
    setSaid(leftRotation ? `${name} is off the team, and out of the on-call rotation.` : `${name} is off the team.`);
  };
  const addToTeam = (email: string) => {
    change(addMember(draft, email));
    setSaid(`${people.nameOf(email)} is on the team. Add them to the rotation below if they take turns on call.`);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (submit.busy) return;
    const local = new Map<string, string[]>();
    if (!team && !draft.id.trim()) local.set('id', ['Give the team an id']);
    if (!draft.name.trim()) local.set('name', ['Give the team a name']);
    if (!draft.allSites && draft.sites.length === 0) local.set('sites', [TEAM_SITES_REQUIRED]);
    if (local.size > 0) return showProblems({ byField: local, other: [] });
    setProblems(NO_PROBLEMS);
    setStale(false);
    const body = bodyOf(draft);
    const ok = await submit.run(async () => {
      try {
        if (!team) {
          await api.createItem(TEAMS_PATH, body);
          return;
        }
        // Teams carry no version: read the team again, so an edit someone saved meanwhile is not overwritten
        // unseen, and covers added under On-call while this form was open are kept.
        const current = (await api.getSetting<ApiTeam[]>(TEAMS_PATH)).find((t) => t.id === team.id);
        if (current && changedSince(team, current) && !(lastSaved.current && !changedSince(lastSaved.current, current))) {
          setStale(true);
          throw new Error('Not saved: someone else changed this team while you were editing it. Reload it to see their change, then make yours again.');
        }
        await api.updateItem(TEAMS_PATH, team.id, withCurrentCovers(body, current));
        lastSaved.current = body;
      } catch (e) {
        if (e instanceof ApiError && e.details.length > 0) showProblems(teamProblems(e.details, body));
        throw e;
      }
    });
    setFailed(!ok);
    if (!ok) return;
    setJustSaved(true);
    setSaid('');
    toast(team ? `${body.name} saved.` : `${body.name} added.`);
    onSaved(body);
  }

  const placed = problems.byField.size > 0;
  const title = team ? team.name : 'New team';
  return (
    <form ref={form} className="stack team-form" onSubmit={save} noValidate aria-labelledby="team-form-title">
      <h3 id="team-form-title" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {!team && (
        <>
          <label htmlFor="team-id">Team id</label>
          <input
            id="team-id"
            value={draft.id}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setIdEdited(true);
              set('id', e.target.value);
            }}
            {...invalid('id')}
            aria-describedby={describedBy('team-id-help', field('id') && 'team-id-error')}
          />
          <p id="team-id-help" className="muted small">
            Names the team in routing rules and links: lowercase letters, digits, - and _. It cannot be changed later.
          </p>
          <FieldErrors id="team-id-error" messages={field('id')} />
        </>
      )}
      <label htmlFor="team-name">Name</label>
      <input
        id="team-name"
        value={draft.name}
        onChange={(e) => change({ ...draft, name: e.target.value, ...(!team && !idEdited ? { id: idFromName(e.target.value) } : {}) })}
        {...invalid('name')}
        aria-describedby={describedBy(field('name') && 'team-name-error')}
      />
      <FieldErrors id="team-name-error" messages={field('name')} />

      <label htmlFor="team-function">What it does</label>
      <select id="team-function" value={draft.function} onChange={(e) => set('function', e.target.value)} {...invalid('function')} aria-describedby={describedBy('team-function-help', field('function') && 'team-function-error')}>
        {TEAM_FUNCTIONS.map((f) => (
          <option key={f} value={f}>
            {teamFunctionLabel(f)}
          </option>
        ))}
        {!TEAM_FUNCTIONS.includes(draft.function) && <option value={draft.function}>{draft.function}</option>}
      </select>
      <p id="team-function-help" className="muted small">
        Routing rules send a case to the team of a function that serves the case’s site.
      </p>
      <FieldErrors id="team-function-error" messages={field('function')} />

      <SiteScopePicker
        idPrefix="team"
        legend="Sites it serves"
        scope={draft}
        options={sites}
        errors={field('sites')}
        onChange={(scope) => change({ ...draft, allSites: scope.allSites, sites: scope.sites })}
      />
      <p className="muted small">A team serving all sites takes the cases of its function from any site that no other team of that function serves.</p>

      <MemberList draft={draft} people={people} problems={problems} onAdd={addToTeam} onRemove={removeFromTeam} />

      <TeamRotation
        draft={draft}
        people={people}
        sites={sites}
        problems={problems}
        onChange={change}
        onSay={setSaid}
      />

      <p role="status" className="muted small team-said">
        {said}
      </p>

      <div className="grid-2">
        <div className="stack">
          <label htmlFor="team-manager">Manager</label>
          <select id="team-manager" value={draft.manager} onChange={(e) => set('manager', e.target.value)} {...invalid('manager')} aria-describedby={describedBy('team-manager-help', field('manager') && 'team-manager-error')}>
            <option value="">No manager</option>
            {people.all.map((u) => (
              <option key={u.id} value={u.email} disabled={!people.isActive(u) && !sameEmail(u.email, draft.manager)}>
                {people.optionLabel(u)}
              </option>
            ))}
            {draft.manager && !people.byEmail(draft.manager) && <option value={draft.manager}>{draft.manager} (not a user)</option>}
          </select>
          <p id="team-manager-help" className="muted small">
            Told when the team’s cases wait too long.
          </p>
          <FieldErrors id="team-manager-error" messages={field('manager')} />
        </div>
        <div className="stack">
          <label htmlFor="team-calendar">Business hours</label>
          <select id="team-calendar" value={draft.calendar} onChange={(e) => set('calendar', e.target.value)} {...invalid('calendar')} aria-describedby={describedBy('team-calendar-help', field('calendar') && 'team-calendar-error')}>
            <option value="">No calendar</option>
            {calendars.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name ?? c.id}
              </option>
            ))}
            {draft.calendar && !calendars.some((c) => c.id === draft.calendar) && <option value={draft.calendar}>{draft.calendar}</option>}
          </select>
          <p id="team-calendar-help" className="muted small">
            The hours that business-hours clocks count for this team’s cases.
          </p>
          <FieldErrors id="team-calendar-error" messages={field('calendar')} />
        </div>
      </div>

      {failed && submit.formError && (
        <SaveRefusal placed={placed} formError={submit.formError} other={problems.other}>
          {stale && (
            <button
              type="button"
              onClick={() => {
                onReload();
                heading.current?.focus();
              }}
            >
              Reload this team
            </button>
          )}
        </SaveRefusal>
      )}
      <div className="actions sticky-actions">
        {/* Not disabled while saving: a disabled button would drop the focus it has. */}
        <button type="submit" id="team-save" className="primary" aria-disabled={submit.busy}>
          {submit.busy ? 'Saving…' : team ? 'Save team' : 'Add team'}
        </button>
        {dirty && team && (
          <button
            type="button"
            onClick={() => {
              setDraft(saved);
              setProblems(NO_PROBLEMS);
              setFailed(false);
              setSaid('Changes undone.');
              // This button goes with the changes: the caret moves to Save rather than to the page.
              requestAnimationFrame(() => document.getElementById('team-save')?.focus());
            }}
          >
            Undo changes
          </button>
        )}
        <span role="status" className={dirty ? 'muted' : 'ok-text'}>
          {dirty ? 'Unsaved changes' : justSaved ? 'Saved.' : ''}
        </span>
      </div>
    </form>
  );
}

function MemberList({ draft, people, problems, onAdd, onRemove }: { draft: TeamDraft; people: People; problems: Problems; onAdd: (email: string) => void; onRemove: (email: string) => void }) {
  const [pick, setPick] = useState('');
  const [hint, setHint] = useState<string | null>(null);
  const members = people.sorted(draft.members);
  const candidates = people.all.filter((u) => !draft.members.some((m) => sameEmail(m, u.email)));
  const inRotation = (email: string) => draft.rotation?.members.some((m) => sameEmail(m, email)) ?? false;

  const remove = (email: string) => {
    const at = members.indexOf(email);
    onRemove(email);
    // The button pressed is gone: the caret goes to the next member's Remove, else to the person picker.
    const next = members[at + 1] ?? members[at - 1];
    requestAnimationFrame(() => document.getElementById(next ? `${personId('team-member', next)}-remove` : 'team-add-member')?.focus());
  };
  const add = () => {
    if (!pick) {
      setHint('Choose a person to add first.');
      document.getElementById('team-add-member')?.focus();
      return;
    }
    onAdd(pick);
    setPick('');
    setHint(null);
  };

  return (
    <fieldset className="stack">
      <legend>Members</legend>
      <p id="team-members-help" className="muted small">
        Taking someone off the team also takes them out of its on-call rotation.
      </p>
      {members.length === 0 ? (
        <p className="muted">Nobody is on this team yet.</p>
      ) : (
        <ul className="person-list" aria-label="Members">
          {members.map((email) => {
            const id = personId('team-member', email);
            const errors = problems.byField.get(`member:${email.toLowerCase()}`);
            const name = people.nameOf(email);
            return (
              <li key={email.toLowerCase()} className="person">
                <Who people={people} email={email} />
                {inRotation(email) && <span className="badge">In the rotation</span>}
                <button
                  type="button"
                  className="small"
                  id={`${id}-remove`}
                  onClick={() => remove(email)}
                  {...(errors ? { 'data-invalid': '' } : {})}
                  aria-describedby={[inRotation(email) ? 'team-members-help' : '', errors ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
                >
                  Remove<span className="visually-hidden"> {name} from the team</span>
                </button>
                <FieldErrors id={`${id}-error`} messages={errors} />
              </li>
            );
          })}
        </ul>
      )}
      <label htmlFor="team-add-member">Add a member</label>
      <div className="add-person">
        <select id="team-add-member" value={pick} onChange={(e) => setPick(e.target.value)} aria-describedby={hint ? 'team-add-member-hint' : undefined}>
          <option value="">Choose a person…</option>
          {candidates.map((u) => (
            <option key={u.id} value={u.email} disabled={!people.isActive(u)}>
              {people.optionLabel(u)}
            </option>
          ))}
        </select>
        <button type="button" onClick={add}>
          Add to team
        </button>
      </div>
      {hint && (
        <p id="team-add-member-hint" className="field-error">
          {hint}
        </p>
      )}
    </fieldset>
  );
}

