// After signing in with a one-time password (an admin's or the CLI's), nothing opens until the person picks their own.
import { useEffect } from 'react';
import type { ApiClient } from '../api/client.js';
import { PasswordForm } from '../components/PasswordForm.js';

export function ChoosePassword({ api, name, knownCurrent, onChosen, onSignOut }: { api: ApiClient; name: string; knownCurrent?: string; onChosen: () => void; onSignOut: () => void }) {
  useEffect(() => {
    document.title = 'Choose your password · Redress';
  }, []);
  return (
    <main className="signin">
      <div className="signin-card">
        <h1 id="choose-title">
          <span className="brand-mark" aria-hidden="true">R</span> Choose your password
        </h1>
        <p>
          Welcome, {name}. You signed in with a one-time password someone else gave you; choose one only you know to carry
          on.
        </p>
        <PasswordForm
          api={api}
          knownCurrent={knownCurrent}
          currentLabel="One-time password"
          submitLabel="Save and continue"
          onChanged={onChosen}
          extraActions={
            <button type="button" onClick={onSignOut}>
              Sign out
            </button>
          }
        />
      </div>
    </main>
  );
}
