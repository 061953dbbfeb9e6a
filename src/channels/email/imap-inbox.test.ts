import { describe, expect, it } from 'vitest';
import { runSourceContract, withSource, type SourceHarness } from '../source-contract.js';
import { createImapSource } from './imap-inbox.js';
import { startFakeImap, type FakeImap } from './fake-imap.js';

const ADDRESS = 'contact@juniper.example';

function message(n: number, text: string, at: Date, extraHeaders: string[] = []): string {
  const headers = [`From: Patient ${n} <patient${n}@mail.example>`, `To: ${ADDRESS}`, `Subject: Feedback ${n}`, `Message-ID: <msg-${n}@mail.example>`, `Date: ${at.toUTCString()}`, ...extraHeaders];
  return `${headers.join('\r\n')}\r\n\r\n${text}\r\n`;
}

async function harness(): Promise<SourceHarness & { fake: FakeImap }> {
  const fake = await startFakeImap();
  let n = 0;
  return {
    fake,
    source: createImapSource({ mailboxes: { [ADDRESS]: fake.mailbox } }),
    account: { id: 'email-contact', externalId: ADDRESS },
    unknownAccount: { id: 'email-other', externalId: 'billing@juniper.example' },
    publish(text, at) {
      fake.deliver(message(++n, text, at), at);
      return `<msg-${n}@mail.example>`;
    },
    refuseNext: (kind) => (kind === 'temporary' ? fake.dropNextConnection() : fake.changePassword('rotated-by-it')),
    close: () => fake.close(),
  };
}

runSourceContract('imap inbox', harness);

describe('imap inbox source', () => {
  const since = new Date('2026-11-20T12:00:00Z');

  it('maps a message to a private post from its sender, subject first, quoted history left out', () =>
    withSource(harness, async (h) => {
      const at = new Date('2026-11-21T08:00:00Z');
      h.fake.deliver(message(7, 'I was charged twice for one visit.\r\n\r\nOn Fri, Nov 20, 2026, Billing <billing@juniper.example> wrote:\r\n> Your balance is due.', at), at);
      const { posts } = await h.source.fetchNew(h.account, null, since);
      expect(posts).toEqual([
        {
          platform: 'email',
          externalId: '<msg-7@mail.example>',
          threadId: '<msg-7@mail.example>',
          author: { id: 'patient7@mail.example', handle: 'patient7@mail.example', displayName: 'Patient 7' },
          text: 'Feedback 7\n\nI was charged twice for one visit.',
          createdAt: '2026-11-21T08:00:00.000Z',
          visibility: 'private',
        },
      ]);
    }));

  it('threads a reply under the first message it refers to', () =>
    withSource(harness, async (h) => {
      const at = new Date('2026-11-21T09:00:00Z');
      h.fake.deliver(message(8, 'Still waiting.', at, ['In-Reply-To: <ours-2@juniper.example>', 'References: <msg-1@mail.example> <ours-2@juniper.example>']), at);
      const { posts } = await h.source.fetchNew(h.account, null, since);
      expect(posts[0].threadId).toBe('<msg-1@mail.example>');
    }));

  it('reads a backlog longer than one batch over the following polls, oldest first, skipping none', () =>
    withSource(harness, async (h) => {
      const ids = [1, 2, 3].map((n) => h.publish(`message ${n}`, new Date(since.getTime() + n * 60_000)));
      const source = createImapSource({ mailboxes: { [ADDRESS]: h.fake.mailbox }, batch: 2 });
      const first = await source.fetchNew(h.account, null, since);
      const second = await source.fetchNew(h.account, first.cursor, since);
      expect([first.posts.map((p) => p.externalId), second.posts.map((p) => p.externalId)]).toEqual([ids.slice(0, 2), ids.slice(2)]);
      expect(first.truncated).toBe(false);
    }));

  it('keeps a letter attached as a PDF and names in the post what it could not keep, so nothing goes unseen', () =>
    withSource(harness, async (h) => {
      const at = new Date('2026-11-21T10:00:00Z');
      const part = (type: string, name: string, body: string) =>
        [`--b1`, `Content-Type: ${type}; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, 'Content-Transfer-Encoding: base64', '', Buffer.from(body).toString('base64')];
      const raw = [
        'From: Lee Park <lee@mail.example>', `To: ${ADDRESS}`, 'Subject: My complaint', 'Message-ID: <letter-1@mail.example>', `Date: ${at.toUTCString()}`,
        'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '',
        '--b1', 'Content-Type: text/plain; charset=utf-8', '', 'My letter is attached.',
        ...part('application/pdf', 'letter.pdf', '%PDF-1.4 a letter'),
        ...part('video/quicktime', 'hallway.mov', 'not really a video'),
        '--b1--', '',
      ].join('\r\n');
      h.fake.deliver(raw, at);
      const page = await h.source.fetchNew(h.account, null, since);
      expect(page.files?.get('<letter-1@mail.example>')?.map((f) => [f.filename, f.contentType, Buffer.from(f.bytes).toString()])).toEqual([
        ['letter.pdf', 'application/pdf', '%PDF-1.4 a letter'],
      ]);
      expect(page.posts[0].text).toBe(
        'My complaint\n\nMy letter is attached.\n\n[Attachments not kept by Redress, read them in the mailbox: hallway.mov (video/quicktime, 1 KB)]',
      );
    }));
});
