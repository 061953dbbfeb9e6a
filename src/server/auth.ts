// Sessions (HttpOnly cookie, idle and absolute timeouts, CSRF token), API tokens (shown once, hashed at rest,
// scoped, revocable) and the principal every route checks. Login is rate-limited per address and email.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Db } from '../store/db.js';
import type { EnvConfig } from '../config/env.js';
import { ROLES, type Role } from '../config/file-schema.js';
import { can, notPermittedMessage, type Action } from '../domain/permissions.js';
import { verifyPassword } from '../app/passwords.js';
import { hashSecret, newSecret } from '../app/api-tokens.js';
import { LoginLimiter } from './login-limiter.js';
import { HttpError, forbidden } from './errors.js';
import { audit } from './audit.js';
import { answer, errors, Nullable, Ok, StringEnum, Uuid } from './openapi.js';
import type { Actor } from '../app/timeline.js';

const UserView = Type.Object({ id: Uuid(), email: Type.String(), name: Type.String(), role: StringEnum(ROLES), sites: Type.Array(Type.String(), { description: 'site scope; empty means all sites' }) });
const CsrfToken = Type.String({ description: 'send it as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE made with this session' });
const MustChangePassword = Type.Boolean({ description: 'signed in with a one-time password: only POST /api/v1/me/password (and GET /auth/me, POST /auth/logout) is allowed until a new one is chosen' });
const SignedIn = Type.Object({ user: UserView, csrfToken: CsrfToken, mustChangePassword: MustChangePassword });
const Me = Type.Object({
  user: Type.Object(
    { id: Nullable(Uuid()), email: Nullable(Type.String()), name: Type.String(), role: StringEnum(ROLES), sites: Type.Array(Type.String()) },
    { description: 'for an API token, id and email are null and name is the token\'s name' },
  ),
  csrfToken: Nullable(CsrfToken, { description: 'the session\'s CSRF token; null for an API token' }),
  mustChangePassword: MustChangePassword,
});

/** Who a timeline says acted: the signed-in user, or the system for an API token (the audit log names the token). */
export const actorOf = (who: Principal): Actor => (who.userId ? { kind: 'user', id: who.userId } : { kind: 'system' });

