// A local HTTP endpoint standing in for Slack, Teams or a customer's webhook in the contract tests.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DestinationKind, Notification, Sender } from './types.js';
import type { FailureMode, Received, SenderHarness } from './sender-contract.js';
import type { HttpOptions } from './http-transport.js';

const REPLIES: Record<Exclude<FailureMode, 'hang'>, { status: number; body: string; headers?: Record<string, string> }> = {
  transient: { status: 500, body: 'internal error' },
  permanent: { status: 400, body: 'invalid_payload' },
  rate_limited: { status: 429, body: 'rate_limited', headers: { 'retry-after': '2' } },
};

export interface HttpHarnessOptions {
  kind: DestinationKind;
  createSender: (options: HttpOptions) => Sender;
  assertShape: (message: Received, n: Notification) => void;
  secret?: string;
}

export async function httpHarness(options: HttpHarnessOptions): Promise<SenderHarness> {
  const received: Received[] = [];
  let failure: FailureMode | undefined;
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const mode = failure;
      failure = undefined;
      if (mode === 'hang') return; // never answer; close() tears the socket down
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      if (mode) {
        const reply = REPLIES[mode];
        res.writeHead(reply.status, reply.headers).end(reply.body);
        return;
      }
      received.push({ raw: body, headers, idempotencyKey: headers['idempotency-key'] });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const timeoutMs = 300;

  return {
    sender: options.createSender({ timeoutMs }),
    timeoutMs,
    destination: ({ includeContent }) => ({
      id: `dest_${options.kind}`,
      kind: options.kind,
      name: `local ${options.kind}`,
      url: `http://127.0.0.1:${port}/hook`,
      includeContent,
      allowPrivateAddress: true,
      ...(options.secret ? { secret: options.secret } : {}),
    }),
    // The cloud metadata address: the classic server-side request forgery target.
    refusedDestination: () => ({ id: 'dest_bad', kind: options.kind, name: 'metadata', url: 'https://169.254.169.254/latest/meta-data', includeContent: false }),
    received: () => received,
    failNext: (mode) => {
      failure = mode;
    },
    assertShape: options.assertShape,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
