// Everything a Redress process holds: the database, the job queue, the cached organization, the notification
// senders. `serve`, `worker` and `start` (both, embedded) build one of these.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvConfig } from '../config/env.js';
import { openPglite, openPostgres, type Db } from '../store/db.js';
import { describeSchemaProblem, migrate, schemaStatus } from '../store/migrate.js';
import { JobQueue } from '../jobs/queue.js';
import { JOBS, type WorkerContext } from '../jobs/definitions.js';
import { cachedOrgState } from './org-state.js';
import { deliverNotification } from './deliver-notification.js';
import { sweepClocks } from './sweep-clocks.js';
import { expireOnSite } from './expire-on-site.js';
import { createSenders, type DestinationKind, type Sender } from '../notify/index.js';
import { createChannels, type ChannelRegistry } from '../channels/registry.js';
import { deliverReply } from './replies.js';
import { createSources, type SourceRegistry } from '../channels/sources.js';
import { pollSources } from './poll-sources.js';
import { storedRefreshingToken } from './stored-token.js';
import { fixedXTokens, type XTokens } from '../channels/registry.js';

export interface Runtime {
  env: EnvConfig;
  db: Db;
  queue: JobQueue;
  org: ReturnType<typeof cachedOrgState>;
  now(): Date;
  workerContext: WorkerContext;
  channels: ChannelRegistry;
  sources: SourceRegistry;
  /** One per destination kind; `unavailable` says which cannot send here (email without SMTP). */
  senders: Record<DestinationKind, Sender>;
  close(): Promise<void>;
}

export class EmbeddedDatabaseBusy extends Error {}

const LOCK_FILE = 'redress.lock';

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The embedded database allows one process. A second one is told who holds it instead of corrupting it or
 * waiting forever; a lock left by a killed process is taken over.
 */
export function lockEmbedded(dataDir: string, purpose: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  if (existsSync(file)) {
    try {
      const held = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; purpose: string; port?: number };
      if (held.pid !== process.pid && pidAlive(held.pid))
        throw new EmbeddedDatabaseBusy(
          `The embedded database in ${dataDir} is in use by process ${held.pid} (${held.purpose}). ` +
            `Stop it first, use the running server's API, or run Redress on a PostgreSQL server (DATABASE_URL).`,
        );
    } catch (err) {
      if (err instanceof EmbeddedDatabaseBusy) throw err;
    }
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify({ pid: process.pid, purpose }));
  return () => rmSync(file, { force: true });
}

export interface OpenOptions {
  purpose: string;
  /** Apply migrations instead of refusing an old schema (embedded quick start, `redress migrate`). */
  autoMigrate: boolean;
  now?: () => Date;
  channels?: ChannelRegistry;
  sources?: SourceRegistry;
}

export async function openDatabase(env: EnvConfig, options: OpenOptions): Promise<{ db: Db; release(): void; applied: string[] }> {
  let release = () => undefined as void;
  let db: Db;
  if (env.databaseUrl) db = openPostgres(env.databaseUrl);
  else {
    release = lockEmbedded(env.dataDir, options.purpose);
    try {
      db = await openPglite({ dataDir: join(env.dataDir, 'pgdata') });
    } catch (err) {
      release();
      throw err;
    }
  }
  let applied: string[] = [];
  try {
    if (options.autoMigrate) applied = await migrate(db);
    const problem = describeSchemaProblem(await schemaStatus(db));
    if (problem) throw new Error(problem);
  } catch (err) {
    await db.close().catch(() => undefined);
    release();
    throw err;
  }
  return { db, release, applied };
}

export async function openRuntime(env: EnvConfig, options: OpenOptions): Promise<Runtime> {
  const { db, release } = await openDatabase(env, options);
  return runtimeOver(db, env, { ...options, release });
}

/** A runtime over an open, migrated database (tests build theirs with this too). `release` frees the embedded lock. */
export async function runtimeOver(
  db: Db,
  env: EnvConfig,
  options: { now?: () => Date; channels?: ChannelRegistry; sources?: SourceRegistry; release?: () => void } = {},
): Promise<Runtime> {
  const release = options.release ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const queue = new JobQueue(db, JOBS, { batchSize: env.workerBatchSize, pollSeconds: env.workerPollSeconds });
  await queue.start();
  const org = cachedOrgState(db);
  const xTokens = xTokenSources(env, db);
  const channels = options.channels ?? createChannels({}, env, xTokens);
  const sources = options.sources ?? createSources(env, {}, xTokens);
  // Every kind gets its sender: Slack, Teams and webhooks need only their URL; email without SMTP says so when used.
  const senders = createSenders({ smtp: env.smtpUrl ? smtpOptions(env.smtpUrl, env.smtpFrom) : undefined });
  const workerContext: WorkerContext = {
    db,
    queue,
    org: () => org.get(),
    now,
    deliverNotification: (id) => deliverNotification({ db, queue, senders, publicUrl: env.publicUrl, allowPrivateOutbound: env.allowPrivateOutbound, now }, id),
    sweepClocks: async () => {
      const swept = await sweepClocks(db, queue, await org.get(), now());
      return { ...swept, leftSite: await expireOnSite(db, now()) };
    },
    deliverReply: (id) => deliverReply({ db, channels, org, now }, id),
    pollSources: (only) => pollSources({ db, queue, sources, now, backfillDays: env.sourceBackfillDays, profile: async () => (await org.get()).profile }, only),
  };
  return {
    env,
    db,
    queue,
    org,
    now,
    workerContext,
    channels,
    sources,
    senders,
    async close() {
      await queue.stop().catch(() => undefined);
      await Promise.all(Object.values(senders).map((s) => s.close?.()));
      await db.close().catch(() => undefined);
      release();
    },
  };
}

/** X accounts with a rotating refresh token renew through the database; the rest use their fixed token. */
function xTokenSources(env: EnvConfig, db: Db): XTokens {
  const renewed = Object.entries(env.xOAuth?.refreshTokens ?? {}).map(([userId, refreshToken]) => [
    userId,
    storedRefreshingToken(db, { key: `x:${userId}`, platform: 'X', tokenUrl: env.xOAuth!.tokenUrl, clientId: env.xOAuth!.clientId, clientSecret: env.xOAuth!.clientSecret, clientAuth: env.xOAuth!.clientSecret ? 'basic' : 'body', refreshToken }),
  ]);
  return { ...fixedXTokens(env), ...Object.fromEntries(renewed) };
}

function smtpOptions(url: string, from: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || (u.protocol === 'smtps:' ? 465 : 587)),
    secure: u.protocol === 'smtps:',
    user: u.username ? decodeURIComponent(u.username) : undefined,
    pass: u.password ? decodeURIComponent(u.password) : undefined,
    from,
  };
}

/** Starts this process's workers, the minute clock sweep and the polls of platforms that do not push posts. */
export async function startWorkers(rt: Runtime): Promise<void> {
  await rt.queue.work(rt.workerContext);
  await rt.queue.schedule('clocks.sweep', '* * * * *', {});
  if (rt.env.sourcePollMinutes > 0) await rt.queue.schedule('sources.poll', `*/${rt.env.sourcePollMinutes} * * * *`, {});
  else await rt.queue.unschedule('sources.poll');
}
