// Notification destinations for admins. The list says of each whether it can send and, if not, why; a summary says
// where pages reach at all (a routing rule that pages "whoever is on call" may reach only the bell); a change keeps a
// webhook's secret unless a new one is given; "Send test" sends one message without patient data and answers, in
// plain words, whether it arrived. Secrets are never answered nor audited.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import type { Queryable } from '../../store/db.js';
import { require } from '../auth.js';
import { audit } from '../audit.js';
import { badRequest, notFound } from '../errors.js';
import { pointerToPath } from '../../config/problems.js';
import { claimRecordId } from './record-ids.js';
import {
  destinationFromStored,
  destinationProblem,
  DESTINATION_KINDS,
  reachNotices,
  sendTestMessage,
  validateDestination,
  type Destination,
  type StoredDestination,
} from '../../notify/index.js';
import { answer, errors, Nullable, StringEnum } from '../openapi.js';

/** Settings' audited, invalidating transaction (settings.ts `change`). */
export type SettingsChange = (req: FastifyRequest, section: string, entityId: string | null, fields: string[], fn: (tx: Queryable) => Promise<void>) => Promise<void>;

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const tags = ['settings'];

const Listed = Type.Object({
  id: Type.String(),
  kind: StringEnum(DESTINATION_KINDS),
  name: Type.String(),
  url: Type.Optional(Type.String()),
  to: Type.Optional(Type.Array(Type.String())),
  hasSecret: Type.Boolean(),
  includeContent: Type.Boolean(),
  allowPrivateAddress: Type.Boolean(),
  enabled: Type.Boolean(),
  problem: Nullable(Type.String(), { description: 'why nothing sent here would arrive (turned off, email without SMTP); null when it can send' }),
});

const TestOutcome = Type.Object({
  destinationId: Type.String(),
  delivered: Type.Boolean(),
  error: Type.Optional(Type.String({ description: 'what went wrong, in plain words: timed out, connection refused, the receiver answered HTTP 4xx/5xx, SMTP is not configured…' })),
});

export function registerDestinationRoutes(app: FastifyInstance, rt: Runtime, change: SettingsChange): void {
  const { db } = rt;
  const admin = (req: FastifyRequest) => require(req, 'settings.manage');
  const listed = (d: StoredDestination) => ({
    id: d.id,
    kind: d.kind,
    name: d.name,
    ...(d.config.url !== undefined ? { url: d.config.url } : {}),
    ...(d.config.to !== undefined ? { to: d.config.to } : {}),
    hasSecret: Boolean(d.config.secret),
    includeContent: d.include_content,
    allowPrivateAddress: d.allow_private_address,
    enabled: d.enabled,
    problem: destinationProblem(d, rt.senders),
  });
  const all = async () => (await db.query<StoredDestination>('SELECT * FROM destinations ORDER BY id')).rows;

  app.get('/api/v1/destinations', { schema: { tags, summary: 'Notification destinations (secrets are never returned)', response: { 200: answer('Every destination, with why it cannot send', Type.Array(Listed)), ...errors(401, 403) } } }, async (req) => {
    admin(req);
    return (await all()).map(listed);
  });

  app.get(
    '/api/v1/notification-reach',
    {
      schema: {
        tags,
        summary: 'Where pages can reach: whether email can be sent, how many destinations can send, and notices for the admin when pages would reach only the bell',
        response: {
          200: answer(
            'What reaches people outside Redress',
            Type.Object({ emailConfigured: Type.Boolean(), usableDestinations: Type.Integer(), notices: Type.Array(Type.String()) }),
          ),
          ...errors(401, 403),
        },
      },
    },
    async (req) => {
      admin(req);
      const dests = await all();
      return {
        emailConfigured: !rt.senders.email.unavailable,
        usableDestinations: dests.filter((d) => destinationProblem(d, rt.senders) === null).length,
        notices: reachNotices(dests, rt.senders),
      };
    },
  );

  const save = async (req: FastifyRequest, id?: string) => {
    const input: Record<string, unknown> = { includeContent: false, ...(req.body as Record<string, unknown>), ...(id ? { id } : {}) };
    const allowPrivate = rt.env.allowPrivateOutbound && input.allowPrivateAddress === true;
    const problems = await validateDestination({ ...input, allowPrivateAddress: allowPrivate });
    if (problems.length) {
      const byField = problems.map((p) => ({ path: p.path.startsWith('/') ? pointerToPath(p.path) : p.path, message: p.message }));
      throw badRequest(`Invalid settings: ${byField.map((p) => `${p.path} ${p.message}`).join('; ')}`, byField);
    }
    const d = input as unknown as Destination & { enabled?: boolean };
    let saved: StoredDestination | undefined;
    await change(req, 'destination', d.id, Object.keys(input).filter((k) => k !== 'secret'), async (tx) => {
      await claimRecordId(tx, 'destinations', 'destination', d.id, !id);
      const before = (await tx.query<StoredDestination>('SELECT * FROM destinations WHERE id = $1', [d.id])).rows[0];
      // A form never shows the secret, so a change without one keeps it; only the fields of the kind are kept.
      const secret = d.kind === 'webhook' ? (d.secret ?? (before?.kind === 'webhook' ? before.config.secret : undefined)) : undefined;
      const config = d.kind === 'email' ? { to: d.to } : { url: d.url, ...(secret ? { secret } : {}) };
      const enabled = d.enabled ?? before?.enabled ?? true;
      const r = await tx.query<StoredDestination>(
        `INSERT INTO destinations (id, kind, name, config, include_content, allow_private_address, enabled) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, config = EXCLUDED.config, include_content = EXCLUDED.include_content,
           allow_private_address = EXCLUDED.allow_private_address, enabled = EXCLUDED.enabled
         RETURNING *`,
        [d.id, d.kind, d.name, JSON.stringify(config), d.includeContent, allowPrivate, enabled],
      );
      saved = r.rows[0];
    });
    return listed(saved!);
  };
  const savedAnswer = { 200: answer('The destination as listed', Listed), ...errors([400, 'Invalid destination: `details` names the field (`url`, `to[1]`, `secret`, `id` taken…).'], 401, 403) };
  app.post('/api/v1/destinations', { schema: { tags, summary: 'Add a notification destination', response: savedAnswer } }, (req) => save(req));
  app.put('/api/v1/destinations/:id', { schema: { tags, summary: 'Change a notification destination (without `secret`, a webhook keeps the one it has)', params: IdParams, response: { ...savedAnswer, ...errors([404, 'No such destination (`not_found`): add one with POST.']) } } }, (req) =>
    save(req, (req.params as { id: string }).id),
  );

  app.post(
    '/api/v1/destinations/:id/test',
    {
      schema: {
        tags,
        summary: 'Send a test message (no case, no patient data) to a destination, turned off or not, and say whether it arrived; audited',
        params: IdParams,
        response: { 200: answer('Whether the receiver accepted the test message, and if not why', TestOutcome), ...errors(400, 401, 403, [404, 'No such destination (`not_found`).']) },
      },
    },
    async (req) => {
      const who = admin(req);
      const { id } = req.params as { id: string };
      const row = (await db.query<StoredDestination>('SELECT * FROM destinations WHERE id = $1', [id])).rows[0];
      if (!row) throw notFound('No such destination.');
      const dest = destinationFromStored(row, rt.env.allowPrivateOutbound);
      const outcome = await sendTestMessage(rt.senders[dest.kind], dest, { publicUrl: rt.env.publicUrl, now: rt.now() });
      await audit(db, who, req.ip, 'destination.test', 'destination', id, outcome);
      return { destinationId: id, ...outcome };
    },
  );
}
