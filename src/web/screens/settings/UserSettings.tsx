// People who use Redress: role and site scope. A form, so each validation error sits under its field.
import { useState, type FormEvent } from 'react';
import { SettingsTable } from '../../components/SettingsTable.js';
import type { User } from '../../api/types.js';
import { ApiError, errorMessage } from '../../api/client.js';
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { useReference } from '../../hooks/useReference.js';
import { ErrorState, FieldErrors, Loading } from '../../components/States.js';
import { errorsByField } from '../../lib/fieldPath.js';
import { ROLE_LABELS, ROLES } from '../../lib/permissions.js';

interface Draft {
  email: string;
  name: string;
  role: string;
  sites: string[];
  password: string;
  active: boolean;
}

const blank: Draft = { email: '', name: '', role: 'social_agent', sites: [], password: '', active: true };

export function UserSettings() {
  const { api } = useApp();
  const users = useResource(() => api.users(), []);
  const reference = useReference();
  const [editing, setEditing] = useState<User | 'new' | null>(null);

  if (users.state === 'loading' && !users.data) return <Loading label="Loading users…" />;
  if (users.state === 'error') return <ErrorState error={users.error} what="users" onRetry={users.reload} />;
  const siteName = (id: string) => reference.data?.sites.find((s) => s.id === id)?.name ?? id;

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Users and roles</h2>
      <div className="actions">
        <button type="button" onClick={() => setEditing('new')}>
          Add user
        </button>
      </div>
      <SettingsTable caption="Users" columns={['Name', 'Email', 'Role', 'Sites']}>
        {(users.data ?? []).map((u) => (
          <tr key={u.id} className={u.active === false || u.disabledAt ? 'muted' : undefined}>
            <th scope="row">{u.name}</th>
            <td>{u.email}</td>
            <td>{ROLE_LABELS[u.role as keyof typeof ROLE_LABELS] ?? u.role}</td>
            <td>{u.sites.length === 0 ? 'All sites' : u.sites.map(siteName).join(', ')}</td>
            <td>
              <button type="button" className="link-button" onClick={() => setEditing(u)} aria-label={`Edit ${u.name}`}>
                Edit
              </button>
            </td>
          </tr>
        ))}
      </SettingsTable>
      {editing && (
        <UserForm
          key={editing === 'new' ? 'new' : editing.id}
          user={editing === 'new' ? null : editing}
          sites={reference.data?.sites ?? []}
          onDone={() => {
            setEditing(null);
            users.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function UserForm({ user, sites, onDone, onCancel }: { user: User | null; sites: { id: string; name: string }[]; onDone: () => void; onCancel: () => void }) {
  const { api, toast } = useApp();
  const [draft, setDraft] = useState<Draft>(user ? { ...blank, ...user, password: '', active: user.active !== false && !user.disabledAt } : blank);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const err = (field: string) => errors.get(field);
  const described = (field: string) => (err(field) ? `user-${field}-error` : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors(new Map());
    setFormError(null);
    const body: Record<string, unknown> = { email: draft.email.trim(), name: draft.name.trim(), role: draft.role, sites: draft.sites, active: draft.active };
    if (draft.password) body.password = draft.password;
    try {
      if (user) await api.updateItem('/users', user.id, body, 'PATCH');
      else await api.createItem('/users', body);
      toast(user ? 'User updated.' : 'User added.');
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.details.length > 0) {
        const byField = errorsByField(e.details);
        setErrors(byField);
        const first = [...byField.keys()].find((k) => k !== '');
        if (first) document.getElementById(`user-${first}`)?.focus();
      }
      setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel stack form" onSubmit={submit} noValidate aria-labelledby="user-form-title">
      <h3 id="user-form-title">{user ? `Edit ${user.name}` : 'Add a user'}</h3>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <label htmlFor="user-email">Email</label>
      <input id="user-email" type="email" value={draft.email} onChange={(e) => set('email', e.target.value)} aria-invalid={!!err('email')} aria-describedby={described('email')} />
      <FieldErrors id="user-email-error" messages={err('email')} />
      <label htmlFor="user-name">Name</label>
      <input id="user-name" value={draft.name} onChange={(e) => set('name', e.target.value)} aria-invalid={!!err('name')} aria-describedby={described('name')} />
      <FieldErrors id="user-name-error" messages={err('name')} />
      <label htmlFor="user-role">Role</label>
      <select id="user-role" value={draft.role} onChange={(e) => set('role', e.target.value)} aria-describedby={described('role')}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <FieldErrors id="user-role-error" messages={err('role')} />
      <fieldset aria-describedby={described('sites')}>
        <legend>Sites (none = all sites)</legend>
        {sites.map((s) => (
          <label key={s.id} className="check">
            <input
              type="checkbox"
              checked={draft.sites.includes(s.id)}
              onChange={(e) => set('sites', e.target.checked ? [...draft.sites, s.id] : draft.sites.filter((x) => x !== s.id))}
            />{' '}
            {s.name}
          </label>
        ))}
      </fieldset>
      <FieldErrors id="user-sites-error" messages={err('sites')} />
      <label htmlFor="user-password">{user ? 'New password (leave empty to keep)' : 'Password'}</label>
      <input id="user-password" type="password" autoComplete="new-password" value={draft.password} onChange={(e) => set('password', e.target.value)} aria-invalid={!!err('password')} aria-describedby={described('password')} />
      <FieldErrors id="user-password-error" messages={err('password')} />
      {user && (
        <label className="check">
          <input type="checkbox" checked={draft.active} onChange={(e) => set('active', e.target.checked)} /> Active
        </label>
      )}
      <FieldErrors id="user-general-error" messages={err('')} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : user ? 'Save user' : 'Add user'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
