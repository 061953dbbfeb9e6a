// A local IMAP server for the email source's tests: hoodiecrow-imap (a scriptable IMAP4rev1 server) behind a small
// TCP relay that can drop the next connection, as a network or a busy server does. Nothing leaves the machine.
import net, { type AddressInfo } from 'node:net';
import hoodiecrow from 'hoodiecrow-imap';
import type { ImapMailbox } from './imap-inbox.js';

export const FAKE_IMAP_USER = 'contact@juniper.example';
export const FAKE_IMAP_PASSWORD = 'imap-fake-password';

export interface FakeImap {
  mailbox: ImapMailbox;
  /** Delivers a message to INBOX, received at `at`. */
  deliver(raw: string, at: Date): void;
  /** The next connection is dropped before the greeting. */
  dropNextConnection(): void;
  changePassword(password: string): void;
  close(): Promise<void>;
}

const listening = (server: { listen(port: number, host: string, cb: () => void): unknown }) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

export async function startFakeImap(): Promise<FakeImap> {
  const imap = hoodiecrow({ plugins: ['ID', 'UIDPLUS', 'ENABLE', 'LITERALPLUS', 'UNSELECT'], storage: { INBOX: { messages: [] } }, users: { [FAKE_IMAP_USER]: { password: FAKE_IMAP_PASSWORD } } });
  await new Promise<void>((resolve) => imap.listen(0, resolve));
  const imapPort = (imap.server.address() as AddressInfo).port;
  let dropNext = false;
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (dropNext) {
      dropNext = false;
      client.destroy();
      return;
    }
    const upstream = net.connect(imapPort, '127.0.0.1');
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await listening(relay);
  return {
    mailbox: { host: '127.0.0.1', port: (relay.address() as AddressInfo).port, secure: false, user: FAKE_IMAP_USER, pass: FAKE_IMAP_PASSWORD, path: 'INBOX' },
    deliver: (raw, at) => imap.appendMessage('INBOX', [], at, raw),
    dropNextConnection: () => {
      dropNext = true;
    },
    changePassword: (password) => {
      imap.users[FAKE_IMAP_USER].password = password;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
      await new Promise<void>((resolve) => imap.close(() => resolve()));
    },
  };
}
