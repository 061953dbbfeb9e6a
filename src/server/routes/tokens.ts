// API tokens for admins: list, issue (the secret is in the answer once and never again), revoke.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import { require } from '../auth.js';
import { badRequest, notFound } from '../errors.js';
import { ROLES, type Role } from '../../config/file-schema.js';
import { createToken, listTokens, revokeToken, tokenRequestProblems, type TokenActor } from '../../app/api-tokens.js';

const TokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    role: Type.Union(ROLES.map((r) => Type.Literal(r))),
    sites: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 200 })),
  },
  { additionalProperties: false },
);

export function registerTokenRoutes(app: FastifyInstance, rt: Runtime): void {
  const { db } = rt;
  const tags = ['settings'];
  const actor = (req: FastifyRequest): TokenActor => {
    const who = require(req, 'settings.manage');
    return { userId: who.userId, label: who.label, ip: req.ip };
  };

  app.get('/api/v1/tokens', { schema: { tags, summary: 'API tokens (never their secrets)' } }, async (req) => {
    actor(req);
    return listTokens(db);
  });

  app.post('/api/v1/tokens', { schema: { tags, summary: 'Issue an API token; the answer holds the secret, shown only this once', body: TokenBody } }, async (req, reply) => {
    const who = actor(req);
    const body = req.body as { name: string; role: Role; sites?: string[] };
    const request = { name: body.name, role: body.role, sites: body.sites ?? [] };
    const problems = await tokenRequestProblems(db, request);
    if (problems.length) throw badRequest(`Invalid token: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, problems);
    const created = await createToken(db, request, who);
    return reply.code(201).send({ ...created, name: request.name.trim(), role: request.role, sites: request.sites });
  });

  app.delete('/api/v1/tokens/:id', { schema: { tags, summary: 'Revoke an API token', params: Type.Object({ id: Type.String({ format: 'uuid' }) }) } }, async (req, reply) => {
    const who = actor(req);
    if (!(await revokeToken(db, (req.params as { id: string }).id, who))) throw notFound('No active token with this id.');
    return reply.code(204).send();
  });
}
