// `redress token create|list|revoke`: API tokens for integrations. The token is printed once; only its hash is kept.
import type { Command } from '../io.js';
import { parseArgs, UsageError } from '../io.js';
import { readEnv } from '../../config/env.js';
import { openDatabase } from '../../app/runtime.js';
import { ROLES, type Role } from '../../config/file-schema.js';
import { hashToken, newSecret, TOKEN_PREFIX } from '../../server/auth.js';

export const tokenCommand: Command = async (args, io) => {
  const { options, positional } = parseArgs(args, ['name', 'role', 'sites', 'id']);
  const action = positional[0];
  if (!['create', 'list', 'revoke'].includes(action ?? '')) throw new UsageError('redress token create --name N --role R [--sites a,b] | list | revoke --id ID');
  const { db, release } = await openDatabase(readEnv(io.env), { purpose: `redress token ${action}`, autoMigrate: false });
  try {
    if (action === 'create') {
      const role = (options.role ?? 'social_agent') as Role;
      if (!ROLES.includes(role)) throw new UsageError(`--role: one of ${ROLES.join(', ')}`);
      if (typeof options.name !== 'string' || !options.name.trim()) throw new UsageError('--name: required (what the token is for)');
      const sites = typeof options.sites === 'string' ? options.sites.split(',').filter(Boolean) : [];
      const token = TOKEN_PREFIX + newSecret();
      const r = await db.query<{ id: string }>(`INSERT INTO api_tokens (name, token_hash, role, sites) VALUES ($1, $2, $3, $4) RETURNING id`, [options.name.trim(), hashToken(token), role, sites]);
      await db.query(`INSERT INTO audit_log (actor_label, action, entity_type, entity_id) VALUES ('cli', 'token.create', 'api_token', $1)`, [r.rows[0].id]);
      io.stdout.write(`Token ${r.rows[0].id} (${role}${sites.length ? `, sites ${sites.join(',')}` : ''}). Shown once, store it now:\n${token}\n`);
    } else if (action === 'list') {
      const r = await db.query<{ id: string; name: string; role: string; sites: string[]; created_at: Date; last_used_at: Date | null; revoked_at: Date | null }>(
        'SELECT id, name, role, sites, created_at, last_used_at, revoked_at FROM api_tokens ORDER BY created_at',
      );
      for (const t of r.rows)
        io.stdout.write(`${t.id}  ${t.name}  ${t.role}  ${t.sites.join(',') || 'all sites'}  ${t.revoked_at ? 'revoked' : `last used ${t.last_used_at?.toISOString() ?? 'never'}`}\n`);
    } else {
      if (typeof options.id !== 'string') throw new UsageError('--id: the token id from `redress token list`');
      const r = await db.query(`UPDATE api_tokens SET revoked_at = now() WHERE id::text = $1 AND revoked_at IS NULL RETURNING id`, [options.id]);
      if (r.rowCount === 0) throw new UsageError(`no active token ${options.id}`);
      await db.query(`INSERT INTO audit_log (actor_label, action, entity_type, entity_id) VALUES ('cli', 'token.revoke', 'api_token', $1)`, [options.id]);
      io.stdout.write(`Revoked ${options.id}.\n`);
    }
    return 0;
  } finally {
    await db.close();
    release();
  }
};
