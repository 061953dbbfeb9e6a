// `redress token create|list|revoke`: API tokens for integrations. The token is printed once; only its hash is kept.
import type { Command } from '../io.js';
import { parseArgs, UsageError } from '../io.js';
import { readEnv } from '../../config/env.js';
import { openDatabase } from '../../app/runtime.js';
import type { Role } from '../../config/file-schema.js';
import { createToken, listTokens, revokeToken, tokenRequestProblems } from '../../app/api-tokens.js';

const CLI = { userId: null, label: 'cli' };

export const tokenCommand: Command = async (args, io) => {
  const { options, positional } = parseArgs(args, ['name', 'role', 'sites', 'id']);
  const action = positional[0];
  if (!['create', 'list', 'revoke'].includes(action ?? '')) throw new UsageError('redress token create --name N --role R [--sites a,b] | list | revoke --id ID');
  const { db, release } = await openDatabase(readEnv(io.env), { purpose: `redress token ${action}`, autoMigrate: false });
  try {
    if (action === 'create') {
      const request = {
        name: typeof options.name === 'string' ? options.name : '',
        role: (options.role ?? 'social_agent') as Role,
        sites: typeof options.sites === 'string' ? options.sites.split(',').filter(Boolean) : [],
      };
      const problems = await tokenRequestProblems(db, request);
      if (problems.length) throw new UsageError(problems.map((p) => `--${p.path.replace(/\[\d+\]$/, '')}: ${p.message}`).join('\n'));
      const { id, token } = await createToken(db, request, CLI);
      io.stdout.write(`Token ${id} (${request.role}${request.sites.length ? `, sites ${request.sites.join(',')}` : ''}). Shown once, store it now:\n${token}\n`);
    } else if (action === 'list') {
      for (const t of await listTokens(db))
        io.stdout.write(`${t.id}  ${t.name}  ${t.role}  ${t.sites.join(',') || 'all sites'}  ${t.revokedAt ? 'revoked' : `last used ${t.lastUsedAt?.toISOString() ?? 'never'}`}\n`);
    } else {
      if (typeof options.id !== 'string') throw new UsageError('--id: the token id from `redress token list`');
      if (!(await revokeToken(db, options.id, CLI))) throw new UsageError(`no active token ${options.id}`);
      io.stdout.write(`Revoked ${options.id}.\n`);
    }
    return 0;
  } finally {
    await db.close();
    release();
  }
};