export interface Principal {
  userId: string | null;
  tokenId: string | null;
  label: string;
  name: string;
  email: string | null;
  role: Role;
  /** Site scope; empty means all sites. */
  sites: string[];
  csrfToken: string | null;
  /** Signed in with a one-time password: nothing but choosing one's own password (and signing out) is allowed. */
  mustChangePassword: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export const SESSION_COOKIE = 'redress_session';

export function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function require(req: FastifyRequest, action?: Action): Principal {
  const p = req.principal;
  if (!p) throw new HttpError(401, 'unauthorized', 'Sign in first (session cookie or Authorization: Bearer token).');
  if (action && !can(p.role, action)) throw forbidden(notPermittedMessage(p.role, action));
  return p;
}

const ONE_TIME_ROUTES = new Set(['/api/v1/auth/me', '/api/v1/auth/logout', '/api/v1/me/password']);

export function registerAuth(app: FastifyInstance, db: Db, env: EnvConfig): void {
  const limiter = new LoginLimiter(db, env.loginAttemptsPer15Min);
  app.decorateRequest('principal', null);

  app.addHook('onRequest', async (req) => {
    req.principal = null;
    if (!req.url.startsWith('/api/')) return;
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const r = await db.query<{ id: string; name: string; role: Role; sites: string[] }>(
        `UPDATE api_tokens SET last_used_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING id, name, role, sites`,
        [hashSecret(header.slice(7).trim())],
      );
      const t = r.rows[0];
      if (!t) throw new HttpError(401, 'unauthorized', 'The API token is unknown or revoked.');
      req.principal = { userId: null, tokenId: t.id, label: `token:${t.name}`, name: t.name, email: null, role: t.role, sites: t.sites, csrfToken: null, mustChangePassword: false };
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const r = await db.query<{ user_id: string; csrf_token: string; email: string; name: string; role: Role; sites: string[]; one_time: boolean }>(
      `UPDATE sessions s SET last_seen_at = now() FROM users u
        WHERE s.id = $1 AND u.id = s.user_id AND u.disabled_at IS NULL
          AND s.last_seen_at > now() - make_interval(mins => $2) AND s.created_at > now() - make_interval(hours => $3)
        RETURNING s.user_id, s.csrf_token, u.email, u.name, u.role, u.sites, u.password_one_time_until IS NOT NULL AS one_time`,
      [hashSecret(cookie), env.sessionIdleMinutes, env.sessionAbsoluteHours],
    );
    const s = r.rows[0];
    if (!s) return;
    req.principal = { userId: s.user_id, tokenId: null, label: s.email, name: s.name, email: s.email, role: s.role, sites: s.sites, csrfToken: s.csrf_token, mustChangePassword: s.one_time };
    // Cookies ride along on cross-site requests; a state change must also prove it came from our page.
    if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method) && !req.url.startsWith('/api/v1/auth/login')) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameString(sent, s.csrf_token)) throw new HttpError(403, 'forbidden', 'Missing or wrong X-CSRF-Token header.');
    }
    // A password someone else knows is not enough to read patient data: it opens only the way to replace it.
    if (s.one_time && !ONE_TIME_ROUTES.has(req.url.split('?')[0])) {
      throw new HttpError(403, 'password_change_required', 'Choose a password of your own first (POST /api/v1/me/password).');
    }
  });

  const userView = (p: { id: string; email: string; name: string; role: Role; sites: string[] }) => ({ id: p.id, email: p.email, name: p.name, role: p.role, sites: p.sites });

  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie and answers the CSRF token',
        description: 'Sets the HttpOnly cookie `redress_session`. Keep `csrfToken`: every POST, PUT, PATCH and DELETE made with this session must send it as the `X-CSRF-Token` header (`GET /api/v1/auth/me` answers it again).',
        security: [],
        body: Type.Object({ email: Type.String({ minLength: 1, maxLength: 300 }), password: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false }),
        response: {
          200: answer('Signed in: the session cookie is set', SignedIn),
          ...errors(
            400,
            [401, 'Email or password is wrong (`unauthorized`), or the one-time password has expired (`password_expired`).'],
            [403, 'The request also carries a session opened with a one-time password, which may only choose a new one (`password_change_required`).'],
            429,
          ),
        },
      },
    },
    async (req, reply: FastifyReply) => {
      const { email, password } = req.body as { email: string; password: string };
      const key = `${req.ip}|${email.toLowerCase()}`;
      if (await limiter.blocked(key)) throw new HttpError(429, 'too_many_requests', 'Too many failed sign-ins; wait 15 minutes.');
      const r = await db.query<{ id: string; email: string; name: string; role: Role; sites: string[]; password_hash: string | null; one_time_until: Date | null; expired: boolean }>(
        `SELECT id, email, name, role, sites, password_hash, password_one_time_until AS one_time_until, password_one_time_until < now() AS expired
           FROM users WHERE email = lower($1) AND disabled_at IS NULL`,
        [email],
      );
      const user = r.rows[0];
      if (!user || !(await verifyPassword(user.password_hash, password))) {
        await limiter.fail(key);
        await audit(db, null, req.ip, 'auth.login_failed', 'user', user?.id ?? null);
        throw new HttpError(401, 'unauthorized', 'Email or password is wrong.');
      }
      if (user.expired) {
        await audit(db, null, req.ip, 'auth.login_expired_password', 'user', user.id);
        throw new HttpError(401, 'password_expired', 'This one-time password has expired; ask an administrator for a new one.');
      }
      await limiter.clear(key);
      const token = newSecret();
      const csrfToken = newSecret(18);
      await db.query(`INSERT INTO sessions (id, user_id, csrf_token, ip) VALUES ($1, $2, $3, $4)`, [hashSecret(token), user.id, csrfToken, req.ip]);
      const mustChangePassword = user.one_time_until !== null;
      const principal: Principal = { userId: user.id, tokenId: null, label: user.email, name: user.name, email: user.email, role: user.role, sites: user.sites, csrfToken, mustChangePassword };
      await audit(db, principal, req.ip, 'auth.login', 'user', user.id);
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: req.protocol === 'https',
        maxAge: env.sessionAbsoluteHours * 3600,
      });
      return { user: userView(user), csrfToken, mustChangePassword };
    },
  );

  app.get(
    '/api/v1/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user and their CSRF token', response: { 200: answer('Who is signed in', Me), ...errors(401) } } },
    async (req) => {
      const p = require(req);
      return { user: { id: p.userId, email: p.email, name: p.name, role: p.role, sites: p.sites }, csrfToken: p.csrfToken, mustChangePassword: p.mustChangePassword };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out', response: { 200: answer('Signed out (also when there was no session)', Ok), ...errors([401, 'An unknown or revoked API token (`unauthorized`).'], 403) } } },
    async (req, reply) => {
      const cookie = req.cookies[SESSION_COOKIE];
      if (cookie) await db.query('DELETE FROM sessions WHERE id = $1', [hashSecret(cookie)]);
      if (req.principal) await audit(db, req.principal, req.ip, 'auth.logout', 'user', req.principal.userId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );
}
