// Hash routing: the server only has to serve index.html, and every screen has a link people can share.

export type Route =
  | { name: 'inbox'; query: URLSearchParams }
  | { name: 'case'; id: string; reply?: true }
  | { name: 'dashboards' }
  | { name: 'forward' }
  | { name: 'audit' }
  | { name: 'settings'; section: string | null }
  | { name: 'not_found'; path: string };

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/inbox';
  const [path, search = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case undefined:
    case 'inbox':
      return { name: 'inbox', query: new URLSearchParams(search) };
    case 'cases':
      // `?reply` opens the case with the composer focused (the inbox's r shortcut).
      if (parts[1]) return new URLSearchParams(search).has('reply') ? { name: 'case', id: parts[1], reply: true } : { name: 'case', id: parts[1] };
      break;
    case 'dashboards':
      return { name: 'dashboards' };
    case 'forward':
      return { name: 'forward' };
    case 'audit':
      return { name: 'audit' };
    case 'settings':
      // The audit log left Settings when risk managers could read it too; links kept from then still open it.
      if (parts[1] === 'audit') return { name: 'audit' };
      return { name: 'settings', section: parts[1] ?? null };
  }
  return { name: 'not_found', path };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'inbox': {
      const q = route.query.toString();
      return q ? `#/inbox?${q}` : '#/inbox';
    }
    case 'case':
      return `#/cases/${encodeURIComponent(route.id)}${route.reply ? '?reply' : ''}`;
    case 'settings':
      return route.section ? `#/settings/${encodeURIComponent(route.section)}` : '#/settings';
    case 'not_found':
      return `#${route.path}`;
    default:
      return `#/${route.name}`;
  }
}

export const inboxHref = (query: URLSearchParams) => routeHref({ name: 'inbox', query });
export const caseHref = (id: string, reply = false) => routeHref(reply ? { name: 'case', id, reply } : { name: 'case', id });
