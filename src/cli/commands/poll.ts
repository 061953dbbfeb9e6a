// `redress poll`: reads every polled channel account once, now, as the scheduled job does, and says how each went:
// an admin checking new credentials need not wait for the schedule. New posts are queued for the workers.
import type { Command } from '../io.js';
import { parseArgs } from '../io.js';
import { readEnv } from '../../config/env.js';
import { openRuntime } from '../../app/runtime.js';
import type { AccountPoll } from '../../app/poll-sources.js';

export const pollCommand: Command = async (args, io) => {
  parseArgs(args, []);
  const rt = await openRuntime(readEnv(io.env), { purpose: 'redress poll', autoMigrate: false });
  try {
    const results = (await rt.workerContext.pollSources()) as AccountPoll[];
    if (results.length === 0) io.stdout.write('No channel account is read by Redress: set platform credentials (README, Platform connections).\n');
    for (const r of results)
      io.stdout.write(`${r.channelAccountId}: ${r.failed ? 'failed' : `${r.read} read, ${r.accepted} new, ${r.revised} revised`}${r.error ? `: ${r.error}` : ''}\n`);
    return results.some((r) => r.failed) ? 1 : 0;
  } finally {
    await rt.close();
  }
};
