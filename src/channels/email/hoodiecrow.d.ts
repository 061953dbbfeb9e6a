// hoodiecrow-imap (a scriptable IMAP server for tests) ships no types; this is the part the fake uses.
declare module 'hoodiecrow-imap' {
  import type { Server } from 'node:net';
  interface HoodiecrowServer {
    server: Server;
    users: Record<string, { password: string }>;
    listen(port: number, callback: () => void): void;
    close(callback: () => void): void;
    appendMessage(mailbox: string, flags: string[], internaldate: Date, raw: string): void;
  }
  export default function hoodiecrow(options: {
    plugins?: string[];
    storage: Record<string, { messages: { raw: string; internaldate?: Date }[] }>;
    users: Record<string, { password: string }>;
  }): HoodiecrowServer;
}
