// The audit trail: every read of a case or post and every change, with who, when and from where.
// Details hold ids and field names, never post text or patient names.
import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../store/db.js';
import type { Principal } from './auth.js';
import { refusedFieldsOf } from './errors.js';

export async function audit(db: Queryable, who: Principal | null, ip: string | undefined, action: string, entityType: string, entityId: string | null, details: object = {}): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor_user_id, actor_token_id, actor_label, ip, action, entity_type, entity_id, details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [who?.userId ?? null, who?.tokenId ?? null, who?.label ?? 'anonymous', ip ?? null, action, entityType, entityId, JSON.stringify(details)],
  );
}

/**
 * What a list read writes to the audit log beside its count: the numbers of the cases it showed, so "who saw case
 * #140?" finds the lists it appeared in too. One row per request, numbers only: no names, no text.
 */
export function listedCasesDetails(items: { number?: unknown }[]): { caseNumbers: number[] } {
  return { caseNumbers: items.map((c) => c.number).filter((n): n is number => typeof n === 'number') };
}

/** The reads of lists whose audit rows name the cases shown (`caseNumbers`); migration 015 indexes exactly these. */
export const LIST_READS = `('case.list', 'post.list')`;

/** How an audit row found by case number concerns the case: itself, one of its posts, replies or files, or a list that showed it. */
export const CASE_AUDIT_VIA = ['case', 'post', 'reply', 'upload', 'list'] as const;

/** An audit row's entity id as a uuid, or null for ids that are not one (an email, a settings section). */
const ROW_UUID = `(CASE WHEN l.entity_id ~ '^[0-9a-f-]{36}$' THEN l.entity_id::uuid END)`;

/**
 * The id of the case an audit row `l` is about: the case itself, or the case of the post, reply or file it names;
 * null for everything else (sign-ins, settings, list reads). Each branch is a primary-key lookup.
 */
export const AUDIT_ROW_CASE = `(CASE l.entity_type
    WHEN 'case' THEN ${ROW_UUID}
    WHEN 'post' THEN (SELECT p.case_id FROM posts p WHERE p.id = ${ROW_UUID})
    WHEN 'reply' THEN (SELECT r.case_id FROM replies r WHERE r.id = ${ROW_UUID})
    WHEN 'upload' THEN (SELECT p.case_id FROM uploads u JOIN posts p ON p.id = u.post_id WHERE u.id = ${ROW_UUID})
  END)`;

/**
 * What a reader of the audit log who is not an administrator sees (risk managers investigating "who looked at this
 * patient's case"): the rows about cases of their sites (the case, its posts, replies and files) and the list reads
 * that showed one of them. Sign-ins, settings, tokens and the audit's own reads stay with administrators: they are
 * about running the system, not about a patient. `c` is the row's case (`AUDIT_ROW_CASE`); empty `sites` is all sites.
 * Asked about one case (`caseNumber`, with `caseAuditFilter`), every row is about that case, so it decides alone: a
 * list that showed a case of their site beside it is still not theirs to see.
 */
export function auditScopeFilter(sites: readonly string[], params: unknown[], caseNumber?: number): string {
  const inSites = (alias: string) => (sites.length ? `AND ${alias}.site_id = ANY($${params.push([...sites])}::text[])` : '');
  if (caseNumber !== undefined) return `EXISTS (SELECT 1 FROM cases sc WHERE sc.number = $${params.push(caseNumber)}::int ${inSites('sc')})`;
  const listed = `CASE WHEN jsonb_typeof(l.details->'caseNumbers') = 'array' THEN l.details->'caseNumbers' ELSE '[]'::jsonb END`;
  return `((c.id IS NOT NULL ${inSites('c')})
    OR (l.action IN ${LIST_READS} AND EXISTS (SELECT 1 FROM cases sc WHERE sc.number IN (SELECT n::int FROM jsonb_array_elements(${listed}) AS e(n)) ${inSites('sc')})))`;
}

/**
 * "Who read case #140?" for GET /api/v1/audit?caseNumber=: the rows about the case, its posts, replies and files, and
 * the list reads that showed it (`caseNumbers` in their details, a partial GIN index finds them). `where` restricts
 * `audit_log l`; `columns` name the case on every row and say how it concerns it (`via`, `list` for a list read).
 * Each branch is an index lookup, so the filter does not read the whole log.
 */
export function caseAuditFilter(caseNumber: number, params: unknown[]): { where: string; columns: string } {
  const n = `$${params.push(caseNumber)}::int`;
  const theCase = `(SELECT id FROM cases WHERE number = ${n})`;
  return {
    where: `l.id IN (
        SELECT a.id FROM audit_log a WHERE a.entity_type = 'case' AND a.entity_id = ${theCase}::text
        UNION ALL SELECT a.id FROM posts p JOIN audit_log a ON a.entity_type = 'post' AND a.entity_id = p.id::text WHERE p.case_id = ${theCase}
        UNION ALL SELECT a.id FROM replies r JOIN audit_log a ON a.entity_type = 'reply' AND a.entity_id = r.id::text WHERE r.case_id = ${theCase}
        UNION ALL SELECT a.id FROM posts p JOIN uploads u ON u.post_id = p.id JOIN audit_log a ON a.entity_type = 'upload' AND a.entity_id = u.id::text WHERE p.case_id = ${theCase}
        UNION ALL SELECT a.id FROM audit_log a WHERE a.action IN ${LIST_READS} AND a.details->'caseNumbers' @> jsonb_build_array(${n}))`,
    columns: `${n} AS "caseNumber", CASE WHEN l.action IN ${LIST_READS} AND l.entity_id IS NULL THEN 'list' ELSE l.entity_type END AS via`,
  };
}

/** Changes the server refused: their transaction rolled back, so they are written here, after the answer. */
const REFUSALS = new Set([400, 403, 404, 409, 422]);

/**
 * Audits every refused change by a signed-in user or token (a stale version, a forbidden transition, a case of
 * another site): an attempt is part of the trail as much as a success. Reads outside scope are audited where they
 * happen (`case.read_denied`); anonymous refusals are the login rate limit's business.
 */
export function auditRefusedChanges(app: FastifyInstance, db: Queryable): void {
  // onSend, not onResponse: the refusal is on record before the client hears of it, so an auditor (or a test)
  // reading right after the answer finds it.
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method === 'GET' || req.method === 'HEAD' || !req.principal || !REFUSALS.has(reply.statusCode)) return payload;
    const route = req.routeOptions.url ?? req.url.split('?')[0];
    const resource = /^\/api\/v1\/([a-z_-]+)/.exec(route)?.[1] ?? 'request';
    const id = (req.params as { id?: unknown } | undefined)?.id;
    await audit(db, req.principal, req.ip, 'change.refused', resource.replace(/-/g, '_').replace(/s$/, ''), typeof id === 'string' ? id : null, {
      method: req.method,
      route,
      status: reply.statusCode,
      ...(refusedFieldsOf(req).length ? { fields: refusedFieldsOf(req) } : {}),
    }).catch((err: unknown) => req.log.error({ err }, 'refused change not audited'));
    return payload;
  });
}
