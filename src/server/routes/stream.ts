// Server-sent events for live inboxes: one database LISTEN per process fans out to every open browser. A user
// scoped to some sites hears only of cases in those sites, so even case ids of other sites stay out of reach.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../app/runtime.js';
import { EVENTS_CHANNEL, type LiveEvent } from '../../app/events.js';
import { inScope } from '../../domain/permissions.js';
import { require, type Principal } from '../auth.js';
import { errors, fileAnswer } from '../openapi.js';

interface Listener {
  who: Principal;
  send: (payload: string) => void;
  resync: () => void;
}

const seesEverySite = (who: Principal) => inScope(who.sites, who.role, null);

export async function registerStream(app: FastifyInstance, rt: Runtime): Promise<() => Promise<void>> {
  const listeners = new Set<Listener>();

  /** One site lookup per event, and only while a scoped user is listening. */
  async function fanOut(payload: string): Promise<void> {
    const open = [...listeners];
    if (open.length === 0) return;
    let siteId: string | null = null;
    if (!open.every((l) => seesEverySite(l.who))) {
      const { caseId } = JSON.parse(payload) as LiveEvent;
      const r = await rt.db.query<{ site_id: string | null }>('SELECT site_id FROM cases WHERE id = $1', [caseId]);
      siteId = r.rows[0]?.site_id ?? null;
    }
    for (const l of open) if (inScope(l.who.sites, l.who.role, siteId)) l.send(payload);
  }

  const unlisten = await rt.db.listen(
    EVENTS_CHANNEL,
    (payload) => {
      fanOut(payload).catch((err: unknown) => app.log.warn({ err }, 'live update not delivered'));
    },
    // Changes made while the database connection was down were never heard: every browser re-reads what it shows.
    () => {
      app.log.info('live updates listening again after a lost database connection');
      for (const l of listeners) l.resync();
    },
  );

  const schema = {
    tags: ['cases'],
    summary: 'Server-sent events: `case` with { caseId, kind } when cases of your sites are created or change; `resync` when some may have been missed',
    response: {
      200: fileAnswer('An endless event stream: `event: case` with `data: { caseId, kind: created|updated }`, `event: resync` with `data: {}`, and a comment every 25 s', ['text/event-stream'], { text: true }),
      ...errors(401, 403),
    },
  };
  app.get('/api/v1/stream', { schema }, async (req, reply) => {
    const who = require(req, 'case.read');
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    reply.raw.write('retry: 3000\n\n');
    const listener: Listener = {
      who,
      send: (payload) => reply.raw.write(`event: case\ndata: ${payload}\n\n`),
      resync: () => reply.raw.write('event: resync\ndata: {}\n\n'),
    };
    // Proxies close idle connections; a comment every 25 s keeps the stream open.
    const ping = setInterval(() => reply.raw.write(': ping\n\n'), 25_000);
    listeners.add(listener);
    req.raw.on('close', () => {
      clearInterval(ping);
      listeners.delete(listener);
    });
  });
  return async () => {
    listeners.clear();
    await unlisten();
  };
}
