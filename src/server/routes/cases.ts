// Cases: the inbox list, one case with its posts, clocks and timeline, changes with optimistic concurrency,
// notes with @mentions, bulk actions and merges. Every read and change is audited; site scope is enforced here.
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../domain/platform.js';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import type { Db, Queryable } from '../../store/db.js';
import { actorOf, require, type Principal } from '../auth.js';
import { audit, listedCasesDetails } from '../audit.js';
import { confidentialFilter, privatePostFilter } from '../confidential.js';
import { badRequest, conflict, forbidden, HttpError, notFound } from '../errors.js';
import { periodZoneFor } from '../period-zone.js';
import { buildCaseCount, buildCaseList, CaseListQuery, nextCursor, SUMMARY_COLUMNS, SUMMARY_JOINS, totalOf, withoutCursorKeys } from '../cases-query.js';
import { inScope, mayBeAssigned } from '../../domain/permissions.js';
import type { Role } from '../../config/file-schema.js';
import { allowedTransitions, canTransition, CASE_STATUSES, isReopen, type CaseStatus } from '../../domain/cases/status.js';
import { CASE_OUTCOMES, outcomeAllowed, type CaseOutcome } from '../../domain/cases/outcomes.js';
import { bulkCloseRefusal } from '../../domain/cases/bulk-close.js';
import type { OrgState } from '../../app/org-state.js';
import { caseClocks } from '../../app/clocks.js';
import { addEvent } from '../../app/timeline.js';
import { announce } from '../../app/events.js';
import { createNotifications } from '../../app/notifications.js';
import { withApprovalRights } from '../../app/replies.js';
import { findMentions } from '../../domain/mentions.js';
import { endCaseClocks, receiptOfGrievance, startClocksOn, stopClocksOn } from '../../app/clock-triggers.js';
import { whenCaseEnds } from '../../domain/clocks/index.js';
import { fullNameKey } from '../../domain/cases/same-person.js';
import { answer, errors } from '../openapi.js';
import { BulkAnswer, CaseDetail, CaseList, CaseNumber, CaseSummary, NoteAnswer } from './cases-schemas.js';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

const NO_CASE: [number, string] = [404, 'No such case, or not one you may see: outside your sites, or confidential (`not_found`).'];

export interface CaseRow extends Record<string, unknown> {
  id: string;
  number: number;
  status: CaseStatus;
  siteId: string | null;
  version: number;
  confidential: boolean;
  authorId: string;
  teamId: string | null;
  assigneeId: string | null;
  grievance: boolean;
  approvalRequired: boolean;
  mergedInto: string | null;
  outcome: CaseOutcome | null;
  risks: string[];
  authorName: string | null;
  createdAt: Date;
}

/** Loads a case the principal may see, or answers 404 (not 403: a scoped user must not learn it exists). */
export async function visibleCase(db: Queryable, who: Principal, id: string, forUpdate = false): Promise<CaseRow> {
  const params: unknown[] = [id];
  const hidden = confidentialFilter(who, params);
  const r = await db.query<CaseRow>(`SELECT ${SUMMARY_COLUMNS} FROM cases c ${SUMMARY_JOINS} WHERE c.id = $1 ${hidden ? `AND ${hidden}` : ''} ${forUpdate ? 'FOR UPDATE OF c' : ''}`, params);
  const row = r.rows[0];
  if (!row || !inScope(who.sites, who.role, row.siteId)) throw notFound('No such case.');
  return row;
}

/** The author's other cases the reader may see. */
async function otherCasesOf(db: Queryable, who: Principal, c: CaseRow) {
  const params: unknown[] = [c.authorId, c.id];
  const hidden = confidentialFilter(who, params);
  const r = await db.query<CaseRow>(`SELECT ${SUMMARY_COLUMNS} FROM cases c ${SUMMARY_JOINS} WHERE c.author_id = $1 AND c.id <> $2 ${hidden ? `AND ${hidden}` : ''} ORDER BY c.created_at DESC LIMIT 20`, params);
  return r.rows.filter((o) => inScope(who.sites, who.role, o.siteId));
}

