// Choosing one's own password: after signing in with a one-time password (the only thing that session may do) or
// whenever someone wants to. Other sessions of theirs end, in case the old password is why they change it.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Db } from '../store/db.js';
import { hashSecret } from '../app/api-tokens.js';
import { hashPassword, passwordProblem, verifyPassword } from '../app/passwords.js';
import { badRequest, forbidden, HttpError } from './errors.js';
import { audit } from './audit.js';
import { require, SESSION_COOKIE } from './auth.js';
import { LoginLimiter } from './login-limiter.js';
import type { EnvConfig } from '../config/env.js';
import { answer, errors, Ok } from './openapi.js';

const Body = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 1000 }), newPassword: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);

export function registerPasswordChange(app: FastifyInstance, db: Db, env: EnvConfig): void {
  // Counts failures in the same table as sign-in does, so guesses here and there add up.
  const limiter = new LoginLimiter(db, env.loginAttemptsPer15Min);
  app.post(
    '/api/v1/me/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your own password (required after signing in with a one-time password); your other sessions end',
        body: Body,
        response: {
          200: answer('Changed; your other sessions have ended', Ok),
          ...errors(
            [400, 'Invalid body, a wrong current password (`details` names `currentPassword`) or a new password that is too weak or unchanged (names `newPassword`).'],
            401,
            [403, 'An API token, which has no password (`forbidden`); or a session write without the right `X-CSRF-Token` header.'],
            429,
          ),
        },
      },
    },
    async (req) => {
      const p = require(req);
      if (!p.userId || !p.email) throw forbidden('An API token has no password to change.');
      const { currentPassword, newPassword } = req.body as { currentPassword: string; newPassword: string };
      // A stolen session must not become a way to guess the password it was opened with.
      const key = `${req.ip}|${p.email}`;
      if (await limiter.blocked(key)) throw new HttpError(429, 'too_many_requests', 'Too many wrong passwords; wait 15 minutes.');
      const r = await db.query<{ password_hash: string | null }>('SELECT password_hash FROM users WHERE id = $1', [p.userId]);
      if (!(await verifyPassword(r.rows[0]?.password_hash ?? null, currentPassword))) {
        await limiter.fail(key);
        throw badRequest('The current password is wrong.', [{ path: 'currentPassword', message: 'is not your current password' }]);
      }
      const problem = newPassword === currentPassword ? 'must differ from the current password' : passwordProblem(newPassword, { email: p.email, name: p.name });
      if (problem) throw badRequest(`The new password ${problem}.`, [{ path: 'newPassword', message: problem }]);
      const hash = await hashPassword(newPassword);
      const thisSession = hashSecret(req.cookies[SESSION_COOKIE] ?? '');
      await db.transaction(async (tx) => {
        await tx.query('UPDATE users SET password_hash = $2, password_one_time_until = NULL WHERE id = $1', [p.userId, hash]);
        await tx.query('DELETE FROM sessions WHERE user_id = $1 AND id <> $2', [p.userId, thisSession]);
        await audit(tx, p, req.ip, 'user.password_changed', 'user', p.userId);
      });
      await limiter.clear(key);
      return { ok: true };
    },
  );
}
