// `redress demo [--reset]`: loads the demo into an empty embedded database, or wipes the embedded data first.
import { rmSync } from 'node:fs';
import type { Command } from '../io.js';
import { parseArgs, UsageError } from '../io.js';
import { readEnv } from '../../config/env.js';
import { lockEmbedded, openRuntime } from '../../app/runtime.js';
import { hasOrganization } from '../../app/apply-config.js';
import { DEMO_ADMIN_EMAIL, loadDemo } from '../../demo/load.js';
import { playDemoHistory } from '../../demo/history.js';
import { DEMO_PASSWORD } from '../../app/passwords.js';
import { join } from 'node:path';

export const demoCommand: Command = async (args, io) => {
  const { options } = parseArgs(args, []);
  const env = readEnv(io.env);
  if (options.reset) {
    // Resetting a server database is a job for its administrator, not a flag.
    if (env.databaseUrl) throw new UsageError('--reset only works on the embedded database; it would erase a PostgreSQL server');
    const release = lockEmbedded(env.dataDir, 'redress demo --reset');
    rmSync(join(env.dataDir, 'pgdata'), { recursive: true, force: true });
    release();
    io.stdout.write(`Erased the embedded database in ${env.dataDir}.\n`);
  }
  const rt = await openRuntime(env, { purpose: 'redress demo', autoMigrate: true });
  try {
    if (await hasOrganization(rt.db)) throw new UsageError('this database already holds an organization; use --reset (embedded) or an empty database');
    const r = await loadDemo(rt.db, rt.queue);
    const stories = await playDemoHistory(rt);
    io.stdout.write(`Loaded the demo: ${r.accepted} posts, triaged and routed, and the team's work on ${stories} older cases. Sign in as ${DEMO_ADMIN_EMAIL} / ${DEMO_PASSWORD}.\n`);
    return 0;
  } finally {
    await rt.close();
  }
};
