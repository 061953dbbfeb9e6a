// Every background job: its name, validated payload, retry policy and handler. Handlers are idempotent.
import { Type } from '@sinclair/typebox';
import { defineJob, type JobDefinition, type JobQueue } from './queue.js';
import type { Db } from '../store/db.js';
import type { OrgState } from '../app/org-state.js';
import { processPosts } from '../app/process-post.js';
import { POSTS_PER_JOB } from '../app/ingest.js';

export interface WorkerContext {
  db: Db;
  queue: JobQueue;
  org(): Promise<OrgState>;
  now(): Date;
  deliverNotification(notificationId: string): Promise<void>;
  sweepClocks(): Promise<unknown>;
  deliverReply(replyId: string): Promise<unknown>;
  /** Every polled channel account, or only the one named. */
  pollSources(only?: string): Promise<unknown>;
}

const Uuid = Type.String({ format: 'uuid' });

export const processPostJob = defineJob({
  name: 'post.process',
  // `postId` is the payload of jobs queued before posts were grouped; both are taken.
  payload: Type.Union([Type.Object({ postIds: Type.Array(Uuid, { minItems: 1, maxItems: POSTS_PER_JOB }) }), Type.Object({ postId: Uuid })]),
  retryLimit: 8,
  retryDelay: 2,
  batchSize: 1,
  async handle(payloads, ctx: WorkerContext) {
    const org = await ctx.org();
    const ids = payloads.flatMap((p) => ('postIds' in p ? p.postIds : [p.postId]));
    try {
      await processPosts(ctx.db, ctx.queue, org, ids, ctx.now());
    } catch (err) {
      // One post that cannot be processed must not hold back the rest of its batch: process them one by one, then
      // fail the batch so the queue retries it (posts done by then are skipped) and finally records the bad one.
      if (ids.length === 1) throw err;
      const failures: unknown[] = [];
      for (const id of ids) await processPosts(ctx.db, ctx.queue, org, [id], ctx.now()).catch((e: unknown) => failures.push(e));
      if (failures.length) throw failures[0];
    }
  },
});

export const deliverNotificationJob = defineJob({
  name: 'notification.deliver',
  payload: Type.Object({ notificationId: Uuid }),
  retryLimit: 6,
  retryDelay: 10,
  batchSize: 10,
  async handle(payloads, ctx: WorkerContext) {
    for (const { notificationId } of payloads) await ctx.deliverNotification(notificationId);
  },
});

/** A job the schedule starts (no payload); the next tick is its retry, so a failed run is not repeated. */
function scheduledJob(name: string, run: (ctx: WorkerContext) => Promise<unknown>) {
  return defineJob({
    name,
    payload: Type.Object({}),
    retryLimit: 0,
    retryDelay: 1,
    batchSize: 1,
    async handle(_payloads, ctx: WorkerContext) {
      await run(ctx);
    },
  });
}

export const sweepClocksJob = scheduledJob('clocks.sweep', (ctx) => ctx.sweepClocks());

export const deliverReplyJob = defineJob({
  name: 'reply.deliver',
  payload: Type.Object({ replyId: Uuid }),
  retryLimit: 6,
  retryDelay: 15,
  batchSize: 5,
  async handle(payloads, ctx: WorkerContext) {
    for (const { replyId } of payloads) await ctx.deliverReply(replyId);
  },
});

// A poll that failed has recorded why per channel account; the next scheduled poll tries again.
export const pollSourcesJob = scheduledJob('sources.poll', (ctx) => ctx.pollSources());

export const JOBS = [processPostJob, deliverNotificationJob, sweepClocksJob, deliverReplyJob, pollSourcesJob] as unknown as JobDefinition[];
