// Navigation, skip link and the current screen.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Route } from '../lib/route.js';
import { useApp } from '../hooks/context.js';
import { canForward, isAdmin, ROLE_LABELS, type Role } from '../lib/permissions.js';
import { Inbox } from './inbox/Inbox.js';
import { CaseScreen } from './case/CaseScreen.js';
import { CaseByNumber } from './case/CaseByNumber.js';
import { ForwardForm } from './ForwardForm.js';
import { Notifications } from './Notifications.js';
import { Empty, Loading } from '../components/States.js';
import { Dialog } from '../components/Dialog.js';
import { PasswordForm } from '../components/PasswordForm.js';

// Charts and the settings editor are heavy and not needed to work the queue: loaded on first visit.
const Dashboards = lazy(() => import('./dashboards/Dashboards.js').then((m) => ({ default: m.Dashboards })));
const Settings = lazy(() => import('./settings/Settings.js').then((m) => ({ default: m.Settings })));

const TITLES: Record<Route['name'], string> = {
  inbox: 'Inbox',
  case: 'Case',
  dashboards: 'Dashboards',
  forward: 'Forward a private post',
  settings: 'Settings',
  not_found: 'Not found',
};

export function Shell({ route, onSignOut }: { route: Route; onSignOut: () => void }) {
  const { api, user, toast } = useApp();
  const mainRef = useRef<HTMLElement>(null);
  const [changingPassword, setChangingPassword] = useState(false);

  useEffect(() => {
    document.title = `${TITLES[route.name]} · Redress`;
  }, [route.name]);

  // Moving focus to the new screen tells keyboard and screen-reader users the page changed.
  const screenKey = route.name === 'case' ? `case:${route.id}` : route.name;
  useEffect(() => {
    mainRef.current?.focus({ preventScroll: true });
  }, [screenKey]);

  const link = (name: Route['name'], href: string, text: string) => (
    <a href={href} className="nav-link" aria-current={route.name === name ? 'page' : undefined}>
      {text}
    </a>
  );

  return (
    <div className="shell">
      <a href="#main" className="skip-link" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        Skip to content
      </a>
      <header className="topbar">
        <a href="#/inbox" className="brand">
          <span className="brand-mark" aria-hidden="true">R</span> Redress
        </a>
        <nav aria-label="Main">
          {link('inbox', '#/inbox', 'Inbox')}
          {link('dashboards', '#/dashboards', 'Dashboards')}
          {canForward(user.role) && link('forward', '#/forward', 'Forward a post')}
          {isAdmin(user.role) && link('settings', '#/settings', 'Settings')}
        </nav>
        <div className="topbar-end">
          <Notifications />
          <span className="whoami" title={user.email}>
            {user.name} <span className="muted">· {ROLE_LABELS[user.role as Role] ?? user.role}</span>
          </span>
          <button type="button" onClick={() => setChangingPassword(true)}>
            Change password
          </button>
          <button type="button" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <Dialog open={changingPassword} title="Change your password" onClose={() => setChangingPassword(false)}>
        <PasswordForm
          api={api}
          onChanged={() => {
            setChangingPassword(false);
            toast('Password changed. Your other sessions were signed out.');
          }}
          extraActions={
            <button type="button" onClick={() => setChangingPassword(false)}>
              Cancel
            </button>
          }
        />
      </Dialog>
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        {route.name === 'inbox' && <Inbox query={route.query} />}
        {route.name === 'case' && (/^\d+$/.test(route.id) ? <CaseByNumber number={Number(route.id)} /> : <CaseScreen key={route.id} caseId={route.id} />)}
        <Suspense fallback={<Loading />}>
          {route.name === 'dashboards' && <Dashboards />}
          {route.name === 'forward' && (canForward(user.role) ? <ForwardForm /> : <Empty title="Your role cannot forward posts." />)}
          {route.name === 'settings' &&
            (isAdmin(user.role) ? <Settings section={route.section} /> : <Empty title="Settings are for administrators." />)}
        </Suspense>
        {route.name === 'not_found' && (
          <Empty title="There is nothing at this address.">
            <a href="#/inbox">Go to the inbox</a>
          </Empty>
        )}
      </main>
    </div>
  );
}
