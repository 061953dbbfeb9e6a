// `redress retriage [--since ISO-date]`: recomputes stored triage with the current engine (after an upgrade) and
// refreshes the case fields it feeds. Cases are not reopened or rerouted: people may have acted on them already.
import type { Command } from '../io.js';
import { parseArgs, UsageError } from '../io.js';
import { readEnv } from '../../config/env.js';
import { openDatabase } from '../../app/runtime.js';
import { loadOrgState } from '../../app/org-state.js';
import { analyze, ENGINE_VERSION } from '../../triage/analyze.js';
import type { Platform } from '../../domain/platform.js';

export const retriageCommand: Command = async (args, io) => {
  const { options } = parseArgs(args, ['since']);
  const since = typeof options.since === 'string' ? options.since : '1970-01-01';
  if (Number.isNaN(Date.parse(since))) throw new UsageError('--since: an ISO date such as 2026-11-01');
  const { db, release } = await openDatabase(readEnv(io.env), { purpose: 'redress retriage', autoMigrate: false });
  let changed = 0;
  let seen = 0;
  try {
    const org = await loadOrgState(db);
    const posts = await db.query<{ id: string; text: string; platform: Platform; rating: number | null; listing_site_id: string | null; case_id: string | null; triage_engine: string | null }>(
      `SELECT id, text, platform, rating, listing_site_id, case_id, triage_engine FROM posts WHERE created_at >= $1 AND processed_at IS NOT NULL`,
      [since],
    );
    for (const p of posts.rows) {
      seen++;
      if (p.triage_engine === ENGINE_VERSION && !options.force) continue;
      const triage = analyze({ id: p.id, text: p.text, platform: p.platform, rating: p.rating, listing: p.listing_site_id }, org.profile);
      await db.transaction(async (tx) => {
        await tx.query('UPDATE posts SET triage = $2, triage_engine = $3 WHERE id = $1', [p.id, JSON.stringify(triage), triage.engine]);
        if (p.case_id)
          await tx.query(
            `UPDATE cases SET categories = ARRAY(SELECT DISTINCT unnest(categories || $2::text[])), risks = ARRAY(SELECT DISTINCT unnest(risks || $3::text[])),
               severity = GREATEST(severity, $4), updated_at = now() WHERE id = $1`,
            [p.case_id, triage.categories, triage.risks, triage.severity],
          );
      });
      changed++;
    }
  } finally {
    await db.close();
    release();
  }
  io.stdout.write(`Retriaged ${changed} of ${seen} posts since ${since} with ${ENGINE_VERSION}.\n`);
  return 0;
};
