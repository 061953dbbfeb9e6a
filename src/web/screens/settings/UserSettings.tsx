// People who use Redress: role, site scope and whether they may sign in. Adding and editing happen in a dialog, so
// the form opens where the admin is looking (the user table is long) with focus on its first field; each
// validation error sits under its field. The server makes a new user's first password and answers it once: the
// dialog shows it for the admin to copy, and it is gone when the dialog closes.
import { useState, type FormEvent } from 'react';
import { SettingsTable } from '../../components/SettingsTable.js';
import { Dialog, DialogActions } from '../../components/Dialog.js';
import type { User, UserPatch } from '../../api/types.js';
import { ApiError, errorMessage } from '../../api/client.js';
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { useReference } from '../../hooks/useReference.js';
import { ErrorState, FieldErrors, Loading } from '../../components/States.js';
import { SiteScopePicker, scopeToSend } from '../../components/SiteScopePicker.js';
import { errorsByField } from '../../lib/fieldPath.js';
import { ROLE_LABELS, ROLES } from '../../lib/permissions.js';

interface Draft {
  email: string;
  name: string;
  role: string;
  /** Every site, present and future: saved as an empty site list, as the API takes it. */
  allSites: boolean;
  /** The sites ticked when not all sites. */
  sites: string[];
  active: boolean;
}

type SiteOption = { id: string; name: string };

// Neither "All sites" nor any site is ticked at first: the admin chooses, so nobody gets every site by oversight.
const blank: Draft = { email: '', name: '', role: 'social_agent', allSites: false, sites: [], active: true };

export const SITES_REQUIRED = 'Choose the sites this person works for, or All sites';

const isActive = (u: User) => u.active !== false && !u.disabledAt;
const draftOf = (u: User): Draft => ({ email: u.email, name: u.name, role: u.role, allSites: u.sites.length === 0, sites: u.sites, active: isActive(u) });
/** The site scope as the API takes it: empty means all sites (only once "All sites" was ticked). */
const scopeOf = (draft: Draft): string[] => scopeToSend(draft) ?? [];
const sameSites = (a: string[], b: string[]) => a.length === b.length && a.every((s) => b.includes(s));

/** Only what the admin changed, in the fields PATCH /users/:id takes: an unchanged role or scope keeps their sessions. */
function userPatch(before: User, draft: Draft): UserPatch {
  const patch: UserPatch = {};
  if (draft.name.trim() !== before.name) patch.name = draft.name.trim();
  if (draft.role !== before.role) patch.role = draft.role;
  if (!sameSites(scopeOf(draft), before.sites)) patch.sites = scopeOf(draft);
  if (draft.active !== isActive(before)) patch.disabled = !draft.active;
  return patch;
}

