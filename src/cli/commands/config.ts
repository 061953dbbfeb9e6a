// `redress config check|apply <file>`: validates an organization file, listing every problem by path; apply writes it.
import type { Command } from '../io.js';
import { parseArgs, UsageError } from '../io.js';
import { readEnv } from '../../config/env.js';
import { loadConfigFile } from '../../config/load-file.js';
import { openDatabase } from '../../app/runtime.js';
import { applyConfig } from '../../app/apply-config.js';

export const configCommand: Command = async (args, io) => {
  const { positional } = parseArgs(args, []);
  const [action, file] = positional;
  if (!['check', 'apply'].includes(action ?? '') || !file) throw new UsageError('redress config check|apply <redress.config.yaml>');
  const config = loadConfigFile(file);
  if (action === 'check') {
    io.stdout.write(`${file} is valid: ${config.sites?.length ?? 0} sites, ${config.teams?.length ?? 0} teams, ${config.users?.length ?? 0} users.\n`);
    return 0;
  }
  const { db, release } = await openDatabase(readEnv(io.env), { purpose: 'redress config apply', autoMigrate: false });
  try {
    await applyConfig(db, config);
  } finally {
    await db.close();
    release();
  }
  io.stdout.write(`Applied ${file}.\n`);
  return 0;
};
