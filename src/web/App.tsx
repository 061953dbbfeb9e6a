// The shell: who is signed in, which screen the hash names, and the polite live region.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createApiClient } from './api/client.js';
import type { Session, User } from './api/types.js';
import { AppContext, type AppContextValue } from './hooks/context.js';
import { useHashRoute } from './hooks/useHashRoute.js';
import { SignIn } from './screens/SignIn.js';
import { ChoosePassword } from './screens/ChoosePassword.js';
import { Shell } from './screens/Shell.js';
import { Loading } from './components/States.js';

// Remembered so a first visit shows the sign-in form straight away instead of asking the server
// (and logging a 401) about a session that cannot exist. The session itself stays in an HttpOnly cookie.
const SIGNED_IN_HINT = 'redress.signedIn';

type Auth =
  | { state: 'checking' }
  | { state: 'signed_out'; reason?: string }
  | { state: 'choosing_password'; user: User; knownCurrent?: string }
  | { state: 'signed_in'; user: User };

export function App() {
  const [auth, setAuth] = useState<Auth>({ state: 'checking' });
  const [liveMessage, setLiveMessage] = useState('');
  const [toasts, setToasts] = useState<{ id: number; text: string; tone: 'ok' | 'error' }[]>([]);
  const toastId = useRef(0);
  const route = useHashRoute();

  const api = useMemo(
    () =>
      createApiClient({
        onUnauthorized: () => {
          localStorage.removeItem(SIGNED_IN_HINT);
          setAuth({ state: 'signed_out', reason: 'Your session ended. Sign in again to carry on; your reply drafts are kept.' });
        },
      }),
    [],
  );

  useEffect(() => {
    if (!localStorage.getItem(SIGNED_IN_HINT)) return setAuth({ state: 'signed_out' });
    api.me().then(
      (s) => setAuth(s.mustChangePassword ? { state: 'choosing_password', user: s.user } : { state: 'signed_in', user: s.user }),
      () => {
        localStorage.removeItem(SIGNED_IN_HINT);
        setAuth({ state: 'signed_out' });
      },
    );
  }, [api]);

  const signedIn = useCallback((session: Session, password: string) => {
    localStorage.setItem(SIGNED_IN_HINT, '1');
    setAuth(session.mustChangePassword ? { state: 'choosing_password', user: session.user, knownCurrent: password } : { state: 'signed_in', user: session.user });
  }, []);

  const announce = useCallback((message: string) => {
    // Clearing first makes screen readers repeat a message identical to the last one.
    setLiveMessage('');
    setTimeout(() => setLiveMessage(message), 50);
  }, []);

  const toast = useCallback(
    (text: string, tone: 'ok' | 'error' = 'ok') => {
      const id = ++toastId.current;
      setToasts((t) => [...t, { id, text, tone }]);
      setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), 5000);
      if (tone === 'ok') announce(text);
    },
    [announce],
  );

  const signOut = useCallback(async () => {
    await api.logout().catch(() => undefined);
    localStorage.removeItem(SIGNED_IN_HINT);
    setAuth({ state: 'signed_out' });
  }, [api]);

  const context = useMemo<AppContextValue | null>(
    () => (auth.state === 'signed_in' ? { api, user: auth.user, announce, toast } : null),
    [api, auth, announce, toast],
  );

  return (
    <>
      {auth.state === 'checking' && <Loading label="Opening Redress…" />}
      {auth.state === 'signed_out' && <SignIn api={api} reason={auth.reason} onSignedIn={signedIn} />}
      {auth.state === 'choosing_password' && (
        <ChoosePassword
          api={api}
          name={auth.user.name}
          knownCurrent={auth.knownCurrent}
          onChosen={() => setAuth({ state: 'signed_in', user: auth.user })}
          onSignOut={signOut}
        />
      )}
      {context && (
        <AppContext.Provider value={context}>
          <Shell route={route} onSignOut={signOut} />
        </AppContext.Provider>
      )}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {liveMessage}
      </div>
      <div className="toasts">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone}`} role={t.tone === 'error' ? 'alert' : undefined}>
            {t.text}
          </div>
        ))}
      </div>
    </>
  );
}
