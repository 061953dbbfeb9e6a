import { useSyncExternalStore } from 'react';
import { parseHash, type Route } from '../lib/route.js';

// The browser fires `hashchange` as a later task, so a controlled checkbox that
// navigates would show its old state until then. `navigate` therefore tells
// subscribers at once, inside the same event, and `hashchange` covers the
// back button and typed addresses.
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}

/** `replace`: this address stands in for the current one, so Back does not return to it (a redirect). */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const hash = href.replace(/^#/, '');
  if (options.replace) history.replaceState(history.state, '', `#${hash}`);
  else window.location.hash = hash;
  for (const listener of listeners) listener();
}
