// A week of the demo team's work, played back through the API as the people who did it, at the times they did it,
// so the dashboards, the evidence export and the timelines of older cases show the loop closed: public replies that
// invited a private conversation, the ones that were taken up, a reply that waited for approval, private outreach,
// resolutions, and a one-star review raised after recovery. Recent posts are left untouched: the live inbox is theirs.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Runtime } from '../app/runtime.js';
import { processPosts } from '../app/process-post.js';
import { buildServer } from '../server/app.js';
import { DEMO_PASSWORD } from '../app/passwords.js';
import { sessionHeadersOf, type SessionHeaders } from '../server/session-headers.js';
import { STORIES, type Step } from './stories.js';

interface Actor {
  headers: SessionHeaders;
}

async function call(app: FastifyInstance, who: Actor | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object): Promise<LightMyRequestResponse> {
  const r = await app.inject({ method, url, headers: who?.headers, payload });
  if (r.statusCode >= 300) throw new Error(`demo history: ${method} ${url} answered ${r.statusCode}: ${r.body.slice(0, 300)}`);
  return r;
}

async function signIn(app: FastifyInstance, email: string): Promise<Actor> {
  return { headers: sessionHeadersOf(await call(app, null, 'POST', '/api/v1/auth/login', { email, password: DEMO_PASSWORD })) };
}

const FILED_AFTER_MS = 2 * 60_000;

/** Triages and files posts as a worker would at that moment (their queued jobs then find nothing left to do). */
async function file(rt: Runtime, ids: string[], at: Date): Promise<void> {
  await processPosts(rt.db, rt.queue, await rt.org.get(), ids, at);
}

/**
 * Runs one step of the past and dates the notifications it made (routing notices, mentions) when it happened: the
 * bell must not show a twelve-day-old request as "4 min ago". Notices written on the runtime's clock already are.
 */
async function back<T>(rt: Runtime, at: Date, work: () => Promise<T>): Promise<T> {
  const since = (await rt.db.query<{ t: Date }>('SELECT clock_timestamp() AS t')).rows[0].t;
  const result = await work();
  await rt.db.query(`UPDATE notifications SET created_at = $1 WHERE created_at >= $2`, [at, since]);
  return result;
}

/** Plays the stories back; returns how many were played. Expects the demo posts to be loaded. */
export async function playDemoHistory(rt: Runtime): Promise<number> {
  const loadedAt = rt.now();
  // The story posts were filed by a worker moments after they came in, so their clocks and timelines start then;
  // the rest are filed now, as a first start files everything it loads.
  const storyPosts = await rt.db.query<{ id: string; created_at: Date }>(
    `SELECT id, created_at FROM posts WHERE (platform, external_id) IN (SELECT * FROM unnest($1::text[], $2::text[])) ORDER BY created_at`,
    [STORIES.map((s) => s.platform), STORIES.map((s) => s.externalId)],
  );
  for (const p of storyPosts.rows) {
    const filedAt = new Date(p.created_at.getTime() + FILED_AFTER_MS);
    await back(rt, filedAt, () => file(rt, [p.id], filedAt));
  }
  const rest = await rt.db.query<{ id: string }>(`SELECT id FROM posts WHERE processed_at IS NULL`);
  await file(rt, rest.rows.map((r) => r.id), loadedAt);
  let clock = loadedAt;
  const app = await buildServer({ ...rt, now: () => clock }, { logger: false });
  try {
    const people = new Map<string, Actor>();
    const as = async (email: string) => people.get(email) ?? people.set(email, await signIn(app, email)).get(email)!;
    for (const story of STORIES) {
      const found = await rt.db.query<{ case_id: string | null; created_at: Date; raw: Record<string, unknown> }>(
        `SELECT case_id, created_at, raw FROM posts WHERE platform = $1 AND external_id = $2`,
        [story.platform, story.externalId],
      );
      const post = found.rows[0];
      if (!post?.case_id) throw new Error(`demo history: post ${story.platform}/${story.externalId} has no case`);
      const caseUrl = `/api/v1/cases/${post.case_id}`;
      let awaiting: { id: string; by: Actor } | null = null;
      for (const step of story.steps) {
        clock = new Date(post.created_at.getTime() + step.minutesAfter * 60_000);
        if (clock > loadedAt) throw new Error(`demo history: a step of ${story.externalId} would happen in the future`);
        const who = await as(step.by);
        const at = clock;
        await back(rt, at, async () => {
          if (step.do === 'approve') {
            if (!awaiting) throw new Error(`demo history: nothing of ${story.externalId} waits for approval`);
            // The other approvers' requests are settled by the approval itself ("approved by …"), as they would be live.
            await call(app, who, 'POST', `/api/v1/replies/${awaiting.id}/approve`, { comment: step.comment });
            await markPosted(awaiting.id, awaiting.by);
            awaiting = null;
          } else if (step.do === 'reply') {
            const sent = (await call(app, who, 'POST', `${caseUrl}/replies`, { kind: step.kind, text: step.text })).json() as { id: string; status: string };
            if (sent.status === 'pending_approval') awaiting = { id: sent.id, by: who };
            else await markPosted(sent.id, who);
          } else {
            await play(step, who, caseUrl, post.raw, at);
          }
        });
      }
    }
    return STORIES.length;
  } finally {
    await app.close();
  }

  /** Without platform credentials (the demo) a reply is posted by hand and confirmed; with them a worker delivers it. */
  async function markPosted(replyId: string, by: Actor): Promise<void> {
    const r = await rt.db.query<{ status: string }>(`SELECT status FROM replies WHERE id = $1`, [replyId]);
    if (r.rows[0]?.status === 'manual') await call(app, by, 'POST', `/api/v1/replies/${replyId}/mark-posted`, {});
  }

  async function play(step: Exclude<Step, { do: 'reply' | 'approve' }>, who: Actor, caseUrl: string, original: Record<string, unknown>, at: Date): Promise<void> {
    switch (step.do) {
      case 'message':
      case 'revise': {
        // The author writes again: a private message on the same platform, or an edit of their review.
        const base = { ...original, createdAt: (step.do === 'message' ? at : new Date(String(original.createdAt))).toISOString() };
        const next = step.do === 'message' ? { ...base, externalId: step.externalId, text: step.text, rating: undefined, visibility: 'private', url: undefined, threadId: undefined, parentId: undefined } : { ...base, text: step.text, rating: step.rating };
        const sent = (await call(app, who, 'POST', '/api/v1/posts', { posts: [next] })).json() as { ids: string[] };
        await file(rt, sent.ids, at);
        return;
      }
      case 'note':
        await call(app, who, 'POST', `${caseUrl}/notes`, { text: step.text });
        return;
      case 'status': {
        const current = (await call(app, who, 'GET', caseUrl)).json() as { version: number };
        await call(app, who, 'PATCH', caseUrl, { version: current.version, status: step.status, ...(step.status === 'resolved' ? { outcome: step.outcome } : {}) });
        return;
      }
    }
  }
}