export function UserSettings() {
  const { api } = useApp();
  const users = useResource(() => api.users(), []);
  const reference = useReference();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  // A password shown once: for a user just added, or one whose password was reset.
  const [created, setCreated] = useState<{ email: string; password: string; reset?: boolean } | null>(null);

  if (users.state === 'loading' && !users.data) return <Loading label="Loading users…" />;
  if (users.state === 'error') return <ErrorState error={users.error} what="users" onRetry={users.reload} />;
  const siteName = (id: string) => reference.data?.sites.find((s) => s.id === id)?.name ?? id;
  const close = () => {
    setEditing(null);
    setCreated(null);
  };
  const title = created ? (created.reset ? 'Password reset' : 'User added') : editing === 'new' ? 'Add a user' : editing ? `Edit ${editing.name}` : '';

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Users and roles</h2>
      <div className="actions">
        <button type="button" onClick={() => setEditing('new')}>
          Add user
        </button>
      </div>
      <SettingsTable caption="Users" columns={['Name', 'Email', 'Role', 'Sites', 'Status']} stacked>
        {(users.data ?? []).map((u) => (
          <tr key={u.id} className={isActive(u) ? undefined : 'muted'}>
            <th scope="row">{u.name}</th>
            <td data-label="Email">{u.email}</td>
            <td data-label="Role">{ROLE_LABELS[u.role as keyof typeof ROLE_LABELS] ?? u.role}</td>
            <td data-label="Sites">{u.sites.length === 0 ? 'All sites' : u.sites.map(siteName).join(', ')}</td>
            <td data-label="Status">{isActive(u) ? 'Active' : 'Disabled'}</td>
            <td>
              <button type="button" className="link-button" onClick={() => setEditing(u)} aria-label={`Edit ${u.name}`}>
                Edit
              </button>
            </td>
          </tr>
        ))}
      </SettingsTable>
      <Dialog open={editing !== null || created !== null} title={title} onClose={close} wide>
        {created ? (
          <OneTimePassword email={created.email} password={created.password} onDone={close} />
        ) : (
          editing && (
            <UserForm
              key={editing === 'new' ? 'new' : editing.id}
              user={editing === 'new' ? null : editing}
              sites={reference.data?.sites ?? []}
              onSaved={(added) => {
                users.reload();
                if (added) setCreated(added);
                else close();
              }}
              onCancel={close}
              onPasswordReset={(email, password) => setCreated({ email, password, reset: true })}
            />
          )
        )}
      </Dialog>
    </section>
  );
}

