// Covering an on-call shift from Settings › On call, without editing the team's rotation as YAML: a sick call at
// night is a name and a window, checked (a team member, a window not over) and audited like any settings change.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import { require } from '../auth.js';
import { audit } from '../audit.js';
import { badRequest, notFound } from '../errors.js';
import { coverProblems, withCover, type Rotation } from '../../domain/oncall/index.js';
import { answer, DateTime, errors, Uuid } from '../openapi.js';

const CoverBody = Type.Object(
  {
    userId: Type.String({ format: 'uuid' }),
    from: Type.String({ format: 'date-time' }),
    to: Type.String({ format: 'date-time' }),
    reason: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

export function registerOnCallCoverRoutes(app: FastifyInstance, rt: Runtime): void {
  app.post(
    '/api/v1/teams/:id/oncall-cover',
    {
      schema: {
        tags: ['settings'],
        summary: "Put a team member on call for a window (a sick call, a swap): added to the team's rotation as an override",
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) }),
        body: CoverBody,
        response: {
          201: answer(
            "Added to the team's rotation as an override",
            Type.Object({ teamId: Type.String(), user: Type.Object({ id: Uuid(), name: Type.String() }), from: DateTime(), to: DateTime() }),
          ),
          ...errors(
            [400, 'Invalid body: `details` names `userId` (not a member of the team), `to` (not after `from`, already past, more than 31 days) or `id` (the team has no rotation).'],
            401,
            403,
            [404, 'No such team (`not_found`).'],
          ),
        },
      },
    },
    async (req, reply) => {
      const who = require(req, 'settings.manage');
      const teamId = (req.params as { id: string }).id;
      const body = req.body as { userId: string; from: string; to: string; reason?: string };
      const org = await rt.org.get();
      const team = org.teams.find((t) => t.id === teamId);
      if (!team) throw notFound('No such team.');
      if (!team.rotation) throw badRequest('Invalid params', [{ path: 'id', message: 'this team has no on-call rotation' }]);
      const user = org.userById.get(body.userId);
      const now = rt.now();
      const cover = { user: user?.email ?? '', from: new Date(body.from), to: new Date(body.to), ...(body.reason?.trim() ? { reason: body.reason.trim() } : {}) };
      const problems = coverProblems(cover, [...team.members, ...team.rotation.members], now);
      if (problems.length) throw badRequest(`Invalid body: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, problems);
      await rt.db.transaction(async (tx) => {
        // Read under lock: two admins covering the same night must not overwrite each other's override.
        const r = await tx.query<{ rotation: Rotation }>('SELECT rotation FROM teams WHERE id = $1 FOR UPDATE', [teamId]);
        await tx.query('UPDATE teams SET rotation = $2 WHERE id = $1', [teamId, JSON.stringify(withCover(r.rows[0].rotation, cover, now))]);
        await audit(tx, who, req.ip, 'settings.update', 'team', teamId, { fields: ['rotation.overrides'] });
      });
      rt.org.invalidate();
      return reply.status(201).send({ teamId, user: { id: body.userId, name: user!.name }, from: cover.from.toISOString(), to: cover.to.toISOString() });
    },
  );
}
