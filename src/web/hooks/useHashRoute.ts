import { useEffect, useState } from 'react';
import { parseHash, type Route } from '../lib/route.js';

export function useHashRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseHash(hash);
}

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}
