// A team's on-call rotation in a form: whose turn comes after whose (moved up and down with buttons that keep the
// caret), who joins it from the team, and when turns hand over. Covers for a sick call stay under On-call.
import { useEffect, useRef, useState } from 'react';
import type { SiteRef } from '../../api/types.js';
import { FieldErrors } from '../../components/States.js';
import { addToRotation, isMember, moveInRotation, newRotation, notInRotation, removeFromRotation, type TeamDraft } from '../../lib/teams.js';
import { personId, Who, type People, type Problems } from './TeamPeople.js';

const DAYS = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
] as const;

const ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

interface Props {
  draft: TeamDraft;
  people: People;
  sites: SiteRef[];
  problems: Problems;
  onChange: (draft: TeamDraft) => void;
  onSay: (text: string) => void;
}

export function TeamRotation({ draft, people, sites, problems, onChange, onSay }: Props) {
  const [pick, setPick] = useState('');
  const [hint, setHint] = useState<string | null>(null);
  // The control to focus once the list has moved under it (the same person's button after a move).
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });
  const rotation = draft.rotation;

  if (!rotation) {
    const start = () => {
      const zone = sites.find((s) => s.id === draft.sites[0])?.timeZone;
      const active = draft.members.filter((m) => {
        const u = people.byEmail(m);
        return u && people.isActive(u);
      });
      onChange({ ...draft, rotation: newRotation(typeof zone === 'string' ? zone : browserZone(), today(), people.sorted(active)) });
      onSay(`Rotation set up with ${active.length} of the team’s members, a week each from Monday 08:00. Put them in order below.`);
      focusAfter.current = 'team-rotation-handoff';
    };
    return (
      <fieldset className="stack">
        <legend>On-call rotation</legend>
        <p className="muted small">No rotation: nobody carries this team’s pager, and escalations to its on-call person reach nobody.</p>
        <div>
          <button type="button" onClick={start}>
            Set up a rotation
          </button>
        </div>
      </fieldset>
    );
  }

  const count = rotation.members.length;
  const field = (key: string) => problems.byField.get(key);
  const set = (patch: Partial<typeof rotation>) => onChange({ ...draft, rotation: { ...rotation, ...patch } });
  const move = (from: number, to: number, direction: 'up' | 'down') => {
    if (to < 0 || to >= count) return;
    onChange(moveInRotation(draft, from, to));
    focusAfter.current = `team-rotation-${to}-${direction}`;
    onSay(`${people.nameOf(rotation.members[from])} is now ${to + 1} of ${count} in the rotation.`);
  };
  const takeOut = (index: number) => {
    onChange(removeFromRotation(draft, index));
    onSay(`${people.nameOf(rotation.members[index])} is out of the rotation, still on the team.`);
    focusAfter.current = count > 1 ? `team-rotation-${Math.min(index, count - 2)}-remove` : 'team-rotation-add';
  };
  const candidates = notInRotation(draft);
  const add = () => {
    if (!pick) {
      setHint('Choose a team member to add first.');
      document.getElementById('team-rotation-add')?.focus();
      return;
    }
    onChange(addToRotation(draft, pick));
    onSay(`${people.nameOf(pick)} is now ${count + 1} of ${count + 1} in the rotation.`);
    setPick('');
    setHint(null);
  };
  // Someone may be in the rotation twice (a double turn): each place keeps its own key.
  const keys = rotation.members.map((m, i) => `${m.toLowerCase()}#${rotation.members.slice(0, i).filter((x) => x.toLowerCase() === m.toLowerCase()).length}`);
  const zones = ZONES.includes(rotation.timeZone) ? ZONES : [rotation.timeZone, ...ZONES];
  const handoffText = rotation.handoff === 'daily' ? `a day each, handing over at ${rotation.handoffTime}` : `a week each, handing over ${DAYS.find(([d]) => d === rotation.handoffDay)?.[1] ?? 'Monday'} at ${rotation.handoffTime}`;
  const errorOf = (key: string) => (field(key) ? { 'aria-invalid': true, 'data-invalid': '', 'aria-describedby': `team-${key.replace('.', '-')}-error` } : {});

  return (
    <fieldset className="stack">
      <legend>On-call rotation</legend>
      <p id="team-rotation-help" className="muted small">
        Turns go down this list, {handoffText} ({rotation.timeZone}), then start again at the top. Changing the order can change who is on call now.
      </p>
      {count === 0 ? (
        <p className="field-error">Nobody is in the rotation, so nobody is paged. Add team members below.</p>
      ) : (
        <ol className="person-list" aria-label="Rotation order">
          {rotation.members.map((email, i) => {
            const user = people.byEmail(email);
            const name = people.nameOf(email);
            const errors = field(`rotation:${i}`);
            const errorId = `${personId('team-rotation', email)}-${i}-error`;
            return (
              <li key={keys[i]} className="person">
                <span className="turn" aria-hidden="true">
                  {i + 1}
                </span>
                <Who people={people} email={email} />
                {!isMember(draft, email) && <span className="badge badge-off">Not on the team</span>}
                <span className="person-actions">
                  <button type="button" className="small" id={`team-rotation-${i}-up`} aria-disabled={i === 0} onClick={() => move(i, i - 1, 'up')} aria-label={`Move ${name} up in the rotation`}>
                    ↑
                  </button>
                  <button type="button" className="small" id={`team-rotation-${i}-down`} aria-disabled={i === count - 1} onClick={() => move(i, i + 1, 'down')} aria-label={`Move ${name} down in the rotation`}>
                    ↓
                  </button>
                  <button type="button" className="small" id={`team-rotation-${i}-remove`} onClick={() => takeOut(i)} {...(errors ? { 'data-invalid': '', 'aria-describedby': errorId } : {})}>
                    Take out<span className="visually-hidden"> {name} from the rotation</span>
                  </button>
                </span>
                {user && !people.isActive(user) && !errors && <p className="field-error">Disabled: nobody is paged during their turns. Take them out of the rotation.</p>}
                <FieldErrors id={errorId} messages={errors} />
              </li>
            );
          })}
        </ol>
      )}
      <label htmlFor="team-rotation-add">Add to the rotation</label>
      <div className="add-person">
        <select id="team-rotation-add" value={pick} onChange={(e) => setPick(e.target.value)} aria-describedby={hint ? 'team-rotation-add-hint' : 'team-rotation-add-help'}>
          <option value="">{candidates.length ? 'Choose a team member…' : 'Every member is in it'}</option>
          {candidates.map((email) => {
            const user = people.byEmail(email);
            return (
              <option key={email} value={email} disabled={!user || !people.isActive(user)}>
                {user ? people.optionLabel(user) : `${email} (not a user)`}
              </option>
            );
          })}
        </select>
        <button type="button" onClick={add}>
          Add to rotation
        </button>
      </div>
      <p id="team-rotation-add-help" className="muted small">
        Only members of the team can take turns: add someone to the team first.
      </p>
      {hint && (
        <p id="team-rotation-add-hint" className="field-error">
          {hint}
        </p>
      )}

      <div className="grid-2">
        <div className="stack">
          <label htmlFor="team-rotation-handoff">Each turn lasts</label>
          <select id="team-rotation-handoff" value={rotation.handoff} onChange={(e) => set({ handoff: e.target.value as 'daily' | 'weekly', handoffDay: rotation.handoffDay ?? 'mon' })} {...errorOf('rotation.handoff')}>
            <option value="daily">A day</option>
            <option value="weekly">A week</option>
          </select>
          <FieldErrors id="team-rotation-handoff-error" messages={field('rotation.handoff')} />
        </div>
        {rotation.handoff === 'weekly' && (
          <div className="stack">
            <label htmlFor="team-rotation-handoffDay">Hand-over day</label>
            <select id="team-rotation-handoffDay" value={rotation.handoffDay ?? 'mon'} onChange={(e) => set({ handoffDay: e.target.value as (typeof DAYS)[number][0] })} {...errorOf('rotation.handoffDay')}>
              {DAYS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <FieldErrors id="team-rotation-handoffDay-error" messages={field('rotation.handoffDay')} />
          </div>
        )}
        <div className="stack">
          <label htmlFor="team-rotation-handoffTime">Hand-over time</label>
          <input id="team-rotation-handoffTime" type="time" value={rotation.handoffTime} onChange={(e) => set({ handoffTime: e.target.value })} {...errorOf('rotation.handoffTime')} />
          <FieldErrors id="team-rotation-handoffTime-error" messages={field('rotation.handoffTime')} />
        </div>
        <div className="stack">
          <label htmlFor="team-rotation-timeZone">Time zone</label>
          <select id="team-rotation-timeZone" value={rotation.timeZone} onChange={(e) => set({ timeZone: e.target.value })} {...errorOf('rotation.timeZone')}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
          <FieldErrors id="team-rotation-timeZone-error" messages={field('rotation.timeZone')} />
        </div>
        <div className="stack">
          <label htmlFor="team-rotation-startDate">First turn starts</label>
          <input id="team-rotation-startDate" type="date" value={rotation.startDate} onChange={(e) => set({ startDate: e.target.value })} {...errorOf('rotation.startDate')} />
          <FieldErrors id="team-rotation-startDate-error" messages={field('rotation.startDate')} />
        </div>
      </div>
      {rotation.overrides.length > 0 && (
        <p className="muted small">
          {rotation.overrides.length === 1 ? 'One cover' : `${rotation.overrides.length} covers`} set under <a href="#/settings/oncall">On-call</a> stay as they are.
        </p>
      )}
    </fieldset>
  );
}
