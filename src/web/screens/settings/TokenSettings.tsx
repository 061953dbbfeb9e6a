// API tokens for integrations (a survey platform, a BI export): issued here, shown once, revoked here.
import { useState, type FormEvent } from 'react';
import { SettingsTable } from '../../components/SettingsTable.js';
import { errorMessage } from '../../api/client.js';
import { useApp } from '../../hooks/context.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { SiteScopePicker, scopeToSend, type SiteScope } from '../../components/SiteScopePicker.js';

const NO_SCOPE: SiteScope = { allSites: false, sites: [] };
import { useResource } from '../../hooks/useResource.js';
import { useReference } from '../../hooks/useReference.js';
import { ErrorState, FieldErrors, Loading } from '../../components/States.js';
import { ROLE_LABELS, ROLES } from '../../lib/permissions.js';
import { formatDateTime } from '../../lib/time.js';

export function TokenSettings() {
  const { api, toast } = useApp();
  const tokens = useResource(() => api.tokens(), []);
  const reference = useReference();
  const [issued, setIssued] = useState<{ name: string; token: string } | null>(null);

  if (tokens.state === 'loading' && !tokens.data) return <Loading label="Loading API tokens…" />;
  if (tokens.state === 'error') return <ErrorState error={tokens.error} what="API tokens" onRetry={tokens.reload} />;
  const siteName = (id: string) => reference.data?.sites.find((s) => s.id === id)?.name ?? id;

  async function revoke(id: string, name: string) {
    if (!window.confirm(`Revoke “${name}”? Integrations using it stop working at once.`)) return;
    try {
      await api.revokeToken(id);
      toast('Token revoked.');
      tokens.reload();
    } catch (e) {
      toast(errorMessage(e), 'error');
    }
  }

  return (
    <section aria-labelledby="tokens-title" className="stack">
      <h2 id="tokens-title">API tokens</h2>
      <p className="muted">Tokens act with a role and site scope, like a user. Send them as <code>Authorization: Bearer …</code>.</p>
      {issued && (
        <div className="panel" role="status">
          <label htmlFor="issued-token">Token for “{issued.name}”: copy it now, it is not shown again.</label>
          <input id="issued-token" readOnly value={issued.token} onFocus={(e) => e.target.select()} />
          <div className="actions">
            <button type="button" onClick={() => void navigator.clipboard?.writeText(issued.token).then(() => toast('Copied.'))}>
              Copy
            </button>
            <button type="button" onClick={() => setIssued(null)}>
              Done
            </button>
          </div>
        </div>
      )}
      <SettingsTable caption="API tokens" columns={['Name', 'Role', 'Sites', 'Last used']}>
        {(tokens.data ?? []).map((t) => (
          <tr key={t.id} className={t.revokedAt ? 'muted' : undefined}>
            <th scope="row">{t.name}</th>
            <td>{ROLE_LABELS[t.role as keyof typeof ROLE_LABELS] ?? t.role}</td>
            <td>{t.sites.length === 0 ? 'All sites' : t.sites.map(siteName).join(', ')}</td>
            <td>{t.revokedAt ? `Revoked ${formatDateTime(t.revokedAt)}` : t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never'}</td>
            <td>
              {!t.revokedAt && (
                <button type="button" className="link-button" onClick={() => void revoke(t.id, t.name)} aria-label={`Revoke ${t.name}`}>
                  Revoke
                </button>
              )}
            </td>
          </tr>
        ))}
      </SettingsTable>
      <TokenForm
        sites={reference.data?.sites ?? []}
        onIssued={(name, token) => {
          setIssued({ name, token });
          tokens.reload();
        }}
      />
    </section>
  );
}

function TokenForm({ sites, onIssued }: { sites: { id: string; name: string }[]; onIssued: (name: string, token: string) => void }) {
  const { api } = useApp();
  const [name, setName] = useState('');
  const [role, setRole] = useState('viewer');
  const [scope, setScope] = useState<SiteScope>(NO_SCOPE);
  const { errors, setErrors, formError, busy, run } = useFormSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const sites = scopeToSend(scope);
    if (sites === null) {
      setErrors(new Map([['sites', ['Choose the sites this token may read, or All sites']]]));
      return document.getElementById('token-sites')?.focus();
    }
    await run(async () => {
      const { token } = await api.createToken({ name: name.trim(), role, sites });
      onIssued(name.trim(), token);
      setName('');
      setScope(NO_SCOPE);
    });
  }

  return (
    <form className="panel stack form" onSubmit={submit} noValidate aria-labelledby="token-form-title">
      <h3 id="token-form-title">Issue a token</h3>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <label htmlFor="token-name">What it is for</label>
      <input id="token-name" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!errors.get('name')} aria-describedby="token-name-error" />
      <FieldErrors id="token-name-error" messages={errors.get('name')} />
      <label htmlFor="token-role">Role</label>
      <select id="token-role" value={role} onChange={(e) => setRole(e.target.value)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <FieldErrors id="token-role-error" messages={errors.get('role')} />
      <SiteScopePicker idPrefix="token" legend="Sites it may read" scope={scope} options={sites} errors={errors.get('sites')} onChange={setScope} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Issuing…' : 'Issue token'}
        </button>
      </div>
    </form>
  );
}
