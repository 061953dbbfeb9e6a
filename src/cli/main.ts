// `redress <command>`: the one entry point for operators, scripts and evaluations.
import type { Command, CliIO } from './io.js';
import { UsageError } from './io.js';
import { ConfigError } from '../config/env.js';
import { EmbeddedDatabaseBusy } from '../app/runtime.js';
import { serveCommand, startCommand, workerCommand } from './commands/serve.js';
import { migrateCommand } from './commands/migrate.js';
import { importCommand } from './commands/import.js';
import { demoCommand } from './commands/demo.js';
import { userCommand } from './commands/user.js';
import { tokenCommand } from './commands/token.js';
import { triageCommand } from './commands/triage.js';
import { retriageCommand } from './commands/retriage.js';
import { pollCommand } from './commands/poll.js';
import { configCommand } from './commands/config.js';
import { extensionCommands } from './commands/extensions.js';

const COMMANDS: Record<string, { run: Command; help: string }> = {
  start: { run: startCommand, help: 'run web, API and workers in one process (embedded database; loads the demo on first start with --demo)' },
  serve: { run: serveCommand, help: 'run the web app and API (with DATABASE_URL: as many processes as you like)' },
  worker: { run: workerCommand, help: 'run background jobs (with DATABASE_URL: as many processes as you like)' },
  migrate: { run: migrateCommand, help: 'apply database migrations' },
  import: { run: importCommand, help: 'import posts from a .jsonl or .csv file: redress import <file>' },
  poll: { run: pollCommand, help: 'read Google reviews, X mentions, subreddits and mailboxes once now, and say how each account went' },
  demo: { run: demoCommand, help: 'load the demo organization and posts: redress demo [--reset]' },
  user: { run: userCommand, help: 'manage users: redress user add|passwd|disable' },
  token: { run: tokenCommand, help: 'manage API tokens: redress token create|list|revoke' },
  config: { run: configCommand, help: 'check or apply an organization config file: redress config check|apply <file>' },
  triage: { run: triageCommand, help: 'triage JSONL posts: redress triage --org <file> [--in file] [--out file]' },
  retriage: { run: retriageCommand, help: 'recompute stored triage after an engine upgrade: redress retriage [--since ISO-date]' },
  ...extensionCommands,
};

function usage(io: CliIO): void {
  io.stdout.write('Usage: redress <command> [options]\n\nCommands:\n');
  for (const [name, c] of Object.entries(COMMANDS)) io.stdout.write(`  ${name.padEnd(12)} ${c.help}\n`);
}

export async function main(argv: string[], io: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    usage(io);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`Unknown command "${name}".\n`);
    usage(io);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`redress ${name}: ${err.message}\n`);
      return 2;
    }
    if (err instanceof ConfigError || err instanceof EmbeddedDatabaseBusy) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    io.stderr.write(`redress ${name} failed: ${(err as Error).message}\n`);
    return 1;
  }
}
