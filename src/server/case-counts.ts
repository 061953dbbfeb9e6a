// The inbox's view tabs with their counts ("Awaiting approval 3"): each view's filters are counted as the list would
// list them (the reader's sites and confidential access included) and capped like the list's total, all in one
// statement, so the tabs cost one round trip and at most TOTAL_CAP + 1 rows per view.
import { Type } from '@sinclair/typebox';
import { schemaProblems } from '../config/problems.js';
import type { Principal } from './auth.js';
import { badRequest, HttpError } from './errors.js';
import { caseListWhere, CaseListQuery, TOTAL_CAP } from './cases-query.js';

export const MAX_VIEWS = 12;
const VIEW_ID = /^[A-Za-z0-9_-]{1,40}$/;

export const CaseCountsQuery = Type.Object(
  {
    view: Type.Union([Type.String({ minLength: 1, maxLength: 1000 }), Type.Array(Type.String({ minLength: 1, maxLength: 1000 }), { minItems: 1, maxItems: MAX_VIEWS })], {
      description: `one per view, up to ${MAX_VIEWS}: an id, a colon, and the view's filters as GET /api/v1/cases takes them, URL-encoded (view=mine:assignee%3Dme%26status%3Dnew)`,
    }),
  },
  { additionalProperties: false },
);

export interface CountedView {
  id: string;
  query: CaseListQuery;
}

/** Reads the `view` parameters; a 400 naming the view and its field (`view.mine.clockState`) otherwise. */
export function parseViews(raw: string | string[]): CountedView[] {
  const views: CountedView[] = [];
  for (const entry of Array.isArray(raw) ? raw : [raw]) {
    const colon = entry.indexOf(':');
    const id = colon < 0 ? entry : entry.slice(0, colon);
    if (!VIEW_ID.test(id)) throw badRequest('Invalid query', [{ path: 'view', message: 'each must start with an id (letters, digits, - or _, up to 40) and a colon' }]);
    if (views.some((v) => v.id === id)) throw badRequest('Invalid query', [{ path: `view.${id}`, message: 'is named twice' }]);
    const query: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(colon < 0 ? '' : entry.slice(colon + 1))) {
      if (key in query) throw badRequest('Invalid query', [{ path: `view.${id}.${key}`, message: 'is given twice' }]);
      query[key] = value;
    }
    const problems = schemaProblems(CaseListQuery, query, `view.${id}`);
    if (problems.length) throw badRequest('Invalid query', problems);
    views.push({ id, query: query as CaseListQuery });
  }
  return views;
}

/** One statement answering `v0`, `v1`, … : each view's capped count, in the order given. */
/** `zoneOf`: the zone a view's day filters are read in, from its site filter (period-zone.ts). */
export function buildViewCounts(views: CountedView[], who: Principal, now: Date, zoneOf: (site: string | undefined) => string): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const columns = views.map((view, i) => {
    let where: string[];
    try {
      where = caseListWhere({ ...view.query, cursor: undefined }, who, now, params, zoneOf(view.query.site));
    } catch (err) {
      // The filter is named as the view holds it, so the caller knows which tab is wrong.
      if (err instanceof HttpError) throw badRequest(err.message, err.details.map((d) => ({ ...d, path: `view.${view.id}.${d.path}` })));
      throw err;
    }
    return `(SELECT count(*)::int FROM (SELECT 1 FROM cases c WHERE ${where.join(' AND ')} LIMIT ${TOTAL_CAP + 1}) m) AS v${i}`;
  });
  return { sql: `SELECT ${columns.join(', ')}`, params };
}
