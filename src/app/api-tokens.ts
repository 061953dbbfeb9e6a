// API tokens for integrations, shared by the CLI and the admin API: the secret is shown once and only its hash is
// kept; a token carries a role and optional site scope like a user, and revoking it takes effect on the next call.
import { createHash, randomBytes } from 'node:crypto';
import type { Db, Queryable } from '../store/db.js';
import { ROLES, type Role } from '../config/file-schema.js';
import type { Problem } from '../config/problems.js';

export const TOKEN_PREFIX = 'rdr_';
export const newSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const hashSecret = (s: string) => createHash('sha256').update(s).digest('hex');

export interface TokenRequest {
  name: string;
  role: Role;
  sites: string[];
}

export interface TokenSummary {
  id: string;
  name: string;
  role: Role;
  sites: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Who did it, as the audit log names them. */
export interface TokenActor {
  userId: string | null;
  label: string;
  ip?: string;
}

export async function tokenRequestProblems(db: Queryable, req: TokenRequest): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (!req.name.trim()) problems.push({ path: 'name', message: 'required: say what the token is for' });
  if (!ROLES.includes(req.role)) problems.push({ path: 'role', message: `must be one of ${ROLES.join(', ')}` });
  if (req.sites.length) {
    const known = await db.query<{ id: string }>('SELECT id FROM sites WHERE id = ANY($1::text[])', [req.sites]);
    const found = new Set(known.rows.map((s) => s.id));
    req.sites.forEach((s, i) => found.has(s) || problems.push({ path: `sites[${i}]`, message: `no site "${s}"` }));
  }
  return problems;
}

async function auditToken(tx: Queryable, actor: TokenActor, action: string, tokenId: string): Promise<void> {
  await tx.query(`INSERT INTO audit_log (actor_user_id, actor_label, ip, action, entity_type, entity_id) VALUES ($1, $2, $3, $4, 'api_token', $5)`, [
    actor.userId,
    actor.label,
    actor.ip ?? null,
    action,
    tokenId,
  ]);
}

/** Call `tokenRequestProblems` first. Returns the secret: it cannot be shown again. */
export async function createToken(db: Db, req: TokenRequest, actor: TokenActor): Promise<{ id: string; token: string }> {
  const token = TOKEN_PREFIX + newSecret();
  const id = await db.transaction(async (tx) => {
    const r = await tx.query<{ id: string }>(`INSERT INTO api_tokens (name, token_hash, role, sites) VALUES ($1, $2, $3, $4) RETURNING id`, [
      req.name.trim(),
      hashSecret(token),
      req.role,
      req.sites,
    ]);
    await auditToken(tx, actor, 'token.create', r.rows[0].id);
    return r.rows[0].id;
  });
  return { id, token };
}

export async function listTokens(db: Queryable): Promise<TokenSummary[]> {
  const r = await db.query<TokenSummary>(
    `SELECT id, name, role, sites, created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt" FROM api_tokens ORDER BY created_at`,
  );
  return r.rows;
}

/** False when there is no active token with that id. */
export async function revokeToken(db: Db, id: string, actor: TokenActor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const r = await tx.query(`UPDATE api_tokens SET revoked_at = now() WHERE id::text = $1 AND revoked_at IS NULL RETURNING id`, [id]);
    if (r.rowCount === 0) return false;
    await auditToken(tx, actor, 'token.revoke', id);
    return true;
  });
}
