// API tokens for admins: list, issue (the secret is in the answer once and never again), revoke.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import { require } from '../auth.js';
import { badRequest, notFound } from '../errors.js';
import { ROLES, type Role } from '../../config/file-schema.js';
import { createToken, listTokens, revokeToken, tokenRequestProblems, type TokenActor } from '../../app/api-tokens.js';
import { answer, DateTime, errors, NoContent, Nullable, StringEnum, Uuid } from '../openapi.js';

const TokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    role: Type.Union(ROLES.map((r) => Type.Literal(r))),
    sites: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 200 })),
  },
  { additionalProperties: false },
);

const TokenSummary = Type.Object({
  id: Uuid(),
  name: Type.String(),
  role: StringEnum(ROLES),
  sites: Type.Array(Type.String(), { description: 'site scope; empty means all sites' }),
  createdAt: DateTime(),
  lastUsedAt: Nullable(DateTime()),
  revokedAt: Nullable(DateTime()),
});

const IssuedToken = Type.Object({
  id: Uuid(),
  token: Type.String({ description: 'the secret (`rdr_…`), for `Authorization: Bearer`; shown only in this answer' }),
  name: Type.String(),
  role: StringEnum(ROLES),
  sites: Type.Array(Type.String()),
});

export function registerTokenRoutes(app: FastifyInstance, rt: Runtime): void {
  const { db } = rt;
  const tags = ['settings'];
  const actor = (req: FastifyRequest): TokenActor => {
    const who = require(req, 'settings.manage');
    return { userId: who.userId, label: who.label, ip: req.ip };
  };

  app.get('/api/v1/tokens', { schema: { tags, summary: 'API tokens (never their secrets)', response: { 200: answer('Every token, revoked ones too, oldest first', Type.Array(TokenSummary)), ...errors(401, 403) } } }, async (req) => {
    actor(req);
    return listTokens(db);
  });

  const issue = {
    tags,
    summary: 'Issue an API token; the answer holds the secret, shown only this once',
    body: TokenBody,
    response: { 201: answer('Issued', IssuedToken), ...errors([400, 'Invalid body: `details` names `name`, `role` or `sites[i]` (a site that does not exist).'], 401, 403) },
  };
  app.post('/api/v1/tokens', { schema: issue }, async (req, reply) => {
    const who = actor(req);
    const body = req.body as { name: string; role: Role; sites?: string[] };
    const request = { name: body.name, role: body.role, sites: body.sites ?? [] };
    const problems = await tokenRequestProblems(db, request);
    if (problems.length) throw badRequest(`Invalid token: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, problems);
    const created = await createToken(db, request, who);
    return reply.code(201).send({ ...created, name: request.name.trim(), role: request.role, sites: request.sites });
  });

  const revoke = {
    tags,
    summary: 'Revoke an API token',
    params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
    response: { 204: NoContent('Revoked'), ...errors(400, 401, 403, [404, 'No active token with this id (`not_found`).']) },
  };
  app.delete('/api/v1/tokens/:id', { schema: revoke }, async (req, reply) => {
    const who = actor(req);
    if (!(await revokeToken(db, (req.params as { id: string }).id, who))) throw notFound('No active token with this id.');
    return reply.code(204).send();
  });
}
