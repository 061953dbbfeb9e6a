// Navigation, skip link and the current screen.
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { Route } from '../lib/route.js';
import { useApp } from '../hooks/context.js';
import { canForward, canReadAudit, isAdmin } from '../lib/permissions.js';
import { Inbox } from './inbox/Inbox.js';
import { CaseScreen } from './case/CaseScreen.js';
import { CaseByNumber } from './case/CaseByNumber.js';
import { ForwardForm } from './ForwardForm.js';
import { Notifications } from './Notifications.js';
import { Empty, Loading } from '../components/States.js';
import { AccountMenu } from './AccountMenu.js';

// Charts and the settings editor are heavy and not needed to work the queue: loaded on first visit.
const Dashboards = lazy(() => import('./dashboards/Dashboards.js').then((m) => ({ default: m.Dashboards })));
const Settings = lazy(() => import('./settings/Settings.js').then((m) => ({ default: m.Settings })));
const AuditLog = lazy(() => import('./audit/AuditLog.js').then((m) => ({ default: m.AuditLog })));

const TITLES: Record<Route['name'], string> = {
  inbox: 'Inbox',
  case: 'Case',
  dashboards: 'Dashboards',
  forward: 'Forward a private post',
  audit: 'Audit log',
  settings: 'Settings',
  not_found: 'Not found',
};

export function Shell({ route, onSignOut }: { route: Route; onSignOut: () => void }) {
  const { user } = useApp();
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = `${TITLES[route.name]} · Redress`;
  }, [route.name]);

  // Moving focus to the new screen tells keyboard and screen-reader users the page changed.
  const screenKey = route.name === 'case' ? `case:${route.id}` : route.name;
  useEffect(() => {
    mainRef.current?.focus({ preventScroll: true });
  }, [screenKey]);

  // `extra`: words a phone leaves out to keep the navigation on one row ("Forward a post" reads "Forward").
  const link = (name: Route['name'], href: string, text: string, extra = '') => (
    <a href={href} className="nav-link" aria-current={route.name === name ? 'page' : undefined}>
      {text}
      {extra && <span className="nav-extra">{extra}</span>}
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
          {canForward(user.role) && link('forward', '#/forward', 'Forward', ' a post')}
          {canReadAudit(user.role) && link('audit', '#/audit', 'Audit log')}
          {isAdmin(user.role) && link('settings', '#/settings', 'Settings')}
        </nav>
        <div className="topbar-end">
          <Notifications />
          <AccountMenu onSignOut={onSignOut} />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        {route.name === 'inbox' && <Inbox query={route.query} />}
        {route.name === 'case' && (/^\d+$/.test(route.id) ? <CaseByNumber number={Number(route.id)} /> : <CaseScreen key={route.id} caseId={route.id} />)}
        <Suspense fallback={<Loading />}>
          {route.name === 'dashboards' && <Dashboards />}
          {route.name === 'forward' && (canForward(user.role) ? <ForwardForm /> : <Empty title="Your role cannot forward posts." />)}
          {route.name === 'audit' && (canReadAudit(user.role) ? <AuditLog /> : <Empty title="The audit log is for administrators and risk managers." />)}
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
