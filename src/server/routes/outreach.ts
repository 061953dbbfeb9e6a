// Logging outreach made outside Redress (a call, an email from our own mail client, a visit, a letter, the written
// grievance response): it lands on the timeline and, when it reached the patient, meets the clocks `outreachMeets`
// names: the private outreach clock as a sent message would, paused or not, and for the written grievance response
// the grievance's own clock too. That response is refused on a case that is not marked a grievance.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import { actorOf, require } from '../auth.js';
import { audit } from '../audit.js';
import { visibleCase } from './cases.js';
import { addEvent } from '../../app/timeline.js';
import { announce } from '../../app/events.js';
import { meetClocksFor } from '../../app/clock-triggers.js';
import { badRequest } from '../errors.js';
import { OUTREACH_METHODS, outreachMeets, outreachRefusal, type OutreachMethod } from '../../domain/cases/outreach.js';
import { answer, errors, Ok } from '../openapi.js';

const OutreachBody = Type.Object(
  {
    method: Type.Union(OUTREACH_METHODS.map((m) => Type.Literal(m)), { description: "how the team reached out; 'grievance_letter' (the written grievance response) only on a case marked a grievance" }),
    reached: Type.Boolean({ description: 'whether it reached the patient (a voicemail did not)' }),
    note: Type.Optional(Type.String({ maxLength: 2000, description: 'what was said or agreed, kept on the timeline' })),
  },
  { additionalProperties: false },
);

const OUTREACH_RESPONSES = {
  201: answer('Logged on the timeline (and the clocks it meets are met)', Ok),
  ...errors([400, 'Invalid body, or `grievance_letter` on a case not marked a grievance (`details` names `method`).'], 401, 403, [404, 'No such case, or not one you may see (`not_found`).']),
};

export function registerOutreachRoutes(app: FastifyInstance, rt: Runtime): void {
  app.post(
    '/api/v1/cases/:id/outreach',
    { schema: { tags: ['cases'], summary: 'Log outreach made outside Redress (a call, an email, a visit, a letter, the written grievance response); when it reached the patient it meets the private outreach clock, and the written grievance response the grievance clock', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), body: OutreachBody, response: OUTREACH_RESPONSES } },
    async (req, reply) => {
      const who = require(req, 'case.update');
      const id = (req.params as { id: string }).id;
      const body = req.body as { method: OutreachMethod; reached: boolean; note?: string };
      const org = await rt.org.get();
      const at = rt.now();
      await rt.db.transaction(async (tx) => {
        const c = await visibleCase(tx, who, id, true);
        const refusal = outreachRefusal(body.method, c);
        if (refusal) throw badRequest(`Case #${c.number} is not marked a formal grievance.`, [{ path: 'method', message: refusal }]);
        await addEvent(tx, id, 'outreach.logged', actorOf(who), { method: body.method, reached: body.reached, note: body.note?.trim() || null }, at);
        for (const contact of outreachMeets(body.method, body.reached)) await meetClocksFor(tx, org, at, id, contact);
        await tx.query(`UPDATE cases SET version = version + 1, updated_at = $2 WHERE id = $1`, [id, at]);
        await audit(tx, who, req.ip, 'case.outreach', 'case', id, { method: body.method, reached: body.reached });
        await announce(tx, { caseId: id, kind: 'updated' });
      });
      return reply.status(201).send({ ok: true });
    },
  );
}
