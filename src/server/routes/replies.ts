// Replies: the guard check as the user types, templates for the case, sending (with a written override for a
// blocked draft), approval, "posted by hand" confirmation, the written reply policy, and the evidence export.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import { actorOf, require } from '../auth.js';
import { audit } from '../audit.js';
import { badRequest, conflict, forbidden, HttpError, notFound } from '../errors.js';
import { can, confidentialAccess, inScope } from '../../domain/permissions.js';
import { visibleCase, type CaseRow } from './cases.js';
import { approvalFor, guardFor, heldApproval, markReplyOut, queueReply, ReplyRefused, type CaseForReply, type ReplyKind } from '../../app/replies.js';
import { approversInWords, mayApprove, type ApprovalRequirement } from '../../domain/routing/approval.js';
import { addEvent } from '../../app/timeline.js';
import { evidenceFileName, periodTimeZone, privateFollowUp, publicReplyEvidence, type EvidenceFilter } from '../../app/reply-evidence.js';
import { renderEvidencePdf } from '../evidence-pdf.js';
import { evidenceCsv } from '../evidence-csv.js';
import { confidentialFilter } from '../confidential.js';
import { approvalOutcomeSubject, approvalRequestSubject, approvalSettledSubject, createNotifications } from '../../app/notifications.js';
import { GUARD_POLICY, GUARD_POLICY_VERSION } from '../../domain/reply-guard/policy.js';
import { pickVariant, renderTemplate, SCENARIO_NAMES, siteTemplateVars, suggestTemplates, TemplateRenderError } from '../../domain/templates/index.js';
import { PRIVATE_ROUTES, type Platform } from '../../domain/platform.js';
import type { Triage } from '../../triage/types.js';
import type { OrgState } from '../../app/org-state.js';
import { periodBound } from './reports.js';
import type { Queryable } from '../../store/db.js';
import type { Role } from '../../config/file-schema.js';
import { answer, errors, fileAnswer, Ok } from '../openapi.js';
import { CaseTemplate, GuardAnswer, ReplyPolicy, SentReply } from './replies-schemas.js';

const Kind = Type.Union([Type.Literal('public'), Type.Literal('private'), Type.Literal('email')]);
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

const NO_CASE: [number, string] = [404, 'No such case, or not one you may see: outside your sites, or confidential (`not_found`).'];
const NO_REPLY: [number, string] = [404, 'No such reply, or its case is not one you may see (`not_found`).'];

const forReply = (c: CaseRow): CaseForReply => ({ id: c.id, siteId: c.siteId, confidential: c.confidential, platform: c.platform as Platform, approvalRequired: c.approvalRequired, teamId: c.teamId });

/** A refusal of the reply as written, in the API's words: nothing on the case to answer in public, or a repeat. */
const refusal = (err: ReplyRefused) =>
  err.reason === 'duplicate' ? new HttpError(409, 'conflict', err.message, [err.field]) : new HttpError(422, 'unavailable', err.message, [err.field]);

