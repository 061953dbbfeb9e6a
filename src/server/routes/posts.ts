// Posts: batch ingestion (idempotent), listing, one post, and forwarded private posts that staff paste in.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import type { Queryable } from '../../store/db.js';
import { ingestPosts } from '../../app/ingest.js';
import { processPost } from '../../app/process-post.js';
import { require } from '../auth.js';
import { audit, listedCasesDetails } from '../audit.js';
import { badRequest, notFound } from '../errors.js';
import { inScope } from '../../domain/permissions.js';
import { confidentialFilter, privatePostFilter } from '../confidential.js';
import { PLATFORMS } from '../../domain/platform.js';
import { IMAGE_TYPES, MAX_FILE_BYTES } from '../../domain/kept-files.js';
import { cursorTime, nextCursor, parseCursor, withoutCursorKeys } from '../cases-query.js';
import { addEvent } from '../../app/timeline.js';
import { CATEGORIES, RISKS } from '../../triage/types.js';
import { answer, DateTime, errors, Nullable, StringEnum, Uuid } from '../openapi.js';

export const MAX_BATCH = 1000;

const POST_COLUMNS = `p.id, p.platform, p.external_id AS "externalId", p.url, p.thread_id AS "threadId", p.parent_id AS "parentId",
  json_build_object('handle', a.handle, 'displayName', a.display_name) AS author, p.text, p.rating, p.created_at AS "createdAt",
  p.visibility, p.channel_account_id AS "channelAccountId", p.revision, p.case_id AS "caseId", p.triage, p.triage_engine AS "triageEngine",
  p.processed_at AS "processedAt", COALESCE(c.site_id, p.listing_site_id) AS "siteId"`;

const Problem = Type.Object({ path: Type.String(), message: Type.String() });

const IngestAnswer = Type.Object({
  accepted: Type.Integer({ description: 'new posts stored (their processing is queued)' }),
  duplicates: Type.Integer({ description: 'posts already stored with the same text: nothing changed' }),
  revised: Type.Integer({ description: 'posts already stored whose text changed: kept as a new revision' }),
  rejected: Type.Array(Type.Object({ index: Type.Integer({ description: 'position in `posts`' }), details: Type.Array(Problem) }), {
    description: 'the posts refused, each with its problems; the others are stored all the same',
  }),
  ids: Type.Array(Nullable(Uuid()), { description: 'the post id of each entry of `posts`, in order; null for a rejected one' }),
});

export const TriageSchema = Type.Object(
  {
    id: Type.Optional(Type.String()),
    complaint: Type.Boolean(),
    sentiment: Type.Number({ description: 'from -1 (negative) to 1 (positive)' }),
    categories: Type.Array(StringEnum(CATEGORIES)),
    severity: Type.Integer({ minimum: 0, maximum: 3 }),
    risks: Type.Array(StringEnum(RISKS)),
    timing: StringEnum(['now', 'past', 'unknown'] as const),
    site: Nullable(Type.String(), { description: 'the site the text names, if any' }),
    mentionsOrg: Type.Boolean(),
    language: Type.String({ description: "ISO 639-1 code; 'und' when undetermined" }),
    needsHuman: Type.Optional(Type.Boolean()),
    evidence: Type.Array(
      Type.Object({
        field: Type.String({ description: 'the decision this span supports: complaint, category, risk, timing, site, mentionsOrg, language, sentiment' }),
        value: Type.Union([Type.String(), Type.Number(), Type.Boolean()]),
        text: Type.String(),
        start: Type.Integer({ description: 'UTF-16 offset into the post text' }),
        end: Type.Integer({ description: 'exclusive' }),
      }),
    ),
    engine: Type.String({ description: "engine name and version, e.g. 'redress-rules@1.0.0'" }),
  },
  { description: 'What triage read in the post (src/triage/types.ts)' },
);

export const PostSchema = Type.Object({
  id: Uuid(),
  platform: StringEnum(PLATFORMS),
  externalId: Type.String(),
  url: Nullable(Type.String()),
  threadId: Nullable(Type.String()),
  parentId: Nullable(Type.String()),
  author: Type.Object({ handle: Nullable(Type.String()), displayName: Nullable(Type.String()) }),
  text: Type.String(),
  rating: Nullable(Type.Integer()),
  createdAt: DateTime(),
  visibility: StringEnum(['public', 'private'] as const),
  channelAccountId: Nullable(Type.String()),
  revision: Type.Integer({ description: '1, plus one for each edit of the post on its platform' }),
  caseId: Nullable(Uuid()),
  triage: Nullable(TriageSchema, { description: 'null until the post is processed' }),
  triageEngine: Nullable(Type.String()),
  processedAt: Nullable(DateTime()),
  siteId: Nullable(Type.String(), { description: "the case's site, else the listing's" }),
});

