import { useEffect, useRef, useState, type FormEvent } from 'react';
import { errorMessage, type ApiClient } from '../api/client.js';
import type { Session } from '../api/types.js';

export function SignIn({ api, reason, onSignedIn }: { api: ApiClient; reason?: string; onSignedIn: (session: Session, password: string) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Sign in · Redress';
    emailRef.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await api.login(email.trim(), password);
      onSignedIn(session, password);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <main className="signin">
      <form className="signin-card" onSubmit={submit} aria-labelledby="signin-title" noValidate>
        <h1 id="signin-title">
          <span className="brand-mark" aria-hidden="true">R</span> Redress
        </h1>
        <p className="muted">Service recovery for patient feedback.</p>
        {reason && !error && (
          <p className="notice" role="status">
            {reason}
          </p>
        )}
        {error && (
          <p className="form-error" role="alert" id="signin-error">
            {error}
          </p>
        )}
        <label htmlFor="signin-email">Email</label>
        <input
          ref={emailRef}
          id="signin-email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-describedby={error ? 'signin-error' : undefined}
        />
        <label htmlFor="signin-password">Password</label>
        <input
          id="signin-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="primary" disabled={busy || !email || !password}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
