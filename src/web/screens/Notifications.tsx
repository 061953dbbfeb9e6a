// The bell: mentions and alerts for the signed-in user, checked every minute. The panel closes with Escape (focus
// back on the bell), by clicking anywhere outside it, or by opening one of its items.
import { useEffect, useState } from 'react';
import { useDisclosure } from '../hooks/useDisclosure.js';
import { useApp } from '../hooks/context.js';
import type { Notification } from '../api/types.js';
import { errorMessage } from '../api/client.js';
import { caseHref } from '../lib/route.js';
import { describeAgo } from '../lib/time.js';
import { useNow } from '../hooks/useNow.js';

export function Notifications() {
  const { api, toast, announce } = useApp();
  const [items, setItems] = useState<Notification[] | null>(null);
  const { open, setOpen, rootRef, toggleRef: bellRef } = useDisclosure();
  const [marking, setMarking] = useState(false);
  const now = useNow(60_000);

  useEffect(() => {
    let live = true;
    api.notifications().then((n) => live && setItems(n), () => live && setItems(null));
    return () => {
      live = false;
    };
  }, [api, now, open]);

  const unread = items?.filter((n) => !n.readAt) ?? [];

  async function openItem(n: Notification) {
    if (!n.readAt) await api.readNotification(n.id).catch(() => undefined);
    setOpen(false);
  }

  async function markAllRead() {
    setMarking(true);
    try {
      await api.readAllNotifications();
      const at = new Date().toISOString();
      setItems((list) => list?.map((n) => (n.readAt ? n : { ...n, readAt: at })) ?? list);
      announce('All notifications marked read.');
    } catch (e) {
      toast(errorMessage(e), 'error');
    } finally {
      setMarking(false);
    }
  }

  return (
    <div className="notifications" ref={rootRef}>
      <button type="button" ref={bellRef} aria-expanded={open} aria-controls="notification-list" onClick={() => setOpen(!open)}>
        Notifications{unread.length > 0 && <span className="count-pill"> {unread.length}<span className="visually-hidden"> unread</span></span>}
      </button>
      {open && (
        <div id="notification-list" className="popover" role="region" aria-label="Notifications">
          {items === null && <p className="muted">Notifications are not available.</p>}
          {items?.length === 0 && <p className="muted">Nothing for you right now.</p>}
          {unread.length > 0 && (
            <div className="popover-actions">
              <button type="button" className="link-button" disabled={marking} onClick={() => void markAllRead()}>
                Mark all read
              </button>
            </div>
          )}
          <ul>
            {items?.map((n) => (
              <li key={n.id} className={n.readAt ? 'read' : 'unread'}>
                {n.caseId ? (
                  <a href={caseHref(n.caseId)} onClick={() => openItem(n)}>
                    {n.urgent && <strong>Urgent: </strong>}
                    {n.subject}
                  </a>
                ) : (
                  <span>{n.subject}</span>
                )}
                <span className="muted small"> · {describeAgo(n.createdAt, now)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
