// A case marked "in the building now" stops being so once its newest such post is older than the on-site window
// (domain/on-site): the inbox, its "In the building now" view and routing stop treating a writer who has long gone
// home as someone to walk over to. Runs with the clock sweep; the timeline says why the mark went.
import type { Db } from '../store/db.js';
import { ON_SITE_HOURS, onSiteSince } from '../domain/on-site.js';
import { addEvents } from './timeline.js';
import { announceAll } from './events.js';

export async function expireOnSite(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const r = await tx.query<{ id: string }>(
      `WITH gone AS (
         SELECT c.id FROM cases c
          WHERE c.timing = 'now'
            AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.case_id = c.id AND p.triage->>'timing' = 'now' AND p.created_at > $1)
          FOR UPDATE OF c SKIP LOCKED)
       UPDATE cases c SET timing = 'past', version = c.version + 1, updated_at = $2 FROM gone WHERE c.id = gone.id RETURNING c.id`,
      [onSiteSince(now), now],
    );
    const ids = r.rows.map((row) => row.id);
    await addEvents(tx, ids.map((caseId) => ({ caseId, type: 'timing.expired', actor: { kind: 'automation' as const }, data: { hours: ON_SITE_HOURS } })), now);
    await announceAll(tx, ids.map((caseId) => ({ caseId, kind: 'updated' as const })));
    return ids.length;
  });
}
