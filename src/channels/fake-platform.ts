// A local HTTP server standing in for a platform API in channel tests (node:http on port 0, nothing leaves the
// machine). Each fake supplies the routes, answering with the documented shapes; this keeps the plumbing and a log.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface FakeAnswer {
  status: number;
  body?: unknown;
}

export interface FakePlatform {
  baseUrl: string;
  requests: FakeRequest[];
  /** The next request gets this answer instead of the routed one (errors, rate limits). */
  failNext(answer: FakeAnswer): void;
  close(): Promise<void>;
}

/** A local address nothing listens on: a platform that is down. */
export async function unreachableBaseUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

export async function startFakePlatform(route: (req: FakeRequest) => FakeAnswer): Promise<FakePlatform> {
  const requests: FakeRequest[] = [];
  let failure: FakeAnswer | undefined;
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const request = { method: req.method ?? 'GET', url: new URL(req.url ?? '/', 'http://fake'), headers: req.headers, body };
      requests.push(request);
      const answer = failure ?? route(request);
      failure = undefined;
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=UTF-8' }).end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    failNext: (answer) => {
      failure = answer;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * One page of a listing, newest first, `size` at a time, so a client must follow cursors to reach older items.
 * The cursor is the offset of the page; `next` is null on the last page.
 */
export function newestFirstPage<T>(items: readonly T[], cursor: string | null, size = 2): { items: T[]; start: number; next: string | null } {
  const start = Number(cursor ?? 0);
  const newest = [...items].reverse();
  return { items: newest.slice(start, start + size), start, next: start + size < newest.length ? String(start + size) : null };
}
