// For callers of the API inside the process (the demo history, tests): the headers a signed-in browser would send,
// its session cookie and the CSRF token, read off the answer to POST /api/v1/auth/login.
import type { LightMyRequestResponse } from 'fastify';

export type SessionHeaders = Record<string, string>;

export function sessionHeadersOf(login: LightMyRequestResponse): SessionHeaders {
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return { cookie, 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };
}
