// Who is signed in, Change password and Sign out. On a wide screen they sit in the top bar; on a phone they fold
// under one Account button (a disclosure: Escape or a click elsewhere closes it, focus returns to the button), so the
// bar keeps to two short rows instead of a fifth of the screen (app.css decides which, by width).
import { useState } from 'react';
import { useDisclosure } from '../hooks/useDisclosure.js';
import { useApp } from '../hooks/context.js';
import { ROLE_LABELS, type Role } from '../lib/permissions.js';
import { Dialog } from '../components/Dialog.js';
import { PasswordForm } from '../components/PasswordForm.js';

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');

export function AccountMenu({ onSignOut }: { onSignOut: () => void }) {
  const { api, user, toast } = useApp();
  const { open, setOpen, rootRef, toggleRef } = useDisclosure();
  const [changingPassword, setChangingPassword] = useState(false);


  const role = ROLE_LABELS[user.role as Role] ?? user.role;
  return (
    <div className="account" ref={rootRef}>
      <button type="button" ref={toggleRef} className="account-toggle" aria-expanded={open} aria-controls="account-menu" onClick={() => setOpen(!open)}>
        <span className="account-initials" aria-hidden="true">
          {initialsOf(user.name)}
        </span>
        <span className="visually-hidden">Account: {user.name}</span>
      </button>
      <div id="account-menu" className="topbar-account" data-open={open}>
        <span className="whoami" title={user.email}>
          {user.name} <span className="muted">· {role}</span>
        </span>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setChangingPassword(true);
          }}
        >
          Change password
        </button>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </div>
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
    </div>
  );
}