export function registerReplyRoutes(app: FastifyInstance, rt: Runtime): void {
  const { db } = rt;

  app.post(
    '/api/v1/replies/check',
    {
      schema: {
        tags: ['replies'],
        summary: 'Check a draft with the PHI guard (nothing is stored)',
        body: Type.Object({ caseId: Type.String({ format: 'uuid' }), text: Type.String({ maxLength: 20_000 }), kind: Kind }, { additionalProperties: false }),
        response: { 200: answer('What the guard finds in the draft, for this case and kind of reply', GuardAnswer), ...errors(400, 401, 403, NO_CASE) },
      },
    },
    async (req) => {
      const who = require(req, 'case.read');
      const body = req.body as { caseId: string; text: string; kind: ReplyKind };
      const c = await visibleCase(db, who, body.caseId);
      return guardFor(db, await rt.org.get(), forReply(c), body.text, body.kind, who.name);
    },
  );

  const templates = {
    tags: ['replies'],
    summary: "Reply templates that fit the case, filled with its site's approved contacts",
    params: IdParams,
    response: { 200: answer('One template per fitting scenario, in the order to offer them', Type.Array(CaseTemplate)), ...errors(400, 401, 403, NO_CASE) },
  };
  app.get('/api/v1/cases/:id/templates', { schema: templates }, async (req) => {
    const who = require(req, 'case.read');
    const c = await visibleCase(db, who, (req.params as { id: string }).id);
    const org = await rt.org.get();
    const post = await db.query<{ triage: Triage | null }>(`SELECT triage FROM posts WHERE case_id = $1 ORDER BY created_at LIMIT 1`, [c.id]);
    const triage = post.rows[0]?.triage;
    const language = triage?.language === 'es' ? 'es' : 'en';
    // The case's risks, not only its first post's: a crisis written in a later post still brings the crisis templates.
    const scenarios = suggestTemplates({ ...(triage ?? { complaint: true }), risks: [...new Set([...(triage?.risks ?? []), ...(c.risks as Triage['risks'])])] });
    const vars = siteTemplateVars(org.profile, c.siteId, who.name.split(' ')[0]);
    return scenarios.flatMap((scenario) => {
      try {
        const t = pickVariant(scenario, language, c.id, c.platform as string, org.templates);
        return [{ id: t.id, scenario, language, name: SCENARIO_NAMES[scenario], channel: t.channel, version: t.version, text: renderTemplate(t, vars) }];
      } catch (err) {
        if (err instanceof TemplateRenderError) return [];
        throw err;
      }
    });
  });

  app.post(
    '/api/v1/cases/:id/replies',
    {
      schema: {
        tags: ['replies'],
        summary: 'Send a reply (public, private message or email); a blocked draft needs a written override by a permitted role',
        params: IdParams,
        body: Type.Object({ text: Type.String({ minLength: 1, maxLength: 20_000 }), kind: Kind, overrideReason: Type.Optional(Type.String({ minLength: 10, maxLength: 2000 })) }, { additionalProperties: false }),
        response: {
          201: answer('Saved: queued to be posted, held for approval, or waiting to be posted by hand', SentReply),
          ...errors(
            400,
            401,
            [403, 'Refused (`forbidden`): your role may not send replies, or may not override the reply guard; or a session write without the right `X-CSRF-Token` header.'],
            NO_CASE,
            [409, 'The same public reply to this post is already on its way out (`conflict`; `details` names `text`).'],
            [
              422,
              'Cannot go out as written: the guard blocked the draft and no `overrideReason` was given (`blocked`; `details` names each blocked span as `text[start:end]`), a public reply on a confidential case (`blocked`), or a kind of reply that cannot reach this author or a public reply to a case with no public post (`unavailable`; `details` names `kind`).',
            ],
          ),
        },
      },
    },
    async (req, reply) => {
      const who = require(req, 'reply.send');
      const id = (req.params as { id: string }).id;
      const body = req.body as { text: string; kind: ReplyKind; overrideReason?: string };
      const org = await rt.org.get();
      const result = await db.transaction(async (tx) => {
        const c = await visibleCase(tx, who, id, true);
        const guard = await guardFor(tx, org, forReply(c), body.text, body.kind, who.name);
        if (body.kind !== 'public' && !PRIVATE_ROUTES[c.platform as Platform].includes(body.kind))
          throw new HttpError(422, 'unavailable', `${body.kind === 'email' ? 'An email' : 'A private message'} cannot reach the author of a ${c.platform} post.`, [
            { path: 'kind', message: `on ${c.platform}: ${['public', ...PRIVATE_ROUTES[c.platform as Platform]].join(' or ')}` },
          ]);
        if (body.kind === 'public' && c.confidential)
          throw new HttpError(422, 'blocked', 'This case came in privately: no public reply is possible. Follow up by private message or email.', []);
        if (guard.verdict === 'block') {
          if (!body.overrideReason) throw new HttpError(422, 'blocked', 'The reply guard blocked this draft. Change it, or give a written override reason.', guard.findings.filter((f) => f.level === 'block').map((f) => ({ path: `text[${f.start}:${f.end}]`, message: `${f.rule}: ${f.message}` })));
          if (!can(who.role, 'reply.override_guard')) throw forbidden(`Your role (${who.role}) may not override the reply guard; ask patient experience or risk management.`);
        }
        const approval = body.kind === 'public' && c.approvalRequired ? await approvalFor(tx, org, forReply(c)) : null;
        const queued = await queueReply(tx, rt.queue, rt.channels, forReply(c), {
          kind: body.kind, text: body.text, guard, overrideReason: guard.verdict === 'block' ? body.overrideReason : undefined, userId: who.userId, at: rt.now(), approval,
        }).catch((err: unknown) => {
          throw err instanceof ReplyRefused ? refusal(err) : err;
        });
        if (queued.status === 'pending_approval') await notifyApprovers(tx, rt, org, c, { replyId: queued.id, writerId: who.userId, approval });
        await audit(tx, who, req.ip, guard.verdict === 'block' ? 'reply.override' : 'reply.create', 'reply', queued.id, { caseId: c.id, kind: body.kind, verdict: guard.verdict, rules: guard.findings.map((f) => f.rule), overrideReason: guard.verdict === 'block' ? body.overrideReason : undefined });
        return { ...queued, findings: guard.findings, verdict: guard.verdict };
      });
      return reply.status(201).send(result);
    },
  );

  const decide = (approve: boolean) => async (req: import('fastify').FastifyRequest) => {
    const who = require(req, 'reply.approve');
    // An approval is a person's word that a reply is safe to post: the evidence names who gave it, a token is no one.
    const approverId = who.userId;
    if (!approverId) throw forbidden('Approving or rejecting a reply needs a signed-in person, not an API token.');
    const id = (req.params as { id: string }).id;
    const { comment } = (req.body ?? {}) as { comment?: string };
    if (!approve && !comment) throw badRequest('Invalid body', [{ path: 'comment', message: 'say why the reply is rejected' }]);
    // Read before the transaction: on the embedded database a refresh of the cached organization inside it would wait
    // for the transaction itself (it hung the server when the cache had expired).
    const { teams } = await rt.org.get();
    await db.transaction(async (tx) => {
      const r = await tx.query<{ case_id: string; status: string; created_by: string | null }>(`SELECT case_id, status, created_by FROM replies WHERE id = $1 FOR UPDATE`, [id]);
      const row = r.rows[0];
      if (!row) throw notFound('No such reply.');
      await visibleCase(tx, who, row.case_id);
      if (row.status !== 'pending_approval') throw conflict(`The reply is ${row.status}, not waiting for approval.`);
      if (row.created_by && row.created_by === who.userId) throw forbidden('A reply needs a second person to approve it.');
      const approval = await heldApproval(tx, row.case_id, id);
      if (!mayApprove(who, approval, teams)) throw forbidden(onlyNamedApprovers(approval));
      const c = await visibleCase(tx, who, row.case_id);
      const manual = rt.channels[c.platform as Platform].mode === 'manual';
      const status = approve ? (manual ? 'manual' : 'queued') : 'rejected';
      const at = rt.now();
      await tx.query(`UPDATE replies SET status = $2, approver_id = $3, approval_comment = $4, decided_at = $5 WHERE id = $1`, [id, status, who.userId, comment ?? null, at]);
      await addEvent(tx, row.case_id, approve ? 'reply.approved' : 'reply.rejected', { kind: 'user', id: approverId }, { replyId: id, comment: comment ?? null }, at);
      if (status === 'queued') await rt.queue.enqueue('reply.deliver', [{ replyId: id }], { tx });
      await settleApproval(tx, rt, { replyId: id, writerId: row.created_by, caseId: c.id, caseNumber: c.number, status, at, decider: { id: who.userId, name: who.name } });
      await audit(tx, who, req.ip, approve ? 'reply.approve' : 'reply.reject', 'reply', id, { caseId: row.case_id });
    });
    return { ok: true };
  };
  const DecisionBody = Type.Object({ comment: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false });
  const decision = (done: string, bad: string) => ({
    200: answer(done, Ok),
    ...errors(
      [400, bad],
      401,
      [403, 'Refused (`forbidden`): your role may not approve replies, you wrote this reply (a second person must approve it), or the rule that held it names other approvers, or an API token asked (only a person approves); or a session write without the right `X-CSRF-Token` header.'],
      NO_REPLY,
      [409, 'The reply is not waiting for approval (`conflict`): someone decided already.'],
    ),
  });
  const approve = decision('Approved: queued to be posted, or waiting to be posted by hand', 'Invalid body.');
  const reject = decision('Rejected; the comment is kept on the case', 'Invalid body, or no `comment` saying why.');
  app.post('/api/v1/replies/:id/approve', { schema: { tags: ['replies'], summary: 'Approve a reply waiting for approval', params: IdParams, body: DecisionBody, response: approve } }, decide(true));
  app.post('/api/v1/replies/:id/reject', { schema: { tags: ['replies'], summary: 'Reject a reply waiting for approval (comment required)', params: IdParams, body: DecisionBody, response: reject } }, decide(false));

  const markPosted = {
    tags: ['replies'],
    summary: 'Confirm that a reply was posted by hand on a platform without a reply API',
    params: IdParams,
    body: Type.Object({ url: Type.Optional(Type.String({ maxLength: 2000, pattern: '^https?://' })) }, { additionalProperties: false }),
    response: {
      200: answer('Marked posted; the clocks it answers are met', Ok),
      ...errors(400, 401, 403, NO_REPLY, [409, 'The reply is not waiting to be posted by hand (`conflict`).']),
    },
  };
  app.post('/api/v1/replies/:id/mark-posted', { schema: markPosted }, async (req) => {
    const who = require(req, 'reply.send');
    const id = (req.params as { id: string }).id;
    const { url } = (req.body ?? {}) as { url?: string };
    const org = await rt.org.get();
    await db.transaction(async (tx) => {
      const r = await tx.query<{ id: string; case_id: string; kind: ReplyKind; status: string; invites_contact: boolean }>(`SELECT id, case_id, kind, status, invites_contact FROM replies WHERE id = $1 FOR UPDATE`, [id]);
      const row = r.rows[0];
      if (!row) throw notFound('No such reply.');
      await visibleCase(tx, who, row.case_id);
      if (row.status !== 'manual') throw conflict(`The reply is ${row.status}; only replies waiting to be posted by hand can be confirmed.`);
      await markReplyOut(tx, org, rt.now(), row, { platformReplyId: null, url: url ?? null, manual: true, actor: actorOf(who) });
      await audit(tx, who, req.ip, 'reply.mark_posted', 'reply', id, { caseId: row.case_id });
    });
    return { ok: true };
  });

  const policy = { tags: ['replies'], summary: 'The written policy on responding to reviews that the guard enforces', response: { 200: answer('The policy in force', ReplyPolicy), ...errors(401, 403) } };
  app.get('/api/v1/reply-policy', { schema: policy }, async (req) => {
    require(req);
    return { version: GUARD_POLICY_VERSION, markdown: GUARD_POLICY };
  });

  // A period as days (`to` included) in the zone the export states, or as date-times.
  const Bound = Type.String({
    pattern: '^\\d{4}-\\d{2}-\\d{2}(T.+)?$',
    description: "a day (YYYY-MM-DD; `to` includes its day) in the site's time zone (with `site`), else the organization's, else UTC; or a date-time (one without an offset is read in that zone)",
  });
  const ExportQuery = Type.Object(
    { caseId: Type.Optional(Type.String({ format: 'uuid' })), site: Type.Optional(Type.String({ minLength: 1, description: 'only replies on cases of this site' })), from: Type.Optional(Bound), to: Type.Optional(Bound) },
    { additionalProperties: false },
  );
  // Documents the file type in the OpenAPI reference; a string or Buffer payload is sent as it is, never serialized.
  const fileResponse = (type: string) => ({
    200: fileAnswer('The export file', [type]),
    ...errors(
      [400, 'An unknown query parameter, a day or date-time that is not one, or `to` not after `from`.'],
      401,
      [403, 'Refused (`forbidden`): your role may not export replies, or `site` is outside your sites (`details` names `site`).'],
    ),
  });
  const exportSummary = (format: string) =>
    `Evidence (${format}): every public reply of a case or period with how it was checked, overrides and approvals, the public post it answered and the case's private follow-up (method, time, outcome), times in the case's site time zone`;

  /**
   * Both exports: PX, risk and admins only, same site scope and confidential rule as the inbox, same rows, and an
   * audit entry naming the format. The period's days are read in the chosen site's zone (else the organization's,
   * else UTC), which both files state.
   */
  const exportRows = async (req: FastifyRequest, format: 'csv' | 'pdf') => {
    const who = require(req, 'reply.export');
    const q = req.query as EvidenceFilter;
    // An empty file for a site outside the reader's scope would read as "no replies there".
    if (q.site && !inScope(who.sites, who.role, q.site)) throw new HttpError(403, 'forbidden', `Your site scope does not include "${q.site}".`, [{ path: 'site', message: 'outside your sites' }]);
    const org = await rt.org.get();
    const orgZone = org.profile.organization.timeZone;
    const period = periodTimeZone(q.site ? org.sites.get(q.site)?.timeZone : null, orgZone);
    const bound = (field: 'from' | 'to') => (q[field] ? { [field]: periodBound(field, q[field], period.timeZone).toISOString() } : {});
    const filter: EvidenceFilter = { ...q, ...bound('from'), ...bound('to') };
    if (filter.from && filter.to && Date.parse(filter.from) >= Date.parse(filter.to)) throw badRequest('Invalid querystring: to must be after from', [{ path: 'to', message: 'must be after from' }]);
    const reader = { role: who.role, sites: who.sites, confidential: (params: unknown[]) => confidentialFilter(who, params) };
    const rows = await publicReplyEvidence(db, reader, filter, orgZone);
    const followUp = await privateFollowUp(db, rows.map((r) => r.caseId));
    await audit(db, who, req.ip, 'reply.export', 'reply', filter.caseId ?? null, { count: rows.length, format });
    // One case's file is read in its zone; a period's in the zone its days were counted in.
    const zone = filter.caseId && rows[0] ? rows[0].zone : period;
    return { who, org, filter, rows, followUp, zone, period };
  };

  app.get('/api/v1/replies/export.csv', { schema: { tags: ['replies'], summary: exportSummary('CSV'), querystring: ExportQuery, response: fileResponse('text/csv') } }, async (req, reply) => {
    const { filter, rows, followUp, zone } = await exportRows(req, 'csv');
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${evidenceFileName(filter, rows[0]?.case, 'csv', zone.timeZone)}"`)
      .send(evidenceCsv(rows, followUp));
  });

  app.get('/api/v1/replies/export.pdf', { schema: { tags: ['replies'], summary: exportSummary('PDF, with the written reply policy'), querystring: ExportQuery, response: fileResponse('application/pdf') } }, async (req, reply) => {
    const { who, org, filter, rows, followUp, zone, period } = await exportRows(req, 'pdf');
    const pdf = await renderEvidencePdf({
      organization: org.profile.organization.name,
      filter,
      zone,
      period,
      generatedAt: rt.now(),
      generatedBy: `${who.name} (${who.email ?? who.label})`,
      leftOut: confidentialAccess(who.role) === 'all' ? null : 'confidential cases the exporter may not open',
      policy: { version: GUARD_POLICY_VERSION, markdown: GUARD_POLICY },
      replies: rows,
      followUp,
    });
    return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${evidenceFileName(filter, rows[0]?.case, 'pdf', zone.timeZone)}"`).send(pdf);
  });
}