function OneTimePassword({ email, password, onDone }: { email: string; password: string; onDone: () => void }) {
  const { toast } = useApp();
  return (
    <div className="stack" role="status">
      <label htmlFor="new-user-password">
        Password for {email}: copy it now and give it to them privately. It is not shown again.
      </label>
      <p className="muted">It works once, within a few days: at their first sign-in they choose a password of their own.</p>
      <input id="new-user-password" readOnly value={password} onFocus={(e) => e.target.select()} autoFocus />
      <div className="actions">
        <button type="button" onClick={() => void navigator.clipboard?.writeText(password).then(() => toast('Copied.'))}>
          Copy
        </button>
        <button type="button" className="primary" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}

/** The id of the control that shows the field an error names. */
const controlOf = (field: string) => (field === 'disabled' ? 'user-active' : `user-${field}`);

function UserForm({
  user,
  sites,
  onSaved,
  onCancel,
  onPasswordReset,
}: {
  user: User | null;
  sites: SiteOption[];
  onSaved: (created?: { email: string; password: string }) => void;
  onCancel: () => void;
  onPasswordReset: (email: string, password: string) => void;
}) {
  const { api, toast } = useApp();
  const [draft, setDraft] = useState<Draft>(user ? draftOf(user) : blank);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function save(): Promise<void> {
    if (!user) {
      const made = await api.createUser({ email: draft.email.trim(), name: draft.name.trim(), role: draft.role, sites: scopeOf(draft) });
      toast('User added.');
      return onSaved({ email: made.email, password: made.oneTimePassword });
    }
    const patch = userPatch(user, draft);
    if (Object.keys(patch).length > 0) await api.updateUser(user.id, patch);
    toast(Object.keys(patch).length > 0 ? 'User updated.' : 'Nothing changed.');
    onSaved();
  }

  async function resetPassword(target: User) {
    if (!window.confirm(`Reset the password of ${target.name}? They are signed out everywhere and need the new one-time password to sign in.`)) return;
    try {
      const { oneTimePassword } = await api.resetPassword(target.id);
      toast('Password reset.');
      onPasswordReset(target.email, oneTimePassword);
    } catch (e) {
      showErrors(e);
    }
  }

  function showErrors(e: unknown) {
    if (e instanceof ApiError && e.details.length > 0) {
      const byField = errorsByField(e.details);
      setErrors(byField);
      const first = [...byField.keys()].find((k) => k !== '');
      if (first) document.getElementById(controlOf(first))?.focus();
    }
    setFormError(errorMessage(e));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors(new Map());
    setFormError(null);
    // An empty site list means all sites to the API: only an explicit "All sites" may send one.
    if (scopeToSend(draft) === null) {
      setErrors(new Map([['sites', [SITES_REQUIRED]]]));
      document.getElementById(controlOf('sites'))?.focus();
      return;
    }
    setBusy(true);
    try {
      await save();
    } catch (e) {
      showErrors(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack form" onSubmit={submit} noValidate aria-label={user ? `Edit ${user.name}` : 'Add a user'}>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      {user ? <UserIdentity draft={draft} errors={errors} set={set} /> : <NewUserIdentity draft={draft} errors={errors} set={set} />}
      <RoleAndSites draft={draft} errors={errors} set={set} sites={sites} />
      {user && (
        <>
          <label className="check">
            <input id="user-active" type="checkbox" checked={draft.active} onChange={(e) => set('active', e.target.checked)} aria-describedby="user-active-help user-disabled-error" /> Active
          </label>
          <p id="user-active-help" className="muted small">
            A disabled user cannot sign in and their sessions end at once; tick Active again to let them back in.
          </p>
          <FieldErrors id="user-disabled-error" messages={errors.get('disabled')} />
          <div>
            <button type="button" onClick={() => void resetPassword(user)}>
              Reset password…
            </button>
          </div>
        </>
      )}
      <FieldErrors id="user-general-error" messages={errors.get('')} />
      <DialogActions submit={busy ? 'Saving…' : user ? 'Save user' : 'Add user'} disabled={busy} onCancel={onCancel} />
    </form>
  );
}

interface FieldsProps {
  draft: Draft;
  errors: Map<string, string[]>;
  set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
}

const describedBy = (errors: Map<string, string[]>, field: string) => (errors.get(field) ? `user-${field}-error` : undefined);

function NameField({ draft, errors, set, autoFocus }: FieldsProps & { autoFocus?: boolean }) {
  return (
    <>
      <label htmlFor="user-name">Name</label>
      <input id="user-name" value={draft.name} onChange={(e) => set('name', e.target.value)} aria-invalid={!!errors.get('name')} aria-describedby={describedBy(errors, 'name')} autoFocus={autoFocus} />
      <FieldErrors id="user-name-error" messages={errors.get('name')} />
    </>
  );
}

function NewUserIdentity(props: FieldsProps) {
  const { draft, errors, set } = props;
  return (
    <>
      <label htmlFor="user-email">Email</label>
      <input id="user-email" type="email" value={draft.email} onChange={(e) => set('email', e.target.value)} aria-invalid={!!errors.get('email')} aria-describedby={describedBy(errors, 'email')} autoFocus />
      <FieldErrors id="user-email-error" messages={errors.get('email')} />
      <NameField {...props} />
      <p className="muted small">Redress makes their first password and shows it to you once, after you add them.</p>
    </>
  );
}

/** An existing user's email identifies them and is not edited here; their name is. */
function UserIdentity(props: FieldsProps) {
  return (
    <>
      <p>
        <span className="muted">Email</span> {props.draft.email}
      </p>
      <NameField {...props} autoFocus />
    </>
  );
}

function RoleAndSites({ draft, errors, set, sites }: FieldsProps & { sites: SiteOption[] }) {
  return (
    <>
      <label htmlFor="user-role">Role</label>
      <select id="user-role" value={draft.role} onChange={(e) => set('role', e.target.value)} aria-invalid={!!errors.get('role')} aria-describedby={describedBy(errors, 'role')}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <FieldErrors id="user-role-error" messages={errors.get('role')} />
      <SiteScopePicker
        idPrefix="user"
        legend="Sites they work for"
        scope={draft}
        options={sites}
        errors={errors.get('sites')}
        onChange={(scope) => {
          set('allSites', scope.allSites);
          set('sites', scope.sites);
        }}
      />
    </>
  );
}
