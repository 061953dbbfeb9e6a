// Whether a settings record may be written under an id: POST adds, PUT changes, and neither may do the other's job.
import type { Queryable } from '../../store/db.js';
import { badRequest, notFound } from '../errors.js';

/**
 * Adding (POST, `adding`) must not quietly replace what already has the id: a site's cases and listings, a team's
 * members and rotation, a channel account's polling would all point at the new record. Changing (PUT) must not
 * quietly add one under a mistyped id: that is a 404.
 */
export async function claimRecordId(tx: Queryable, table: 'sites' | 'teams' | 'channel_accounts' | 'destinations', what: string, id: string, adding: boolean): Promise<void> {
  const found = (await tx.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [id])).rows.length > 0;
  if (adding && found) {
    const problem = { path: 'id', message: `a ${what} with the id "${id}" exists` };
    throw badRequest(`Invalid settings: ${problem.path} ${problem.message}`, [problem]);
  }
  if (!adding && !found) throw notFound(`No such ${what}.`);
}
