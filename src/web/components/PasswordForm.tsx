// Choosing a password of one's own: at the first sign-in with a one-time password, and from "Change password".
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiClient } from '../api/client.js';
import { useFormSubmit } from '../hooks/useFormSubmit.js';

// The server's rule (src/app/passwords.ts), checked here too so a short one is named before a round trip.
const MIN_LENGTH = 12;

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function PasswordForm({
  api,
  knownCurrent,
  currentLabel = 'Current password',
  submitLabel = 'Change password',
  onChanged,
  extraActions,
}: {
  api: ApiClient;
  /** The password just used to sign in, so the first choice does not ask for it again. */
  knownCurrent?: string;
  currentLabel?: string;
  submitLabel?: string;
  onChanged: () => void;
  extraActions?: ReactNode;
}) {
  const [current, setCurrent] = useState(knownCurrent ?? '');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const { errors, setErrors, formError, busy, run } = useFormSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = new Map<string, string[]>();
    if (next.length < MIN_LENGTH) local.set('newPassword', [`must be at least ${MIN_LENGTH} characters`]);
    else if (next !== again) local.set('again', ['does not match the new password']);
    if (local.size) {
      setErrors(local);
      return document.getElementById(local.has('newPassword') ? 'password-new' : 'password-again')?.focus();
    }
    if (await run(() => api.changePassword(current, next))) onChanged();
  }

  const field = (id: string, key: string, label: string, value: string, set: (v: string) => void, autoComplete: string, autoFocus = false) => (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        required
        autoFocus={autoFocus}
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-invalid={errors.has(key) || undefined}
        aria-describedby={errors.has(key) ? `${id}-error` : id === 'password-new' ? 'password-new-hint' : undefined}
      />
      {errors.has(key) && (
        <p className="field-error" id={`${id}-error`}>
          {capitalized(errors.get(key)!.join('; '))}
        </p>
      )}
    </>
  );

  return (
    <form className="stack form" onSubmit={submit} noValidate aria-label={submitLabel}>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      {knownCurrent === undefined && field('password-current', 'currentPassword', currentLabel, current, setCurrent, 'current-password', true)}
      {field('password-new', 'newPassword', 'New password', next, setNext, 'new-password', knownCurrent !== undefined)}
      <p className="muted" id="password-new-hint">
        At least {MIN_LENGTH} characters; a few unrelated words are easy to remember and hard to guess.
      </p>
      {field('password-again', 'again', 'New password again', again, setAgain, 'new-password')}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !current || !next || !again}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        {extraActions}
      </div>
    </form>
  );
}