/** The 403 for someone whose role approves replies but whom the case's rule did not name. */
function onlyNamedApprovers(approval: ApprovalRequirement | null): string {
  const rules = (approval?.named ?? []).map((n) => `“${n.ruleName}”`);
  return `Only ${approversInWords(approval)} may approve or reject this reply: the routing rule ${rules.join(' and ')} asks for them.`;
}

/**
 * Once one approver decided, the others' "waits for your approval" is done: it says who settled it and how, is
 * marked read and stops being urgent, so nobody opens the case to approve what is decided. The writer learns what
 * to do next: a reply approved for a platform without a reply API waits for them to post it by hand. The rejection's
 * comment stays on the case: a notification may leave by email.
 */
async function settleApproval(
  tx: Queryable,
  rt: Runtime,
  d: { replyId: string; writerId: string | null; caseId: string; caseNumber: number; status: string; at: Date; decider: { id: string | null; name: string } },
): Promise<void> {
  const approved = d.status !== 'rejected';
  await tx.query(
    `UPDATE notifications SET read_at = COALESCE(read_at, $2), urgent = false, subject = CASE WHEN user_id = $3 THEN $4 ELSE $5 END,
            payload = payload || jsonb_build_object('settled', jsonb_build_object('outcome', $6::text, 'by', $7::text, 'at', $2::timestamptz))
      WHERE kind = 'approval' AND idempotency_key LIKE $1`,
    [
      `approval:${d.replyId}:%`, d.at, d.decider.id,
      approvalSettledSubject(d.caseNumber, approved, { name: d.decider.name, isYou: true }),
      approvalSettledSubject(d.caseNumber, approved, { name: d.decider.name, isYou: false }),
      approved ? 'approved' : 'rejected', d.decider.name,
    ],
  );
  if (!d.writerId) return;
  await createNotifications(
    tx,
    rt.queue,
    [{ key: `approval-decided:${d.replyId}`, userId: d.writerId, kind: 'approval', urgent: false, subject: approvalOutcomeSubject(d.caseNumber, d.status), caseId: d.caseId }],
    d.at,
  );
}

/**
 * Asks those who may approve the held reply: people whose role approves replies, in the case's site scope, whom the
 * rule named (when it named anyone), never the writer, who may not approve their own reply.
 */
async function notifyApprovers(tx: Queryable, rt: Runtime, org: OrgState, c: CaseRow, held: { replyId: string; writerId: string | null; approval: ApprovalRequirement | null }): Promise<void> {
  const approvers = [...org.userById.values()].filter(
    (u) => u.id !== held.writerId && inScope(u.sites, u.role as Role, c.siteId) && mayApprove({ role: u.role as Role, email: u.email }, held.approval, org.teams),
  );
  // A reply held on an urgent case, or for someone in the building now, is the answer they are waiting for: the
  // approver hears of it as they hear of a page, not in tomorrow's list.
  const urgent = c.priority === 'urgent' || c.timing === 'now';
  await createNotifications(
    tx,
    rt.queue,
    approvers.map((u) => ({ key: `approval:${held.replyId}:${u.id}`, userId: u.id, kind: 'approval' as const, urgent, subject: approvalRequestSubject(c.number), caseId: c.id })),
    rt.now(),
  );
}
