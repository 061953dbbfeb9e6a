// Notification destinations over HTTP: the list and the reach summary say where pages cannot go and why, a change
// keeps a webhook's secret and its on/off switch, and "Send test" delivers a message without patient data (or says
// in plain words why not), for admins only, audited, within the outbound address rules.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, signInNewUser, type ApiHarness, type SessionHeaders } from '../../../test/support/api-runtime.js';
import { verifyWebhookSignature } from '../../notify/index.js';

const BELL_ONLY = 'Pages reach only the bell in Redress: add a destination.';
const SECRET = 'whsec-0123456789abcdef';

describe('notification destinations', () => {
  let h: ApiHarness;
  let viewer: SessionHeaders;
  let receiver: http.Server;
  let base: string;
  let status = 200;
  const received: { path: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body });
        res.writeHead(status).end(status === 200 ? 'ok' : 'invalid_token');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    h = await apiHarness({ REDRESS_ALLOW_PRIVATE_OUTBOUND: '1' });
    viewer = (await signInNewUser(h, { email: 'viewer@example.org', role: 'viewer' })).headers;
  });
  afterAll(async () => {
    await h?.close();
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
  });

  const reach = async () => (await call(h, h.headers, 'GET', '/api/v1/notification-reach')).json();
  const listed = async (id: string) => ((await call(h, h.headers, 'GET', '/api/v1/destinations')).json() as { id: string }[]).find((d) => d.id === id) as Record<string, unknown>;

  it('warns that pages reach only the bell while no destination can send', async () => {
    expect(await reach()).toEqual({ emailConfigured: false, usableDestinations: 0, notices: [BELL_ONLY] });
    expect((await call(h, viewer, 'GET', '/api/v1/notification-reach')).statusCode).toBe(403);
  });

  it('lists an email destination with why it cannot send without SMTP, and says so in the notices', async () => {
    const res = await call(h, h.headers, 'POST', '/api/v1/destinations', { id: 'risk-mail', kind: 'email', name: 'Risk mailbox', to: ['risk@example.org'] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: 'risk-mail', enabled: true, problem: expect.stringMatching(/^Cannot send: SMTP is not configured/) });
    const { notices } = await reach();
    expect(notices).toEqual([BELL_ONLY, expect.stringMatching(/“Risk mailbox” cannot send: no outgoing mail server is set/)]);
  });

  it('names the field of a destination the server refuses, and refuses an id already in use', async () => {
    const noRecipient = await call(h, h.headers, 'POST', '/api/v1/destinations', { id: 'x', kind: 'email', name: 'X', target: 'risk@example.org' });
    expect(noRecipient.json().details).toEqual([{ path: 'to', message: 'email destinations need at least one recipient' }]);
    const badRecipient = await call(h, h.headers, 'POST', '/api/v1/destinations', { id: 'x', kind: 'email', name: 'X', to: ['risk@example.org', 'nobody'] });
    expect(badRecipient.json().details.map((d: { path: string }) => d.path)).toEqual(['to[1]']);
    const taken = await call(h, h.headers, 'POST', '/api/v1/destinations', { id: 'risk-mail', kind: 'slack', name: 'Other', url: `${base}/x`, allowPrivateAddress: true });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().details).toEqual([{ path: 'id', message: 'a destination with the id "risk-mail" exists' }]);
    expect(await listed('risk-mail')).toMatchObject({ kind: 'email', name: 'Risk mailbox' });
  });

  it('keeps a webhook’s secret and its on/off switch when a change leaves them out', async () => {
    const hook = { kind: 'webhook', name: 'Risk system', url: `${base}/hook`, allowPrivateAddress: true };
    expect((await call(h, h.headers, 'POST', '/api/v1/destinations', { id: 'risk-hook', ...hook, secret: SECRET, enabled: false })).statusCode).toBe(200);
    const changed = await call(h, h.headers, 'PUT', '/api/v1/destinations/risk-hook', { ...hook, name: 'Risk system (new)' });
    expect(changed.json()).toMatchObject({ name: 'Risk system (new)', hasSecret: true, enabled: false, problem: expect.stringMatching(/Turned off/) });
    expect(changed.body).not.toContain(SECRET);
    expect((await call(h, h.headers, 'PUT', '/api/v1/destinations/risk-hook', { ...hook, enabled: true })).json()).toMatchObject({ hasSecret: true, enabled: true, problem: null });
  });

  it('sends a signed test message without patient data, answers that it arrived, and audits it', async () => {
    const res = await call(h, h.headers, 'POST', '/api/v1/destinations/risk-hook/test');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ destinationId: 'risk-hook', delivered: true });
    const got = received.at(-1)!;
    expect(got.path).toBe('/hook');
    expect(JSON.parse(got.body)).toMatchObject({ kind: 'test', headline: 'Test message from Redress', caseId: '' });
    expect(verifyWebhookSignature(SECRET, String(got.headers['x-redress-timestamp']), got.body, String(got.headers['x-redress-signature']), 300)).toBe(true);
    const audit = (await call(h, h.headers, 'GET', '/api/v1/audit?action=destination.test')).json().items;
    expect(audit[0]).toMatchObject({ entityId: 'risk-hook', details: { delivered: true } });
  });

  it('says in plain words why a test did not arrive: the receiver’s refusal, or SMTP not configured', async () => {
    status = 403;
    try {
      expect((await call(h, h.headers, 'POST', '/api/v1/destinations/risk-hook/test')).json()).toEqual({
        destinationId: 'risk-hook',
        delivered: false,
        error: 'the receiver answered HTTP 403 Forbidden: invalid_token',
      });
    } finally {
      status = 200;
    }
    const before = received.length;
    expect((await call(h, h.headers, 'POST', '/api/v1/destinations/risk-mail/test')).json()).toEqual({ destinationId: 'risk-mail', delivered: false, error: expect.stringMatching(/^SMTP is not configured/) });
    expect(received).toHaveLength(before);
  });

  it('lets Slack pages count once one can send, so the bell-only warning goes', async () => {
    await call(h, h.headers, 'POST', '/api/v1/destinations', { id: 'ed-slack', kind: 'slack', name: 'ED leads', url: `${base}/slack`, allowPrivateAddress: true });
    const now = await reach();
    expect(now.usableDestinations).toBe(2);
    expect(now.notices).not.toContain(BELL_ONLY);
  });

  it('is for admins only, and answers 404 for an unknown destination', async () => {
    expect((await call(h, viewer, 'POST', '/api/v1/destinations/risk-hook/test')).statusCode).toBe(403);
    expect((await call(h, h.headers, 'POST', '/api/v1/destinations/nowhere/test')).statusCode).toBe(404);
  });
});

describe('destination test messages where private addresses are not allowed', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await apiHarness();
  });
  afterAll(() => h?.close());

  it('refuses to send a test to a private address saved while they were allowed', async () => {
    // As if saved under REDRESS_ALLOW_PRIVATE_OUTBOUND=1, which this process no longer has.
    await h.rt.db.query(`INSERT INTO destinations (id, kind, name, config, allow_private_address) VALUES ('lan', 'slack', 'LAN', $1, true)`, [JSON.stringify({ url: 'http://127.0.0.1:9/hook' })]);
    const res = await call(h, h.headers, 'POST', '/api/v1/destinations/lan/test');
    expect(res.json()).toMatchObject({ delivered: false, error: expect.stringMatching(/https|loopback/) });
  });
});
