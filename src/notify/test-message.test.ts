import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSenders } from './registry.js';
import { sendTestMessage } from './test-message.js';
import type { Destination } from './types.js';

describe('sendTestMessage', () => {
  let server: http.Server;
  let url: string;
  let status = 200;
  const bodies: string[] = [];
  const senders = createSenders({ timeoutMs: 1000 });
  const at = { publicUrl: 'https://redress.hospital.example', now: new Date('2026-03-01T10:00:00Z') };
  const slack = (): Destination => ({ id: 'ed', kind: 'slack', name: 'ED leads', url, includeContent: true, allowPrivateAddress: true });

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        bodies.push(body);
        res.writeHead(status).end(status === 200 ? 'ok' : 'no_service');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('delivers a message that says it is a test and names no case, even where content is allowed', async () => {
    status = 200;
    expect(await sendTestMessage(senders.slack, slack(), at)).toEqual({ delivered: true });
    const body = bodies.at(-1)!;
    expect(body).toContain('Test message from Redress');
    expect(body).toContain('https://redress.hospital.example/#/settings/destinations');
    expect(body).not.toMatch(/Open case|"Case"/);
  });

  it('answers the receiver’s refusal in plain words', async () => {
    status = 404;
    expect(await sendTestMessage(senders.slack, slack(), at)).toEqual({ delivered: false, error: 'the receiver answered HTTP 404 Not Found: no_service' });
  });

  it('says when nothing listens at the address', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await sendTestMessage(senders.webhook, { ...slack(), kind: 'webhook', url: `http://127.0.0.1:${port}/hook` }, at);
    expect(outcome).toEqual({ delivered: false, error: expect.stringMatching(/^connection refused: nothing at 127\.0\.0\.1:\d+ accepts connections$/) });
  });

  it('refuses a private address unless the destination allows it, without contacting it', async () => {
    const before = bodies.length;
    const outcome = await sendTestMessage(senders.teams, { ...slack(), kind: 'teams', allowPrivateAddress: false }, at);
    expect(outcome).toMatchObject({ delivered: false, error: expect.stringMatching(/https|loopback|private/) });
    expect(bodies).toHaveLength(before);
  });

  it('says SMTP is not configured for an email destination, without trying', async () => {
    const outcome = await sendTestMessage(senders.email, { id: 'risk', kind: 'email', name: 'Risk', to: ['risk@hospital.example'], includeContent: false }, at);
    expect(outcome).toEqual({ delivered: false, error: expect.stringMatching(/^SMTP is not configured/) });
  });
});
