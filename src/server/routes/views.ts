// A person's own inbox views: the filters they use every day, saved under a name, beside the built-in ones.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import { require, type Principal } from '../auth.js';
import { badRequest, notFound } from '../errors.js';
import { CaseListQuery } from '../cases-query.js';
import { answer, errors, NoContent, Uuid } from '../openapi.js';

const MAX_VIEWS = 30;
const FILTER_KEYS = new Set(Object.keys(CaseListQuery.properties).filter((k) => k !== 'cursor' && k !== 'limit'));

const ViewBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 80, pattern: '\\S', description: 'what the view is called in the inbox' }),
    query: Type.String({ maxLength: 2000, description: 'the inbox filters, as the query of GET /cases (e.g. status=new&risk=harm)' }),
  },
  { additionalProperties: false },
);

const View = Type.Object({ id: Uuid(), name: Type.String(), query: Type.String({ description: 'the inbox filters, as the query of GET /cases' }) });
const API_TOKEN_REFUSED = 'an API token, which has no views of its own';

/** Saved views belong to a person, not to an integration's token. */
function personOf(who: Principal): string {
  if (!who.userId) throw badRequest('Saved views belong to a signed-in user, not an API token.');
  return who.userId;
}

export function registerViewRoutes(app: FastifyInstance, rt: Runtime): void {
  const { db } = rt;
  const list = {
    tags: ['cases'],
    summary: "The signed-in user's own inbox views",
    response: { 200: answer('Your views, by name', Type.Array(View)), ...errors([400, `Refused for ${API_TOKEN_REFUSED} (\`bad_request\`).`], 401, 403) },
  };
  app.get('/api/v1/me/views', { schema: list }, async (req) => {
    const me = personOf(require(req, 'case.read'));
    const r = await db.query(`SELECT id, name, query FROM saved_views WHERE user_id = $1 ORDER BY name`, [me]);
    return r.rows;
  });

  const save = {
    tags: ['cases'],
    summary: 'Save the current inbox filters as a view of your own',
    body: ViewBody,
    response: {
      201: answer('Saved', View),
      ...errors([400, `Invalid body (\`details\` names \`name\`: used already, or ${MAX_VIEWS} views already; or \`query\`: an unknown inbox filter), or ${API_TOKEN_REFUSED}.`], 401, 403),
    },
  };
  app.post('/api/v1/me/views', { schema: save }, async (req, reply) => {
    const me = personOf(require(req, 'case.read'));
    const body = req.body as { name: string; query: string };
    const unknown = [...new URLSearchParams(body.query).keys()].filter((k) => !FILTER_KEYS.has(k));
    if (unknown.length) throw badRequest('Invalid body', [{ path: 'query', message: `unknown inbox filter ${unknown.map((k) => `"${k}"`).join(', ')}` }]);
    const name = body.name.trim();
    const r = await db.transaction(async (tx) => {
      const mine = await tx.query<{ name: string }>(`SELECT name FROM saved_views WHERE user_id = $1 FOR UPDATE`, [me]);
      if (mine.rows.some((v) => v.name.toLowerCase() === name.toLowerCase())) throw badRequest('Invalid body', [{ path: 'name', message: 'you have a view with this name' }]);
      if (mine.rows.length >= MAX_VIEWS) throw badRequest('Invalid body', [{ path: 'name', message: `at most ${MAX_VIEWS} views of your own; remove one first` }]);
      return tx.query(`INSERT INTO saved_views (user_id, name, query) VALUES ($1, $2, $3) RETURNING id, name, query`, [me, name, body.query]);
    });
    return reply.status(201).send(r.rows[0]);
  });

  const remove = {
    tags: ['cases'],
    summary: 'Remove a view of your own',
    params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
    response: { 204: NoContent('Removed'), ...errors([400, `An id that is not a uuid, or ${API_TOKEN_REFUSED}.`], 401, 403, [404, 'No such view of yours (`not_found`).']) },
  };
  app.delete('/api/v1/me/views/:id', { schema: remove }, async (req, reply) => {
    const me = personOf(require(req, 'case.read'));
    const r = await db.query(`DELETE FROM saved_views WHERE id = $1 AND user_id = $2 RETURNING id`, [(req.params as { id: string }).id, me]);
    if (r.rows.length === 0) throw notFound('No such view of yours.');
    return reply.status(204).send();
  });
}
