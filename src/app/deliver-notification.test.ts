import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from './test-runtime.js';
import { loadDemo } from '../demo/load.js';
import { createSenders, verifyWebhookSignature } from '../notify/index.js';
import { deliverNotification, type DeliveryDeps } from './deliver-notification.js';
import { createNotifications } from './notifications.js';
import type { Runtime } from './runtime.js';
import { createTestDb, type TestDb } from '../store/test-db.js';
import { loadTinyOrg, runtimeOn } from '../../test/support/api-runtime.js';

interface Mail {
  to: string[];
  body: string;
}

describe('notification delivery over real SMTP and HTTP', () => {
  let rt: TestRuntime;
  let smtp: SMTPServer;
  let http: Server;
  const mails: Mail[] = [];
  const hooks: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  let hookStatus = 200;
  let deps: DeliveryDeps;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let body = '';
        stream.on('data', (c: Buffer) => (body += c.toString('utf8')));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    http = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        hooks.push({ headers: req.headers, body });
        res.writeHead(hookStatus).end();
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    rt = await createTestRuntime();
    await loadDemo(rt.db, rt.queue);
    const senders = createSenders({ smtp: { host: '127.0.0.1', port: (smtp.server.address() as AddressInfo).port, secure: false, from: 'Redress <redress@example.org>' }, timeoutMs: 5000 });
    deps = { db: rt.db, queue: rt.queue, senders, publicUrl: 'http://localhost:8080', allowPrivateOutbound: true, now: () => new Date() };
    await rt.db.query(
      `INSERT INTO destinations (id, kind, name, config, include_content, allow_private_address) VALUES
        ('risk-hook', 'webhook', 'Risk system', $1, false, true)`,
      [JSON.stringify({ url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/hook`, secret: 'a-very-long-shared-secret' })],
    );
  });
  afterAll(async () => {
    await rt?.close();
    await new Promise<void>((r) => smtp?.close(() => r()));
    await new Promise<void>((r) => http?.close(() => r()));
  });

  async function notify(key: string, target: { userEmail?: string; destinationId?: string }, urgent = true) {
    const user = target.userEmail ? await rt.db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [target.userEmail]) : null;
    await rt.db.transaction((tx) =>
      createNotifications(tx, rt.queue, [{ key, userId: user?.rows[0].id, destinationId: target.destinationId, kind: 'page', urgent, subject: 'URGENT: Case #12 (Jane Roe in the ER)' }]),
    );
    const r = await rt.db.query<{ id: string }>('SELECT id FROM notifications WHERE idempotency_key = $1', [key]);
    return r.rows[0].id;
  }

  it('emails an urgent page to the user over SMTP, without the subject that may name a patient', async () => {
    const id = await notify('page-1', { userEmail: 'admin@example.org' });
    await deliverNotification(deps, id);
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(['admin@example.org']);
    expect(mails[0].body).not.toContain('Jane Roe');
    const n = await rt.db.query<{ status: string }>('SELECT status FROM notifications WHERE id = $1', [id]);
    expect(n.rows[0].status).toBe('sent');
  });

  it('never sends the same notification twice, however often the job runs', async () => {
    const id = await notify('page-1', { userEmail: 'admin@example.org' });
    await deliverNotification(deps, id);
    expect(mails).toHaveLength(1);
  });

  it('signs webhook deliveries with HMAC-SHA256 over timestamp and body', async () => {
    const id = await notify('hook-1', { destinationId: 'risk-hook' });
    await deliverNotification(deps, id);
    expect(hooks).toHaveLength(1);
    const h = hooks[0];
    expect(verifyWebhookSignature('a-very-long-shared-secret', String(h.headers['x-redress-timestamp']), h.body, String(h.headers['x-redress-signature']), 300)).toBe(true);
    expect(h.body).not.toContain('Jane Roe');
    const log = await rt.db.query<{ ok: boolean }>('SELECT ok FROM notification_deliveries WHERE notification_id = $1', [id]);
    expect(log.rows).toEqual([{ ok: true }]);
  });

  it('retries a receiver error later and dead-letters a permanent refusal', async () => {
    hookStatus = 503;
    const retried = await notify('hook-2', { destinationId: 'risk-hook' });
    await deliverNotification(deps, retried);
    const r1 = await rt.db.query<{ status: string; attempts: number }>('SELECT status, attempts FROM notifications WHERE id = $1', [retried]);
    expect(r1.rows[0]).toEqual({ status: 'failed', attempts: 1 });
    const again = await rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification.deliver' AND data->>'notificationId' = $1 AND start_after > now()`, [retried]);
    expect(again.rows[0].n).toBe(1);

    hookStatus = 410;
    const dead = await notify('hook-3', { destinationId: 'risk-hook' });
    await deliverNotification(deps, dead);
    const r2 = await rt.db.query<{ status: string }>('SELECT status FROM notifications WHERE id = $1', [dead]);
    expect(r2.rows[0].status).toBe('dead');
  });
});

describe('notification delivery without SMTP configured', () => {
  let test: TestDb;
  let rt: Runtime;
  let http: Server;
  let base: string;
  const received: { path: string; body: string }[] = [];

  beforeAll(async () => {
    http = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    test = await createTestDb();
    await loadTinyOrg(test);
    // The process's own senders, as `redress start` builds them with no SMTP_URL.
    rt = await runtimeOn(test, { REDRESS_ALLOW_PRIVATE_OUTBOUND: '1' });
    const add = (id: string, kind: string, config: object, enabled = true) =>
      rt.db.query(`INSERT INTO destinations (id, kind, name, config, allow_private_address, enabled) VALUES ($1, $2, $3, $4, true, $5)`, [id, kind, `${id} name`, JSON.stringify(config), enabled]);
    await add('ed-slack', 'slack', { url: `${base}/slack` });
    await add('ed-teams', 'teams', { url: `${base}/teams` });
    await add('risk-hook', 'webhook', { url: `${base}/hook` });
    await add('risk-mail', 'email', { to: ['risk@example.org'] });
    await add('old-slack', 'slack', { url: `${base}/old` }, false);
  });
  afterAll(async () => {
    await rt?.close();
    await test?.drop();
    await new Promise<void>((r) => http?.close(() => r()));
  });

  async function page(key: string, target: { destinationId?: string; userEmail?: string }) {
    const user = target.userEmail ? (await rt.db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [target.userEmail])).rows[0].id : undefined;
    await rt.db.transaction((tx) => createNotifications(tx, rt.queue, [{ key, userId: user, destinationId: target.destinationId, kind: 'page', urgent: true, subject: 'Page' }]));
    const id = (await rt.db.query<{ id: string }>('SELECT id FROM notifications WHERE idempotency_key = $1', [key])).rows[0].id;
    await rt.workerContext.deliverNotification(id);
    const n = await rt.db.query<{ status: string; last_error: string | null }>('SELECT status, last_error FROM notifications WHERE id = $1', [id]);
    const log = await rt.db.query<{ channel: string; ok: boolean; detail: string | null }>('SELECT channel, ok, detail FROM notification_deliveries WHERE notification_id = $1', [id]);
    return { ...n.rows[0], log: log.rows };
  }

  it.each([
    ['ed-slack', '/slack', 'slack'],
    ['ed-teams', '/teams', 'teams'],
    ['risk-hook', '/hook', 'webhook'],
  ])('POSTs a page to %s and records it delivered through its own channel', async (destinationId, path, channel) => {
    const result = await page(`no-smtp-${destinationId}`, { destinationId });
    expect(received.filter((r) => r.path === path)).toHaveLength(1);
    expect(result).toMatchObject({ status: 'sent', log: [{ channel, ok: true }] });
  });

  it('records a page to an email destination as not delivered because SMTP is not configured', async () => {
    const result = await page('no-smtp-mail', { destinationId: 'risk-mail' });
    expect(result.status).toBe('dead');
    expect(result.last_error).toMatch(/^SMTP is not configured/);
    expect(result.log).toEqual([{ channel: 'email', ok: false, detail: result.last_error }]);
  });

  it('records a page to a turned-off destination as not delivered, and sends nothing there', async () => {
    const result = await page('no-smtp-off', { destinationId: 'old-slack' });
    expect(received.filter((r) => r.path === '/old')).toHaveLength(0);
    expect(result).toMatchObject({ status: 'dead', last_error: 'destination “old-slack name” is turned off', log: [{ channel: 'slack', ok: false }] });
  });

  it('keeps a page to a person in the bell, noting that no email went', async () => {
    const result = await page('no-smtp-person', { userEmail: 'admin@example.org' });
    expect(result).toMatchObject({ status: 'sent', log: [{ channel: 'in_app', ok: true, detail: expect.stringMatching(/SMTP is not configured/) }] });
  });
});