// Must stay identical to the index of migration 011, which makes this lookup cheap.
const AUTHOR_NAME_KEY = (column: string) => `lower(regexp_replace(btrim(${column}), '\\s+', ' ', 'g'))`;

/**
 * Open cases of other accounts with the same full name, opened within a month of this one: offered to merge (one
 * patient's review and page comment), never merged on their own, since two people can share a name.
 */
async function sameNameCasesOf(db: Queryable, who: Principal, c: CaseRow) {
  if (!fullNameKey(c.authorName)) return [];
  const params: unknown[] = [c.authorName, c.authorId, c.createdAt];
  const hidden = confidentialFilter(who, params);
  const r = await db.query<CaseRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM cases c ${SUMMARY_JOINS}
      WHERE ${AUTHOR_NAME_KEY('a.display_name')} = ${AUTHOR_NAME_KEY('$1')} AND c.author_id <> $2 AND c.merged_into IS NULL
        AND c.status <> 'closed' AND c.created_at BETWEEN $3::timestamptz - interval '30 days' AND $3::timestamptz + interval '30 days'
        ${hidden ? `AND ${hidden}` : ''}
      ORDER BY c.created_at DESC LIMIT 10`,
    params,
  );
  return r.rows.filter((o) => inScope(who.sites, who.role, o.siteId));
}

/**
 * `visibleCase` for a read outside any transaction: an attempt on an existing case outside the reader's sites is
 * written to the audit log (a privacy officer wants to see who tried), then answered 404 like a missing case.
 */
export async function readableCase(db: Db, who: Principal, ip: string | undefined, id: string): Promise<CaseRow> {
  try {
    return await visibleCase(db, who, id);
  } catch (err) {
    const exists = await db.query('SELECT 1 FROM cases WHERE id = $1', [id]);
    if (exists.rows.length) await audit(db, who, ip, 'case.read_denied', 'case', id, { reason: 'outside the reader\'s sites, or confidential' });
    throw err;
  }
}

export function registerCaseRoutes(app: FastifyInstance, rt: Runtime): void {
  const { db } = rt;

  app.get(
    '/api/v1/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'The inbox: filtered, sorted, cursor-paginated; the first page also says how many cases match (total, capped at 1,000)',
        querystring: CaseListQuery,
        response: {
          200: answer('A page of cases (merged ones left out), in the order asked for', CaseList),
          ...errors([400, 'An unknown query parameter, or a filter, day or cursor that is not valid: `details` names it.'], 401, 403),
        },
      },
    },
    async (req) => {
      const who = require(req, 'case.read');
      const q = req.query as CaseListQuery;
      const now = rt.now();
      const zone = q.day || q.from || q.to ? periodZoneFor(await rt.org.get(), q.site) : 'UTC';
      const { sql, params, limit } = buildCaseList(q, who, now, zone);
      // Counted once, with the first page: later pages are the same filters, and the reader already has the number.
      const count = q.cursor ? null : buildCaseCount(q, who, now, zone);
      const [r, counted] = await Promise.all([db.query<Record<string, unknown>>(sql, params), count && db.query<{ n: number }>(count.sql, count.params)]);
      const items = r.rows.slice(0, limit).map(withoutCursorKeys);
      await audit(db, who, req.ip, 'case.list', 'case', null, { count: items.length, query: Object.keys(req.query as object), ...listedCasesDetails(items) });
      return { items, nextCursor: nextCursor(r.rows, limit), ...(counted ? totalOf(counted.rows[0].n) : { total: null, totalCapped: false }) };
    },
  );

  // People say "case 140": the web app opens #/cases/140 and merges into a number through this.
  app.get(
    '/api/v1/cases/by-number/:number',
    {
      schema: {
        tags: ['cases'],
        summary: 'The id of the case with this number, if the reader may see it',
        params: Type.Object({ number: Type.String({ pattern: '^[1-9][0-9]{0,8}$' }) }),
        response: { 200: answer('The case', CaseNumber), ...errors([400, 'The number is not a case number (1 to 999999999).'], 401, 403, NO_CASE) },
      },
    },
    async (req) => {
      const who = require(req, 'case.read');
      const r = await db.query<{ id: string }>('SELECT id FROM cases WHERE number = $1', [Number((req.params as { number: string }).number)]);
      if (!r.rows[0]) throw notFound('No such case.');
      const c = await readableCase(db, who, req.ip, r.rows[0].id);
      return { id: c.id, number: c.number };
    },
  );

  const detail = {
    tags: ['cases'],
    summary: 'One case with posts, clocks, replies and timeline',
    params: IdParams,
    response: { 200: answer('The case as its screen shows it', CaseDetail), ...errors(400, 401, 403, NO_CASE) },
  };
  app.get('/api/v1/cases/:id', { schema: detail }, async (req) => {
    const who = require(req, 'case.read');
    const c = await readableCase(db, who, req.ip, (req.params as { id: string }).id);
    const org = await rt.org.get();
    const hidePrivate = privatePostFilter(who);
    const [posts, timeline, replies, author, others, sameName] = await Promise.all([
      db.query(
        `SELECT p.id, p.platform, p.external_id AS "externalId", p.url, json_build_object('handle', a.handle, 'displayName', a.display_name) AS author,
                p.text, p.rating, p.created_at AS "createdAt", p.visibility, p.channel_account_id AS "channelAccountId", fu.name AS "forwardedBy",
                p.revision, p.case_id AS "caseId", p.triage,
                (SELECT COALESCE(json_agg(json_build_object('id', u.id, 'filename', u.filename, 'contentType', u.content_type, 'bytes', octet_length(u.bytes)) ORDER BY u.created_at), '[]')
                   FROM uploads u WHERE u.post_id = p.id) AS attachments
           FROM posts p JOIN authors a ON a.id = p.author_id LEFT JOIN users fu ON fu.id = p.forwarded_by
          WHERE p.case_id = $1 ${hidePrivate ? `AND ${hidePrivate}` : ''} ORDER BY p.created_at`,
        [c.id],
      ),
      db.query(
        `SELECT e.id, e.type, json_build_object('kind', e.actor_kind, 'id', e.actor_id, 'name', u.name) AS actor, e.data, e.created_at AS "createdAt"
           FROM case_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.case_id = $1 ORDER BY e.id`,
        [c.id],
      ),
      db.query(
        `SELECT r.id, r.kind, r.text, r.status, r.findings, r.verdict, r.override_reason AS "overrideReason", ap.name AS approver,
                r.approval_comment AS "approvalComment", r.platform_url AS "platformUrl", r.error, cu.name AS "createdBy", r.created_by AS "createdById", r.created_at AS "createdAt", r.sent_at AS "sentAt"
           FROM replies r LEFT JOIN users ap ON ap.id = r.approver_id LEFT JOIN users cu ON cu.id = r.created_by WHERE r.case_id = $1 ORDER BY r.created_at`,
        [c.id],
      ),
      db.query(`SELECT id, platform, handle, display_name AS "displayName" FROM authors WHERE id = $1`, [c.authorId]),
      otherCasesOf(db, who, c),
      sameNameCasesOf(db, who, c),
    ]);
    await audit(db, who, req.ip, 'case.read', 'case', c.id);
    return {
      ...c,
      posts: posts.rows,
      // What meets each clock, and what resolving the case would do to it, so the screen can say both before anyone
      // confirms (the organization's policies, not the defaults the browser knows).
      // A clock whose policy left the configuration is left alone by `endCaseClocks`.
      clocks: (await caseClocks(db, c.id, rt.now())).map((k) => {
        const policy = org.clockPolicies.find((p) => p.id === k.policy);
        return { ...k, metBy: policy?.metBy ?? null, whenCaseEnds: policy ? whenCaseEnds(policy.metBy) : 'continues' };
      }),
      timeline: timeline.rows,
      // A held reply says whether this reader may approve it: the rule that held it may name who approves.
      replies: await withApprovalRights(db, org, who, c.id, replies.rows),
      author: { ...author.rows[0], otherCases: others, sameNameCases: sameName },
      allowedTransitions: allowedTransitions(c.status),
      // 'api': a public reply is posted by Redress; 'manual': someone posts it and marks it posted.
      publicReplies: rt.channels[c.platform as Platform].mode,
    };
  });

  app.patch(
    '/api/v1/cases/:id',
    {
      schema: {
        tags: ['cases'],
        summary: 'Change status, priority, assignment, grievance flag or tags (send the version you saw; 409 if it moved)',
        params: IdParams,
        body: Type.Object(
          {
            version: Type.Integer({ minimum: 1 }),
            status: Type.Optional(Type.Union(CASE_STATUSES.map((s) => Type.Literal(s)))),
            priority: Type.Optional(Type.Union(['low', 'normal', 'high', 'urgent'].map((s) => Type.Literal(s)))),
            assigneeId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
            teamId: Type.Optional(Type.Union([Type.String({ minLength: 1 }), Type.Null()])),
            grievance: Type.Optional(Type.Boolean()),
            grievanceReceivedAt: Type.Optional(
              Type.String({ format: 'date-time', description: "with grievance: true, when the complaint was received (its clock counts from then); default: the case's first post" }),
            ),
            tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 30 })),
            outcome: Type.Optional(Type.Union([...CASE_OUTCOMES.map((o) => Type.Literal(o)), Type.Null()], { description: 'how the case ended; only with status resolved or closed' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: answer('The case as changed', CaseSummary),
          ...errors(
            [400, 'Invalid body, a status the case cannot move to, an unknown team or assignee, or `grievanceReceivedAt` without marking a grievance: `details` names the field.'],
            401,
            [403, 'Refused (`forbidden`): your role may not change cases, the assignee cannot see or work cases of its site, or a session write without the right `X-CSRF-Token` header.'],
            NO_CASE,
            [409, 'Conflict (`conflict`): the case changed since you read it (`version` is not its version), or it was merged into another case.'],
            [422, 'An outcome for a case that is not resolved or closed (`unprocessable`; `details` names `outcome`).'],
          ),
        },
      },
    },
    async (req) => {
      const who = require(req, 'case.update');
      const body = req.body as { version: number; status?: CaseStatus; priority?: string; assigneeId?: string | null; teamId?: string | null; grievance?: boolean; grievanceReceivedAt?: string; tags?: string[]; outcome?: CaseOutcome | null };
      const id = (req.params as { id: string }).id;
      const org = await rt.org.get();
      await db.transaction(async (tx) => {
        const c = await visibleCase(tx, who, id, true);
        if (c.version !== body.version) throw conflict(`The case changed since you loaded it (version ${c.version}, you sent ${body.version}). Reload and try again.`);
        await applyCaseChanges(tx, rt, org, who, c, body);
        await audit(tx, who, req.ip, 'case.update', 'case', id, { fields: Object.keys(body).filter((k) => k !== 'version') });
        await announce(tx, { caseId: id, kind: 'updated' });
      });
      return visibleCase(db, who, id);
    },
  );

  app.post(
    '/api/v1/cases/:id/notes',
    {
      schema: {
        tags: ['cases'],
        summary: 'Add an internal note; @mentions (email or First.Last) notify the people named',
        params: IdParams,
        body: Type.Object({ text: Type.String({ minLength: 1, maxLength: 10_000 }) }, { additionalProperties: false }),
        response: { 201: answer('The note is on the timeline; the people it names who may open the case are notified', NoteAnswer), ...errors(400, 401, 403, NO_CASE) },
      },
    },
    async (req, reply) => {
      const who = require(req, 'case.note');
      const id = (req.params as { id: string }).id;
      const { text } = req.body as { text: string };
      const org = await rt.org.get();
      const result = await db.transaction(async (tx) => {
        const c = await visibleCase(tx, who, id);
        const users = [...org.userById.values()];
        const named = findMentions(text, users).filter((u) => u.id !== who.userId);
        const mentioned = named.filter((u) => inScope(u.sites, u.role as never, c.siteId));
        // Named but not told: they cannot open the case, and the writer must know no one passed it on.
        const notTold = named.filter((u) => !mentioned.includes(u));
        await addEvent(tx, id, 'note.added', actorOf(who), { text, mentions: mentioned.map((u) => u.id) }, rt.now());
        const ev = await tx.query<{ id: number }>(`SELECT max(id)::int AS id FROM case_events WHERE case_id = $1`, [id]);
        await createNotifications(
          tx,
          rt.queue,
          mentioned.map((u) => ({ key: `mention:${ev.rows[0].id}:${u.id}`, userId: u.id, kind: 'mention', urgent: false, subject: `${who.name} mentioned you on case #${c.number}`, caseId: id })),
        );
        await audit(tx, who, req.ip, 'case.note', 'case', id, { mentions: mentioned.length });
        await announce(tx, { caseId: id, kind: 'updated' });
        return { id: ev.rows[0].id, type: 'note.added', mentions: mentioned.map((u) => ({ id: u.id, name: u.name })), notTold: notTold.map((u) => ({ id: u.id, name: u.name })) };
      });
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/api/v1/cases/bulk',
    {
      schema: {
        tags: ['cases'],
        summary: 'Assign or close many cases at once',
        body: Type.Object(
          {
            ids: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 500 }),
            action: Type.Union([Type.Literal('assign'), Type.Literal('close')]),
            assigneeId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
            outcome: Type.Optional(Type.Union(CASE_OUTCOMES.map((o) => Type.Literal(o)), { description: 'how the closed cases ended; only with close' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: answer('Each case is changed on its own: those that could not be are listed with why', BulkAnswer),
          ...errors([400, 'Invalid body, `assign` without `assigneeId`, or `outcome` without `close`.'], 401, 403),
        },
      },
    },
    async (req) => {
      const who = require(req, 'case.update');
      const body = req.body as { ids: string[]; action: 'assign' | 'close'; assigneeId?: string | null; outcome?: CaseOutcome };
      if (body.action === 'assign' && body.assigneeId === undefined) throw badRequest('Invalid body', [{ path: 'assigneeId', message: 'required for assign' }]);
      if (body.action !== 'close' && body.outcome) throw badRequest('Invalid body', [{ path: 'outcome', message: 'only with close' }]);
      const org = await rt.org.get();
      let updated = 0;
      const failed: { id: string; message: string }[] = [];
      for (const id of body.ids) {
        try {
          await db.transaction(async (tx) => {
            const c = await visibleCase(tx, who, id, true);
            // A case that may still need a person (a risk, urgent, someone in the building now, confidential) is closed
            // from its own page, where its open clocks are shown; the rest of the selection still closes.
            const refusal = body.action === 'close' ? bulkCloseRefusal({ ...c, priority: String(c.priority), timing: String(c.timing) }) : null;
            if (refusal) throw conflict(refusal);
            await applyCaseChanges(tx, rt, org, who, c, body.action === 'close' ? { status: 'closed', outcome: body.outcome } : { assigneeId: body.assigneeId });
            await audit(tx, who, req.ip, 'case.update', 'case', id, { bulk: body.action });
            await announce(tx, { caseId: id, kind: 'updated' });
          });
          updated++;
        } catch (err) {
          failed.push({ id, message: (err as Error).message });
        }
      }
      return { updated, failed };
    },
  );

  app.post(
    '/api/v1/cases/:id/merge',
    {
      schema: {
        tags: ['cases'],
        summary: 'Merge this case into another: its posts move there, this case closes',
        params: IdParams,
        body: Type.Object({ intoCaseId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: {
          200: answer('The case it was merged into, as changed', CaseSummary),
          ...errors(
            [400, 'Invalid body, or a case merged into itself.'],
            401,
            403,
            [404, 'No such case (either of the two), or not one you may see (`not_found`).'],
            [409, 'Conflict (`conflict`): one of the two cases was already merged into another.'],
          ),
        },
      },
    },
    async (req) => {
      const who = require(req, 'case.merge');
      const id = (req.params as { id: string }).id;
      const { intoCaseId } = req.body as { intoCaseId: string };
      if (id === intoCaseId) throw badRequest('Invalid body', [{ path: 'intoCaseId', message: 'a case cannot be merged into itself' }]);
      const org = await rt.org.get();
      await db.transaction(async (tx) => {
        const from = await visibleCase(tx, who, id, true);
        const into = await visibleCase(tx, who, intoCaseId, true);
        // A merged case is hidden from the inbox: posts moved into it would drop out of sight.
        for (const c of [from, into]) if (c.mergedInto) throw conflict(`Case #${c.number} was already merged into another case; use that one.`);
        await tx.query('UPDATE posts SET case_id = $2 WHERE case_id = $1', [from.id, into.id]);
        await tx.query(`UPDATE cases SET merged_into = $2, status = 'closed', closed_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [from.id, into.id]);
        // The case it joins carries the promises now; the merged one must not go on breaching in the sweep.
        await endCaseClocks(tx, org, rt.now(), from.id);
        await tx.query(
          // The posts it takes over are found by search there too.
          `UPDATE cases SET categories = ARRAY(SELECT DISTINCT unnest(categories || $2::text[])), risks = ARRAY(SELECT DISTINCT unnest(risks || $3::text[])),
             severity = GREATEST(severity, $4), search = COALESCE(search, ''::tsvector) || COALESCE((SELECT f.search FROM cases f WHERE f.id = $5), ''::tsvector),
             version = version + 1, updated_at = now() WHERE id = $1`,
          [into.id, from.categories, from.risks, from.severity, from.id],
        );
        const actor = actorOf(who);
        await addEvent(tx, from.id, 'merged', actor, { into: into.id, intoNumber: into.number });
        await addEvent(tx, into.id, 'merged', actor, { from: from.id, fromNumber: from.number });
        await audit(tx, who, req.ip, 'case.merge', 'case', from.id, { into: into.id });
        await announce(tx, { caseId: into.id, kind: 'updated' });
      });
      return visibleCase(db, who, intoCaseId);
    },
  );
}

/** Applies a validated change to a locked case row, writing a timeline event per field. */
export async function applyCaseChanges(
  tx: Queryable,
  rt: Runtime,
  org: OrgState,
  who: Principal,
  c: CaseRow,
  change: { status?: CaseStatus; priority?: string; assigneeId?: string | null; teamId?: string | null; grievance?: boolean; grievanceReceivedAt?: string; tags?: string[]; outcome?: CaseOutcome | null },
): Promise<void> {
  if (c.mergedInto) throw conflict(`Case #${c.number} was merged into another case; change that one.`);
  const actor = actorOf(who);
  const at = rt.now();
  const sets: string[] = [];
  const params: unknown[] = [c.id];
  const set = (col: string, v: unknown) => sets.push(`${col} = $${params.push(v)}`);
  if (change.status && change.status !== c.status) {
    if (!canTransition(c.status, change.status))
      throw badRequest(`A ${c.status} case cannot become ${change.status}.`, [{ path: 'status', message: `allowed from ${c.status}: ${allowedTransitions(c.status).join(', ')}` }]);
    set('status', change.status);
    if (change.status === 'resolved') set('resolved_at', at);
    if (change.status === 'closed') set('closed_at', at);
    await addEvent(tx, c.id, isReopen(c.status, change.status) ? 'case.reopened' : 'status.changed', actor, { from: c.status, to: change.status }, at);
    if (change.status === 'resolved' || change.status === 'closed') await endCaseClocks(tx, org, at, c.id);
    if (isReopen(c.status, change.status)) await startClocksOn(tx, org, at, c, 'case_reopened');
    // A reopened case has not ended any more, so how it ended no longer holds.
    if (!outcomeAllowed(change.status) && c.outcome && change.outcome === undefined) {
      set('outcome', null);
      await addEvent(tx, c.id, 'outcome.set', actor, { from: c.outcome, to: null }, at);
    }
  }
  if (change.outcome !== undefined && change.outcome !== c.outcome) {
    if (change.outcome && !outcomeAllowed(change.status ?? c.status))
      throw new HttpError(422, 'unprocessable', 'An outcome is recorded when a case is resolved or closed.', [{ path: 'outcome', message: `a ${change.status ?? c.status} case has no outcome yet` }]);
    set('outcome', change.outcome);
    await addEvent(tx, c.id, 'outcome.set', actor, { from: c.outcome, to: change.outcome }, at);
  }
  if (change.priority && change.priority !== c.priority) {
    set('priority', change.priority);
    await addEvent(tx, c.id, 'priority.changed', actor, { from: c.priority, to: change.priority }, at);
  }
  if (change.teamId !== undefined && change.teamId !== c.teamId) {
    if (change.teamId && !org.teams.some((t) => t.id === change.teamId)) throw badRequest('Invalid body', [{ path: 'teamId', message: `no team "${change.teamId}"` }]);
    set('team_id', change.teamId);
    await addEvent(tx, c.id, 'assigned', actor, { teamId: change.teamId, previousTeamId: c.teamId }, at);
  }
  if (change.assigneeId !== undefined && change.assigneeId !== c.assigneeId) {
    const user = change.assigneeId ? org.userById.get(change.assigneeId) : null;
    if (change.assigneeId && !user) throw badRequest('Invalid body', [{ path: 'assigneeId', message: 'no active user with this id' }]);
    if (user && !inScope(user.sites, user.role as never, c.siteId)) throw forbidden(`${user.name} cannot see cases of this site.`);
    // A viewer (or another role that cannot work cases) would own a case nobody can act on.
    if (user && !mayBeAssigned({ role: user.role as Role, sites: user.sites }, c.siteId)) throw forbidden(`${user.name} (${user.role}) cannot work cases, so cannot be assigned one.`);
    set('assignee_id', change.assigneeId);
    await addEvent(tx, c.id, 'assigned', actor, { assigneeId: change.assigneeId, previousAssigneeId: c.assigneeId }, at);
    if (user && change.assigneeId !== who.userId)
      await createNotifications(tx, rt.queue, [
        { key: `assign:${c.id}:${change.assigneeId}:${c.version}`, userId: user.id, kind: 'assignment', urgent: false, subject: `Case #${c.number} was assigned to you`, caseId: c.id },
      ]);
  }
  if (change.grievanceReceivedAt !== undefined && !(change.grievance === true && !c.grievance))
    throw badRequest('Invalid body', [{ path: 'grievanceReceivedAt', message: 'is given with grievance: true, when the case is marked a formal grievance' }]);
  if (change.grievance !== undefined && change.grievance !== c.grievance) {
    set('grievance', change.grievance);
    // The written-response clock counts from when the complaint was received, which the timeline records.
    const receipt = change.grievance ? await receiptOfGrievance(tx, c.id, change.grievanceReceivedAt ? new Date(change.grievanceReceivedAt) : undefined, at) : null;
    if (receipt && 'problem' in receipt) throw badRequest('Invalid body', [{ path: 'grievanceReceivedAt', message: receipt.problem }]);
    const received = receipt ? { receivedAt: receipt.at.toISOString(), receivedFrom: receipt.from } : {};
    await addEvent(tx, c.id, change.grievance ? 'grievance.marked' : 'grievance.unmarked', actor, received, at);
    if (receipt) await startClocksOn(tx, org, at, c, 'grievance_marked', receipt.at);
    else await stopClocksOn(tx, org, at, c.id, 'grievance_unmarked');
  }
  if (change.tags) {
    set('tags', change.tags);
    await addEvent(tx, c.id, 'tags.changed', actor, { tags: change.tags }, at);
  }
  if (sets.length === 0) return;
  await tx.query(`UPDATE cases SET ${sets.join(', ')}, version = version + 1, updated_at = $${params.push(at)} WHERE id = $1`, params);
}
