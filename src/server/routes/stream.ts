// Server-sent events for live inboxes: one database LISTEN per process fans out to every open browser.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../app/runtime.js';
import { EVENTS_CHANNEL } from '../../app/events.js';
import { require } from '../auth.js';

export async function registerStream(app: FastifyInstance, rt: Runtime): Promise<() => Promise<void>> {
  const clients = new Set<(payload: string) => void>();
  const unlisten = await rt.db.listen(EVENTS_CHANNEL, (payload) => clients.forEach((send) => send(payload)));

  app.get('/api/v1/stream', { schema: { tags: ['cases'], summary: 'Server-sent events: `case` with { caseId, kind } when cases are created or change' } }, async (req, reply) => {
    require(req, 'case.read');
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    reply.raw.write('retry: 3000\n\n');
    const send = (payload: string) => reply.raw.write(`event: case\ndata: ${payload}\n\n`);
    // Proxies close idle connections; a comment every 25 s keeps the stream open.
    const ping = setInterval(() => reply.raw.write(': ping\n\n'), 25_000);
    clients.add(send);
    req.raw.on('close', () => {
      clearInterval(ping);
      clients.delete(send);
    });
  });
  return async () => {
    clients.clear();
    await unlisten();
  };
}
