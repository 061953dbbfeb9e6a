// A case marked "in the building now" stops being so once its newest such post is older than the on-site window
// (domain/on-site): the inbox, its "In the building now" view and routing stop treating a writer who has long gone
// home as someone to walk over to. Runs with the clock sweep; the timeline of an open case says why the mark went.
// A resolved or closed case loses it quietly: nobody walks over for one, and an entry dated today on a case closed
// last week would read as new activity.
import type { Db } from '../store/db.js';
import { ON_SITE_HOURS, onSiteSince } from '../domain/on-site.js';
import { addEvents } from './timeline.js';
import { announceAll } from './events.js';

export async function expireOnSite(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const r = await tx.query<{ id: string; ended: boolean }>(
      `WITH gone AS (
         SELECT c.id FROM cases c
          WHERE c.timing = 'now'
            AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.case_id = c.id AND p.triage->>'timing' = 'now' AND p.created_at > $1)
          FOR UPDATE OF c SKIP LOCKED)
       UPDATE cases c SET timing = 'past', version = c.version + 1,
              updated_at = CASE WHEN c.status IN ('resolved', 'closed') THEN c.updated_at ELSE $2 END
         FROM gone WHERE c.id = gone.id RETURNING c.id, c.status IN ('resolved', 'closed') AS ended`,
      [onSiteSince(now), now],
    );
    const ids = r.rows.filter((row) => !row.ended).map((row) => row.id);
    await addEvents(tx, ids.map((caseId) => ({ caseId, type: 'timing.expired', actor: { kind: 'automation' as const }, data: { hours: ON_SITE_HOURS } })), now);
    await announceAll(tx, ids.map((caseId) => ({ caseId, kind: 'updated' as const })));
    return r.rows.length;
  });
}
