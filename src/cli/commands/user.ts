// `redress user add|passwd|disable`: accounts from the command line (the first admin of a production install).
import { randomBytes } from 'node:crypto';
import type { Command } from '../io.js';
import { parseArgs, UsageError } from '../io.js';
import { readEnv } from '../../config/env.js';
import { openDatabase } from '../../app/runtime.js';
import { ROLES, type Role } from '../../config/file-schema.js';
import { hashPassword, passwordProblem } from '../../app/passwords.js';

const USAGE = 'redress user add --email E --name N --role R [--sites a,b] [--password P] | passwd --email E [--password P] | disable --email E';

export const userCommand: Command = async (args, io) => {
  const { options, positional } = parseArgs(args, ['email', 'name', 'role', 'sites', 'password']);
  const action = positional[0];
  const email = typeof options.email === 'string' ? options.email.toLowerCase() : '';
  if (!['add', 'passwd', 'disable'].includes(action ?? '')) throw new UsageError(USAGE);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new UsageError('--email: an email address is required');
  // Without --password a strong one is generated and shown once, so none sits in shell history; being known to
  // whoever ran the command, it is one-time: it expires unused and the first sign-in must replace it.
  const chosen = typeof options.password === 'string';
  const password = chosen ? (options.password as string) : randomBytes(12).toString('base64url');
  const env = readEnv(io.env);
  const oneTimeHours = chosen ? null : env.oneTimePasswordHours;
  if (action !== 'disable') {
    const problem = passwordProblem(password, { email, name: typeof options.name === 'string' ? options.name : null });
    if (problem) throw new UsageError(`--password: ${problem}`);
  }
  const { db, release } = await openDatabase(env, { purpose: `redress user ${action}`, autoMigrate: false });
  try {
    if (action === 'add') {
      const role = options.role as Role;
      if (!ROLES.includes(role)) throw new UsageError(`--role: one of ${ROLES.join(', ')}`);
      if (typeof options.name !== 'string' || !options.name.trim()) throw new UsageError('--name: required');
      const sites = typeof options.sites === 'string' ? options.sites.split(',').map((s) => s.trim()).filter(Boolean) : [];
      const known = await db.query<{ id: string }>('SELECT id FROM sites WHERE id = ANY($1::text[])', [sites]);
      const unknown = sites.filter((s) => !known.rows.some((k) => k.id === s));
      if (unknown.length) throw new UsageError(`--sites: no site ${unknown.join(', ')}`);
      const r = await db.query(
        `INSERT INTO users (email, name, role, sites, password_hash, password_one_time_until) VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6))
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [email, options.name.trim(), role, sites, await hashPassword(password), oneTimeHours],
      );
      if (r.rowCount === 0) throw new UsageError(`a user ${email} exists already; use passwd to set the password`);
    } else if (action === 'passwd') {
      const r = await db.query(`UPDATE users SET password_hash = $2, password_one_time_until = now() + make_interval(hours => $3) WHERE email = $1 RETURNING id`, [
        email,
        await hashPassword(password),
        oneTimeHours,
      ]);
      if (r.rowCount === 0) throw new UsageError(`no user ${email}`);
      await db.query(`DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [email]);
    } else {
      const r = await db.query(`UPDATE users SET disabled_at = now() WHERE email = $1 RETURNING id`, [email]);
      if (r.rowCount === 0) throw new UsageError(`no user ${email}`);
      await db.query(`DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [email]);
    }
    await db.query(`INSERT INTO audit_log (actor_label, action, entity_type, entity_id) VALUES ('cli', $1, 'user', $2)`, [`user.${action}`, email]);
  } finally {
    await db.close();
    release();
  }
  const shown = chosen ? '' : ` One-time password (shown once; works for ${oneTimeHours} hours, then must be replaced at first sign-in): ${password}`;
  io.stdout.write(action === 'disable' ? `Disabled ${email}; their sessions ended.\n` : `${action === 'add' ? 'Added' : 'Updated'} ${email}.${shown}\n`);
  return 0;
};
