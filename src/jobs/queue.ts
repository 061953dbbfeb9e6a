// The durable job queue: pg-boss on the same PostgreSQL (embedded PGlite or a server). Jobs are data with a
// validated payload; handlers are idempotent, so pg-boss's at-least-once delivery and retries are safe.
import PgBoss from 'pg-boss';
import type { Static, TSchema } from '@sinclair/typebox';
import type { Db, Queryable } from '../store/db.js';
import { schemaProblems } from '../config/problems.js';

export interface JobDefinition<S extends TSchema = TSchema, C = unknown> {
  name: string;
  payload: S;
  /** Attempts after the first; failures past this land in the failed state, visible to admins. */
  retryLimit: number;
  /** Seconds before the first retry; doubled each time (pg-boss backoff). */
  retryDelay: number;
  batchSize?: number;
  handle(payloads: Static<S>[], ctx: C): Promise<void>;
}

export function defineJob<S extends TSchema, C>(def: JobDefinition<S, C>): JobDefinition<S, C> {
  return def;
}

export class InvalidJobPayload extends Error {}

function adapter(q: Queryable | Db): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      // pg-boss sends multi-statement scripts without parameters (its own migrations); only the simple
      // protocol accepts those, on both drivers.
      if ((!values || values.length === 0) && 'exec' in q) return { rows: await q.exec(text) };
      return q.query(text, values ?? []);
    },
  };
}

export interface QueueStats {
  queued: number;
  active: number;
  failed: number;
}

export class JobQueue {
  private readonly boss: PgBoss;
  private readonly defs = new Map<string, JobDefinition<TSchema, never>>();
  /** Workers of this process by queue, so new work can wake them instead of waiting for their next poll. */
  private readonly localWorkers = new Map<string, string[]>();
  private readonly pendingWakes = new Set<string>();

  constructor(
    private readonly db: Db,
    definitions: JobDefinition<TSchema, never>[],
    private readonly options: { pollSeconds?: number; batchSize?: number } = {},
  ) {
    for (const d of definitions) this.defs.set(d.name, d);
    this.boss = new PgBoss({
      db: adapter(db),
      schema: 'pgboss',
      // Cron schedules are driven by a process that runs workers; web-only processes do not schedule.
      schedule: true,
      supervise: true,
      maintenanceIntervalSeconds: 120,
    });
    // pg-boss reports transient errors as events; an unhandled 'error' event would end the process.
    this.boss.on('error', (err) => process.emitWarning(`job queue: ${(err as Error).message}`));
  }

  async start(): Promise<void> {
    await this.boss.start();
    for (const d of this.defs.values()) {
      await this.boss.createQueue(d.name, { name: d.name, retryLimit: d.retryLimit, retryDelay: d.retryDelay, retryBackoff: true });
    }
  }

  private validated(name: string, payload: unknown) {
    const def = this.defs.get(name);
    if (!def) throw new InvalidJobPayload(`unknown job "${name}"`);
    const problems = schemaProblems(def.payload, payload);
    if (problems.length) throw new InvalidJobPayload(`job ${name}: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
    return def;
  }

  /**
   * Enqueues jobs; with `tx` they are written in the caller's transaction, so a job exists if and only if the
   * data it is about was committed.
   */
  async enqueue(name: string, payloads: object[], options: { tx?: Queryable; singletonKey?: (p: object) => string; startAfter?: Date } = {}): Promise<void> {
    if (payloads.length === 0) return;
    const def = this.validated(name, payloads[0]);
    for (const p of payloads.slice(1)) this.validated(name, p);
    const jobs = payloads.map((data) => ({
      name,
      data,
      retryLimit: def.retryLimit,
      retryDelay: def.retryDelay,
      retryBackoff: true,
      singletonKey: options.singletonKey?.(data),
      startAfter: options.startAfter,
    }));
    if (options.tx) await this.boss.insert(jobs, { db: adapter(options.tx) });
    else await this.boss.insert(jobs);
    if (!options.startAfter) this.pendingWakes.add(name);
    if (!options.tx) this.wakeWorkers();
  }

  /**
   * Wakes this process's workers for queues that received jobs. Call it once the transaction that enqueued them has
   * committed (a worker woken earlier would find nothing and sleep a full poll). Other processes find the jobs at
   * their next poll.
   */
  wakeWorkers(): void {
    for (const name of this.pendingWakes) for (const id of this.localWorkers.get(name) ?? []) this.boss.notifyWorker(id);
    this.pendingWakes.clear();
  }

  /** Starts workers for every job, handing each batch to its handler with `ctx`. */
  async work<C>(ctx: C): Promise<void> {
    for (const def of this.defs.values()) {
      const batchSize = def.batchSize ?? this.options.batchSize ?? 50;
      let workerId: string | undefined;
      workerId = await this.boss.work(
        def.name,
        { batchSize, pollingIntervalSeconds: this.options.pollSeconds ?? 1 },
        async (jobs) => {
          const payloads = jobs.map((j) => {
            const problems = schemaProblems(def.payload, j.data);
            // A malformed payload can never succeed: fail loudly rather than retry forever.
            if (problems.length) throw new InvalidJobPayload(`job ${def.name} ${j.id}: ${problems[0].path} ${problems[0].message}`);
            return j.data;
          });
          await (def.handle as (p: unknown[], c: C) => Promise<void>)(payloads, ctx);
          // A full batch means more may be waiting: fetch again at once rather than after the poll interval.
          if (jobs.length === batchSize && workerId) this.boss.notifyWorker(workerId);
          this.wakeWorkers();
        },
      );
      this.localWorkers.set(def.name, [...(this.localWorkers.get(def.name) ?? []), workerId]);
    }
  }

  async schedule(name: string, cron: string, payload: object): Promise<void> {
    this.validated(name, payload);
    await this.boss.schedule(name, cron, payload);
  }

  async unschedule(name: string): Promise<void> {
    await this.boss.unschedule(name);
  }

  async stats(): Promise<QueueStats> {
    const r = await this.db.query<{ state: string; n: number }>(
      `SELECT state, count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active', 'failed') GROUP BY state`,
    );
    const by = Object.fromEntries(r.rows.map((row) => [row.state, Number(row.n)]));
    return { queued: (by.created ?? 0) + (by.retry ?? 0), active: by.active ?? 0, failed: by.failed ?? 0 };
  }

  async failedJobs(limit = 100): Promise<{ id: string; name: string; failedAt: Date; error: unknown }[]> {
    const r = await this.db.query<{ id: string; name: string; completed_on: Date; output: unknown }>(
      `SELECT id, name, completed_on, output FROM pgboss.job WHERE state = 'failed' ORDER BY completed_on DESC LIMIT $1`,
      [limit],
    );
    return r.rows.map((row) => ({ id: row.id, name: row.name, failedAt: row.completed_on, error: row.output }));
  }

  /** Puts a failed job back in the queue; false when there is no failed job of that name and id. */
  async retry(name: string, id: string): Promise<boolean> {
    const r = await this.db.query(`SELECT 1 FROM pgboss.job WHERE name = $1 AND id = $2 AND state = 'failed'`, [name, id]);
    if (r.rows.length === 0) return false;
    await this.boss.retry(name, id);
    return true;
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 } as PgBoss.StopOptions);
  }
}