export function registerPostRoutes(app: FastifyInstance, rt: Runtime): void {
  const { db } = rt;

  app.post(
    '/api/v1/posts',
    {
      schema: {
        tags: ['posts'],
        summary: `Ingest up to ${MAX_BATCH} posts; each is validated on its own, duplicates are recognised by (platform, externalId)`,
        body: Type.Object({ posts: Type.Array(Type.Unknown(), { minItems: 1, maxItems: MAX_BATCH }) }, { additionalProperties: false }),
        response: {
          202: answer('Stored what was valid; each rejected post is listed with its problems', IngestAnswer),
          ...errors([400, 'The body is not `{ posts: [...] }` with 1 to 1000 entries, or not JSON.'], 401, 403, 413),
        },
      },
    },
    async (req, reply) => {
      const who = require(req, 'post.ingest');
      const result = await ingestPosts(db, rt.queue, (req.body as { posts: unknown[] }).posts);
      await audit(db, who, req.ip, 'post.ingest', 'post', null, { accepted: result.accepted, duplicates: result.duplicates, revised: result.revised, rejected: result.rejected.length });
      return reply.status(202).send(result);
    },
  );

  app.get(
    '/api/v1/posts',
    {
      schema: {
        tags: ['posts'],
        summary: 'Posts, newest first (cursor = nextCursor of the page before; before = posts created before this time)',
        querystring: Type.Object({
          platform: Type.Optional(Type.String()),
          caseId: Type.Optional(Type.String({ format: 'uuid' })),
          limit: Type.Optional(Type.String({ pattern: '^\\d+$' })),
          before: Type.Optional(Type.String({ format: 'date-time' })),
          cursor: Type.Optional(Type.String({ maxLength: 500 })),
        }, { additionalProperties: false }),
        response: {
          200: answer('A page of posts', Type.Object({ items: Type.Array(PostSchema), nextCursor: Nullable(Type.String(), { description: 'pass as `cursor` for the next page; null on the last' }) })),
          ...errors(400, 401, 403),
        },
      },
    },
    async (req) => {
      const who = require(req, 'case.read');
      const q = req.query as { platform?: string; caseId?: string; limit?: string; before?: string; cursor?: string };
      const params: unknown[] = [];
      const where: string[] = [];
      if (who.role !== 'admin' && who.sites.length) where.push(`COALESCE(c.site_id, p.listing_site_id) = ANY($${params.push(who.sites)}::text[])`);
      const hidden = confidentialFilter(who, params);
      if (hidden) where.push(hidden);
      const privateHidden = privatePostFilter(who);
      if (privateHidden) where.push(privateHidden);
      if (q.platform) where.push(`p.platform = $${params.push(q.platform)}`);
      if (q.caseId) where.push(`p.case_id = $${params.push(q.caseId)}`);
      if (q.before) where.push(`p.created_at < $${params.push(q.before)}`);
      // Keyset on (created_at, id): posts often share a creation time, and a time alone would skip some.
      if (q.cursor) {
        const c = parseCursor(q.cursor);
        where.push(`(p.created_at, p.id) < ($${params.push(c.t)}::timestamptz, $${params.push(c.id)}::uuid)`);
      }
      const limit = Math.min(Math.max(Number(q.limit ?? 50), 1), 200);
      const r = await db.query(
        `SELECT ${POST_COLUMNS}, ${cursorTime('p.created_at')} FROM posts p JOIN authors a ON a.id = p.author_id LEFT JOIN cases c ON c.id = p.case_id
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.created_at DESC, p.id DESC LIMIT ${limit + 1}`,
        params,
      );
      const items = r.rows.slice(0, limit).map(withoutCursorKeys);
      // Numbers of the posts' cases, as an inbox read names them: post text is PHI, so its readers must be findable by case.
      const caseIds = [...new Set(items.map((p) => p.caseId).filter(Boolean))];
      const numbers = caseIds.length ? (await db.query<{ number: number }>(`SELECT number FROM cases WHERE id = ANY($1::uuid[]) ORDER BY number`, [caseIds])).rows : [];
      await audit(db, who, req.ip, 'post.list', 'post', null, { count: items.length, ...listedCasesDetails(numbers) });
      return { items, nextCursor: nextCursor(r.rows as Record<string, unknown>[], limit) };
    },
  );

  app.get(
    '/api/v1/posts/:id',
    {
      schema: {
        tags: ['posts'],
        summary: 'One post with its case id and triage',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: answer('The post', PostSchema), ...errors(400, 401, 403, [404, 'No such post, or not one you may read (`not_found`).']) },
      },
    },
    async (req) => {
      const who = require(req, 'case.read');
      const params: unknown[] = [(req.params as { id: string }).id];
      const hidden = [confidentialFilter(who, params), privatePostFilter(who)].filter(Boolean);
      const r = await db.query<{ siteId: string | null }>(
        `SELECT ${POST_COLUMNS} FROM posts p JOIN authors a ON a.id = p.author_id LEFT JOIN cases c ON c.id = p.case_id WHERE p.id = $1 ${hidden.map((h) => `AND ${h}`).join(' ')}`,
        params,
      );
      const post = r.rows[0];
      if (!post || !inScope(who.sites, who.role, post.siteId)) throw notFound('No such post.');
      await audit(db, who, req.ip, 'post.read', 'post', (req.params as { id: string }).id);
      return post;
    },
  );

  app.post(
    '/api/v1/posts/forwarded',
    {
      schema: {
        tags: ['posts'],
        summary: 'A private post a staff member received as a screenshot or copy: creates a post and a confidential case',
        body: Type.Object(
          {
            text: Type.String({ minLength: 1, maxLength: 20_000 }),
            originalPlatform: Type.Union(PLATFORMS.map((p) => Type.Literal(p))),
            authorName: Type.Optional(Type.String({ maxLength: 200 })),
            url: Type.Optional(Type.String({ maxLength: 2000, pattern: '^https?://' })),
            siteId: Type.Optional(Type.String({ maxLength: 100 })),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
            image: Type.Optional(
              Type.Object(
                {
                  filename: Type.String({ minLength: 1, maxLength: 200 }),
                  contentType: Type.Union(IMAGE_TYPES.map((t) => Type.Literal(t))),
                  dataBase64: Type.String({ minLength: 1, maxLength: Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4 }),
                },
                { additionalProperties: false },
              ),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          201: answer(
            'The post is stored and processed: caseId is its (confidential) case',
            Type.Object({ postId: Uuid(), caseId: Nullable(Uuid(), { description: 'null when triage kept the post without a case' }) }),
          ),
          ...errors([400, 'Invalid body, a site outside your scope, an image that is not base64, or an API token (forwarding needs a signed-in user).'], 401, 403, 413),
        },
      },
    },
    async (req, reply) => {
      const who = require(req, 'post.forward');
      if (!who.userId || !who.email) throw badRequest('Forwarding needs a signed-in user, not an API token.');
      const body = req.body as { text: string; originalPlatform: string; authorName?: string; url?: string; siteId?: string; note?: string; image?: { filename: string; contentType: string; dataBase64: string } };
      if (body.siteId && !inScope(who.sites, who.role, body.siteId)) throw badRequest('Invalid body', [{ path: 'siteId', message: 'outside your sites' }]);
      const bytes = body.image ? Buffer.from(body.image.dataBase64, 'base64') : null;
      if (bytes && bytes.length === 0) throw badRequest('Invalid body', [{ path: 'image.dataBase64', message: 'is not base64 image data' }]);
      const externalId = `fwd-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      // The post, what the forwarder added about it and the screenshot are one write: all of it or none of it.
      const alongside = async (tx: Queryable, ids: (string | null)[]) => {
        const id = ids[0];
        if (!id) return;
        await tx.query(`UPDATE posts SET raw = raw || $2 WHERE id = $1`, [id, JSON.stringify({ originalPlatform: body.originalPlatform, note: body.note ?? null })]);
        if (bytes && body.image)
          await tx.query(`INSERT INTO uploads (post_id, filename, content_type, bytes, created_by) VALUES ($1, $2, $3, $4, $5)`, [id, body.image.filename, body.image.contentType, bytes, who.userId]);
      };
      const result = await ingestPosts(db, rt.queue, [
        {
          platform: 'forwarded',
          externalId,
          url: body.url ?? null,
          author: { id: `forwarded:${(body.authorName ?? 'unknown').toLowerCase()}:${externalId}`, displayName: body.authorName ?? null },
          text: body.text,
          createdAt: rt.now().toISOString(),
          visibility: 'private',
          listing: body.siteId ?? null,
          forwardedBy: who.email,
        },
      ], alongside);
      if (result.rejected.length) throw badRequest('Invalid forwarded post', result.rejected[0].details);
      const postId = result.ids[0]!;
      // Processing runs now rather than waiting for a worker poll: the person who forwarded it is looking at the screen.
      await processPost(db, rt.queue, await rt.org.get(), postId, rt.now());
      const post = await db.query<{ case_id: string | null }>('SELECT case_id FROM posts WHERE id = $1', [postId]);
      // What the forwarder wrote for the team belongs on the case, where the team reads; the post keeps it too.
      const caseId = post.rows[0].case_id;
      if (caseId && body.note?.trim()) await addEvent(db, caseId, 'note.added', { kind: 'user', id: who.userId }, { text: body.note.trim(), mentions: [], forwarded: true }, rt.now());
      await audit(db, who, req.ip, 'post.forward', 'post', postId, { caseId: post.rows[0].case_id, image: Boolean(bytes) });
      return reply.status(201).send({ postId, caseId: post.rows[0].case_id });
    },
  );
}
