// The audit trail: every read of a case or post and every change, with who, when and from where.
// Details hold ids and field names, never post text or patient names.
import type { Queryable } from '../store/db.js';
import type { Principal } from './auth.js';

export async function audit(db: Queryable, who: Principal | null, ip: string | undefined, action: string, entityType: string, entityId: string | null, details: object = {}): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor_user_id, actor_token_id, actor_label, ip, action, entity_type, entity_id, details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [who?.userId ?? null, who?.tokenId ?? null, who?.label ?? 'anonymous', ip ?? null, action, entityType, entityId, JSON.stringify(details)],
  );
}
