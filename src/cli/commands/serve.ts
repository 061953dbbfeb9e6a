// `start`, `serve` and `worker`: the long-running processes.
import type { Command, CliIO } from '../io.js';
import { parseArgs } from '../io.js';
import { readEnv, type EnvConfig } from '../../config/env.js';
import { openRuntime, startWorkers, type Runtime } from '../../app/runtime.js';
import { buildServer } from '../../server/app.js';
import { applyConfig, hasOrganization } from '../../app/apply-config.js';
import { loadConfigFile } from '../../config/load-file.js';
import { DEMO_ADMIN_EMAIL, isDemo, loadDemo } from '../../demo/load.js';
import { playDemoHistory } from '../../demo/history.js';
import { DEMO_PASSWORD, verifyPassword } from '../../app/passwords.js';

/** Production refuses the published demo sign-in and needs a real admin. */
export async function productionProblem(rt: Runtime): Promise<string | null> {
  if (await isDemo(rt.db)) return 'This database holds the demo. Run the demo with `npm start`, or use a fresh database for production.';
  const admins = await rt.db.query<{ email: string; password_hash: string | null }>(
    `SELECT email, password_hash FROM users WHERE role = 'admin' AND disabled_at IS NULL AND password_hash IS NOT NULL`,
  );
  if (admins.rows.length === 0) return 'No admin can sign in yet. Create one: redress user add --email you@example.org --name "Your Name" --role admin';
  for (const a of admins.rows) {
    if (await verifyPassword(a.password_hash, DEMO_PASSWORD)) return `Admin ${a.email} uses the public demo password; change it with redress user passwd --email ${a.email}`;
  }
  return null;
}

function onShutdown(io: CliIO, stop: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const handler = async () => {
      if (stopping) return;
      stopping = true;
      io.stderr.write('Stopping…\n');
      await stop().catch(() => undefined);
      resolve();
    };
    process.once('SIGINT', handler);
    process.once('SIGTERM', handler);
  });
}

async function listen(rt: Runtime, io: CliIO) {
  const app = await buildServer(rt);
  const address = await app.listen({ port: rt.env.port, host: rt.env.host });
  io.stdout.write(`Redress is listening on ${address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost')} (API reference: /api/docs)\n`);
  return app;
}

async function firstStart(rt: Runtime, env: EnvConfig, io: CliIO, demo: boolean): Promise<void> {
  if (await hasOrganization(rt.db)) return;
  if (env.configPath) {
    await applyConfig(rt.db, loadConfigFile(env.configPath));
    io.stdout.write(`Loaded the organization from ${env.configPath}.\n`);
  } else if (demo) {
    const r = await loadDemo(rt.db, rt.queue);
    const stories = await playDemoHistory(rt);
    io.stdout.write(`Loaded the demo health system with ${r.accepted} posts, triaged and routed, and the team's work on ${stories} older cases.\n`);
  }
}

/**
 * Opens the runtime, runs `begin` (which returns how to stop what it started), then waits for SIGINT or SIGTERM.
 * A failure while starting closes what was opened.
 */
async function runUntilSignal(io: CliIO, env: EnvConfig, purpose: string, autoMigrate: boolean, begin: (rt: Runtime) => Promise<() => Promise<void>>): Promise<number> {
  const rt = await openRuntime(env, { purpose, autoMigrate });
  let stop: () => Promise<void>;
  try {
    stop = await begin(rt);
  } catch (err) {
    await rt.close();
    throw err;
  }
  await onShutdown(io, async () => {
    await stop();
    await rt.close();
  });
  return 0;
}

export const startCommand: Command = async (args, io) => {
  const { options } = parseArgs(args, []);
  const env = readEnv(io.env);
  const demo = Boolean(options.demo) || (!env.databaseUrl && !env.configPath);
  return runUntilSignal(io, env, `redress start on port ${env.port}`, true, async (rt) => {
    await firstStart(rt, env, io, demo);
    const isDemoDb = await isDemo(rt.db);
    if (!isDemoDb) {
      const problem = await productionProblem(rt);
      if (problem) throw new Error(problem);
    }
    await startWorkers(rt);
    const app = await listen(rt, io);
    if (isDemoDb) io.stdout.write(`\nOpen http://localhost:${env.port} and sign in as ${DEMO_ADMIN_EMAIL} with the password ${DEMO_PASSWORD}\n`);
    return () => app.close();
  });
};

export const serveCommand: Command = async (_args, io) => {
  const env = readEnv(io.env);
  return runUntilSignal(io, env, `redress serve on port ${env.port}`, false, async (rt) => {
    const problem = await productionProblem(rt);
    if (problem) throw new Error(problem);
    // The embedded database admits one process, so there the web process runs the jobs too.
    if (!env.databaseUrl) await startWorkers(rt);
    const app = await listen(rt, io);
    return () => app.close();
  });
};

export const workerCommand: Command = async (_args, io) => {
  const env = readEnv(io.env);
  return runUntilSignal(io, env, 'redress worker', false, async (rt) => {
    await startWorkers(rt);
    io.stdout.write(`Redress worker ${process.pid} is processing jobs.\n`);
    return async () => undefined;
  });
};
