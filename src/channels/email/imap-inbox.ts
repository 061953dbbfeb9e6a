// Reading a "contact us" mailbox over IMAP. The mailbox is opened read-only (Redress never marks, moves or deletes
// mail), new messages are those with a UID above the cursor `<uidValidity>:<last uid>`, and the first poll takes
// what arrived after `since`. A message's Message-ID is the post's externalId, so a message copied to two
// mailboxes, or read again after the server renumbered its UIDs, is still one post.
import { ImapFlow } from 'imapflow';
import { simpleParser, type ParsedMail } from 'mailparser';
import { ChannelError, type PostSource, type SourceAccount, type SourceFile, type SourcePage } from '../types.js';
import type { PostInput } from '../../app/post-input.js';
import { emailText } from './email-text.js';
import { KEPT_FILE_TYPES, MAX_FILE_BYTES } from '../../domain/kept-files.js';

export interface ImapMailbox {
  host: string;
  port: number;
  /** TLS from the first byte (imaps://); otherwise STARTTLS, required except to this machine. */
  secure: boolean;
  user: string;
  pass: string;
  path: string;
}

export interface ImapSettings {
  /** By email channel account externalId (the address people write to). */
  mailboxes: Record<string, ImapMailbox>;
  /** Messages read per poll, oldest first; the next poll carries on from the cursor. */
  batch?: number;
}

const PLATFORM = 'IMAP';
const BATCH = 200;
const TIMEOUT_MS = 15_000;
const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|localhost)$/;

function parseCursor(cursor: string | null): { validity: string; uid: number } | null {
  const m = cursor ? /^(\d+):(\d+)$/.exec(cursor) : null;
  return m ? { validity: m[1], uid: Number(m[2]) } : null;
}

/** A refused login or a missing mailbox needs a person; a dropped connection or a busy server does not. */
function imapError(err: unknown): ChannelError {
  if (err instanceof ChannelError) return err;
  const e = err as { authenticationFailed?: boolean; mailboxMissing?: boolean; code?: string; message?: string; responseText?: string };
  if (e.authenticationFailed) return new ChannelError(`${PLATFORM}: the server refused the login`, false);
  if (e.mailboxMissing) return new ChannelError(`${PLATFORM}: the mailbox does not exist`, false);
  return new ChannelError(`${PLATFORM}: ${e.code ?? e.responseText ?? e.message ?? 'the server could not be read'}`.slice(0, 200), true);
}

/** What a patient attached (a photo of a bill, a letter as a PDF) and what of it Redress keeps with the post. */
const MAX_FILES = 5;

interface Attachments {
  kept: SourceFile[];
  /** Said in the post, so a reader knows to open the mailbox for it: nothing is dropped without a word. */
  notKept: string[];
}

const sizeOf = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

function attachmentsOf(mail: ParsedMail): Attachments {
  const out: Attachments = { kept: [], notKept: [] };
  // Images inside the HTML body (a signature's logo) are part of the message's look, not something the sender attached.
  mail.attachments.filter((a) => !a.related && a.size > 0).forEach((a, i) => {
    const filename = (a.filename ?? `attachment-${i + 1}`).slice(0, 200);
    const keep = KEPT_FILE_TYPES.includes(a.contentType) && a.size <= MAX_FILE_BYTES && out.kept.length < MAX_FILES;
    if (keep) out.kept.push({ filename, contentType: a.contentType, bytes: a.content });
    else out.notKept.push(`${filename} (${a.contentType}, ${sizeOf(a.size)})`);
  });
  return out;
}

function messageToPost(mail: ParsedMail, uid: number, validity: string, arrived: Date, notKept: string[]): PostInput | null {
  const from = mail.from?.value[0];
  if (!from?.address) return null;
  const references = typeof mail.references === 'string' ? [mail.references] : (mail.references ?? []);
  const messageId = mail.messageId ?? `<uid-${validity}-${uid}@redress>`;
  return {
    platform: 'email',
    externalId: messageId,
    threadId: references[0] ?? mail.inReplyTo ?? messageId,
    author: { id: from.address.toLowerCase(), handle: from.address.toLowerCase(), displayName: from.name || null },
    text: [emailText(mail.subject, mail.text), ...(notKept.length ? [`[Attachments not kept by Redress, read them in the mailbox: ${notKept.join('; ')}]`] : [])].join('\n\n'),
    createdAt: (mail.date ?? arrived).toISOString(),
    visibility: 'private',
  };
}

export function createImapSource(settings: ImapSettings): PostSource {
  return {
    reads: (account) => Boolean(settings.mailboxes[account.externalId.toLowerCase()]),
    async fetchNew(account: SourceAccount, cursor: string | null, since: Date): Promise<SourcePage> {
      const box = settings.mailboxes[account.externalId.toLowerCase()];
      if (!box) throw new ChannelError(`${PLATFORM}: no mailbox is configured for ${account.externalId} (IMAP_MAILBOXES)`, false);
      const client = new ImapFlow({
        host: box.host,
        port: box.port,
        secure: box.secure,
        doSTARTTLS: box.secure ? undefined : LOOPBACK.test(box.host) ? undefined : true,
        auth: { user: box.user, pass: box.pass },
        logger: false,
        connectionTimeout: TIMEOUT_MS,
        greetingTimeout: TIMEOUT_MS,
        socketTimeout: TIMEOUT_MS * 4,
      });
      // A connection that drops later emits 'error'; the awaited call it breaks reports it, so nothing more is needed.
      client.on('error', () => undefined);
      try {
        await client.connect();
        const lock = await client.getMailboxLock(box.path, { readOnly: true });
        try {
          const validity = String(client.mailbox && client.mailbox.uidValidity);
          const seen = parseCursor(cursor);
          // A changed UIDVALIDITY renumbered the mailbox: read by date again; Message-IDs keep it from doubling posts.
          const from = seen && seen.validity === validity ? seen : null;
          const found = await client.search(from ? { uid: `${from.uid + 1}:*` } : { since }, { uid: true });
          // "n:*" always names the last message, even when it is older than n.
          const uids = (found || []).filter((uid) => !from || uid > from.uid).sort((a, b) => a - b);
          const batch = uids.slice(0, settings.batch ?? BATCH);
          const posts: PostInput[] = [];
          const files = new Map<string, SourceFile[]>();
          let last = from?.uid ?? 0;
          if (batch.length) {
            for await (const message of client.fetch(batch, { uid: true, source: true, internalDate: true }, { uid: true })) {
              last = Math.max(last, message.uid);
              const arrived = message.internalDate instanceof Date ? message.internalDate : new Date(message.internalDate ?? Date.now());
              // IMAP's SINCE is by day; the first poll keeps only what arrived after the instant asked for.
              if (!from && arrived <= since) continue;
              const mail = message.source ? await simpleParser(message.source) : null;
              const attachments = mail ? attachmentsOf(mail) : { kept: [], notKept: [] };
              const post = mail ? messageToPost(mail, message.uid, validity, arrived, attachments.notKept) : null;
              if (!mail || !post) continue;
              posts.push(post);
              if (attachments.kept.length) files.set(post.externalId, attachments.kept);
            }
          }
          // Messages are read oldest first, so a backlog longer than one batch is carried on by the next polls: none is skipped.
          return { posts, files, cursor: last ? `${validity}:${last}` : (from ? cursor : null), truncated: false };
        } finally {
          lock.release();
        }
      } catch (err) {
        throw imapError(err);
      } finally {
        await client.logout().catch(() => client.close());
      }
    },
  };
}
