// A local SMTP server standing in for the hospital's mail relay in the contract tests.
// smtp-server waits ~100 ms before its greeting (to catch clients that talk too early), so the
// harness reuses one pooled sender per test rather than a connection per message.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createEmailSender } from './email.js';
import type { FailureMode, Received, SenderHarness } from './sender-contract.js';
import type { Notification } from './types.js';

const REJECTIONS: Record<Exclude<FailureMode, 'hang'>, { code: number; text: string }> = {
  transient: { code: 451, text: '4.3.0 Temporary local problem' },
  permanent: { code: 550, text: '5.1.1 Mailbox unavailable' },
  rate_limited: { code: 451, text: '4.7.1 Too many messages, slow down' },
};

// Searching for text in a raw message needs quoted-printable undone (soft line breaks and =XX escapes),
// and headers need RFC 2047 encoded-words joined, or a leaked name split across two words would go unseen.
// nodemailer emits 7-bit text, so undoing =XX byte by byte and reading the bytes as UTF-8 is exact.
function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function decodeEncodedWords(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function parseHeaders(raw: string): Record<string, string> {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = decodeEncodedWords(line.slice(colon + 1).trim());
  }
  return headers;
}

export async function smtpHarness(assertShape: (message: Received, n: Notification) => void): Promise<SenderHarness> {
  const received: Received[] = [];
  let failure: FailureMode | undefined;
  const hung = new Set<NodeJS.Timeout>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    closeTimeout: 100,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const mode = failure;
        failure = undefined;
        if (mode === 'hang') {
          const t = setTimeout(() => callback(), 5_000);
          hung.add(t);
          return;
        }
        if (mode) {
          const { code, text } = REJECTIONS[mode];
          return callback(Object.assign(new Error(text), { responseCode: code }));
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = parseHeaders(raw);
        received.push({ raw: `${Object.values(headers).join('\n')}\n${decodeQuotedPrintable(raw)}`, headers, idempotencyKey: headers['x-redress-idempotency-key'] });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const timeoutMs = 500;
  const sender = createEmailSender({ host: '127.0.0.1', port, secure: false, from: 'Redress <redress@hospital.example>' }, timeoutMs);

  return {
    sender,
    timeoutMs,
    destination: ({ includeContent }) => ({ id: 'dest_email', kind: 'email', name: 'on-call mailbox', to: ['oncall@hospital.example'], includeContent }),
    // A header-injection attempt: the address must be refused before any SMTP traffic.
    refusedDestination: () => ({ id: 'dest_bad', kind: 'email', name: 'bad', to: ['oncall@hospital.example\r\nBcc: leak@evil.example'], includeContent: false }),
    received: () => received,
    failNext: (mode) => {
      failure = mode;
    },
    assertShape,
    close: async () => {
      for (const t of hung) clearTimeout(t);
      await sender.close?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
