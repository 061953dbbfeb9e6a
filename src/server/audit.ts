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

/** Changes the server refused: their transaction rolled back, so they are written here, after the answer. */
const REFUSALS = new Set([400, 403, 404, 409, 422]);

/**
 * Audits every refused change by a signed-in user or token (a stale version, a forbidden transition, a case of
 * another site): an attempt is part of the trail as much as a success. Reads outside scope are audited where they
 * happen (`case.read_denied`); anonymous refusals are the login rate limit's business.
 */
export function auditRefusedChanges(app: FastifyInstance, db: Queryable): void {
  app.addHook('onResponse', async (req, reply) => {
    if (req.method === 'GET' || req.method === 'HEAD' || !req.principal || !REFUSALS.has(reply.statusCode)) return;
    const route = req.routeOptions.url ?? req.url.split('?')[0];
    const resource = /^\/api\/v1\/([a-z_-]+)/.exec(route)?.[1] ?? 'request';
    const id = (req.params as { id?: unknown } | undefined)?.id;
    await audit(db, req.principal, req.ip, 'change.refused', resource.replace(/-/g, '_').replace(/s$/, ''), typeof id === 'string' ? id : null, {
      method: req.method,
      route,
      status: reply.statusCode,
      ...(refusedFieldsOf(req).length ? { fields: refusedFieldsOf(req) } : {}),
    }).catch((err: unknown) => req.log.error({ err }, 'refused change not audited'));
  });
}
