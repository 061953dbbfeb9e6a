// GET /api/v1/cases/counts: how many cases each inbox view holds, for the counts on its tabs. Not audited as a read:
// it names no case, only how many the reader's own views hold.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import { require } from '../auth.js';
import { buildViewCounts, CaseCountsQuery, parseViews } from '../case-counts.js';
import { periodZoneFor } from '../period-zone.js';
import { TOTAL_CAP, totalOf } from '../cases-query.js';
import { answer, errors } from '../openapi.js';

const ViewCount = Type.Object({
  total: Type.Integer({ minimum: 0, description: `cases the view holds, up to ${TOTAL_CAP}` }),
  totalCapped: Type.Boolean({ description: `true when it holds more than ${TOTAL_CAP} (show "${TOTAL_CAP.toLocaleString('en-US')}+")` }),
});

export function registerCaseCountRoutes(app: FastifyInstance, rt: Runtime): void {
  app.get(
    '/api/v1/cases/counts',
    {
      schema: {
        tags: ['cases'],
        summary: "How many cases each view holds, counted as GET /api/v1/cases would list them (the reader's sites and confidential access)",
        querystring: CaseCountsQuery,
        response: {
          200: answer('Each view by its id', Type.Record(Type.String(), ViewCount)),
          ...errors([400, 'A view without an id, named twice, or with a filter GET /api/v1/cases refuses: `details` names it as `view.<id>.<filter>`.'], 401, 403),
        },
      },
    },
    async (req) => {
      const who = require(req, 'case.read');
      const views = parseViews((req.query as { view: string | string[] }).view);
      const org = await rt.org.get();
      const { sql, params } = buildViewCounts(views, who, rt.now(), (site) => periodZoneFor(org, site));
      const row = (await rt.db.query<Record<string, number>>(sql, params)).rows[0];
      return Object.fromEntries(views.map((v, i) => [v.id, totalOf(row[`v${i}`])]));
    },
  );
}
