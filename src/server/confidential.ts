// Confidential cases in SQL: the same rule everywhere a case or its posts are read (src/domain/permissions.ts says who).
import { confidentialAccess } from '../domain/permissions.js';
import type { Principal } from './auth.js';

/**
 * A condition on the case alias `c` that leaves out the confidential cases `who` may not read, or null when they
 * may read them all. Its parameter is added to `params`, the query's. Posts without a case pass.
 */
export function confidentialFilter(who: Principal, params: unknown[]): string | null {
  const access = confidentialAccess(who.role);
  if (access === 'all') return null;
  const open = 'NOT COALESCE(c.confidential, false)';
  if (access === 'none' || !who.userId) return open;
  const me = `$${params.push(who.userId)}`;
  return `(${open} OR c.assignee_id = ${me}
    OR EXISTS (SELECT 1 FROM posts fp WHERE fp.case_id = c.id AND fp.forwarded_by = ${me})
    OR EXISTS (SELECT 1 FROM notifications fn WHERE fn.case_id = c.id AND fn.user_id = ${me}))`;
}

/**
 * A condition on the post alias `p` that hides private messages (a DM that joined a public case) from those who read
 * no confidential case, or null. What the patient wrote to us privately is confidential wherever it landed.
 */
export function privatePostFilter(who: Principal): string | null {
  return confidentialAccess(who.role) === 'none' ? "p.visibility = 'public'" : null;
}
