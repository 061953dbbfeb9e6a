// A "contact us" email, read from the mailbox over IMAP, becomes a confidential case: it was written to us privately.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiHarness, call, runQueuedJobs, type ApiHarness } from '../../test/support/api-runtime.js';
import { startFakeImap, type FakeImap } from '../channels/email/fake-imap.js';

let imap: FakeImap;
let h: ApiHarness;

beforeEach(async () => {
  imap = await startFakeImap();
  const { host, port, user, pass } = imap.mailbox;
  h = await apiHarness({ IMAP_MAILBOXES: `contact@juniper.example=imap://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@${host}:${port}/INBOX` });
  const made = await call(h, h.headers, 'POST', '/api/v1/channel-accounts', { id: 'email-contact', platform: 'email', name: 'Contact us', externalId: 'contact@juniper.example', siteId: 'juniper-main' });
  expect(made.statusCode).toBe(200);
});
afterEach(async () => {
  await h.close();
  await imap.close();
});

it('turns a message in the contact mailbox into a confidential case of the mailbox site', async () => {
  const at = new Date(Date.now() - 60_000);
  imap.deliver(
    ['From: Dana Whitfield <dana@mail.example>', 'To: contact@juniper.example', 'Subject: Terrible discharge', 'Message-ID: <d-1@mail.example>', `Date: ${at.toUTCString()}`, '', 'Nobody explained my medications and the nurse was rude.', ''].join('\r\n'),
    at,
  );
  await h.rt.workerContext.pollSources();
  await runQueuedJobs(h, 'post.process');
  const r = await h.rt.db.query<{ visibility: string; confidential: boolean; site_id: string; platform: string }>(
    `SELECT p.visibility, c.confidential, c.site_id, c.platform FROM posts p JOIN cases c ON c.id = p.case_id WHERE p.external_id = '<d-1@mail.example>'`,
  );
  expect(r.rows).toEqual([{ visibility: 'private', confidential: true, site_id: 'juniper-main', platform: 'email' }]);
});

it('keeps an image attached to the message beside its post, once, however often the mailbox is read', async () => {
  const at = new Date(Date.now() - 60_000);
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  imap.deliver(
    [
      'From: Lee Park <lee@mail.example>',
      'To: contact@juniper.example',
      'Subject: Wrong bill',
      'Message-ID: <bill-1@mail.example>',
      `Date: ${at.toUTCString()}`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'I was billed twice, photo of the statement attached.',
      '--b1',
      'Content-Type: image/png; name="statement.png"',
      'Content-Disposition: attachment; filename="statement.png"',
      'Content-Transfer-Encoding: base64',
      '',
      png,
      '--b1--',
      '',
    ].join('\r\n'),
    at,
  );
  await h.rt.workerContext.pollSources();
  await h.rt.db.query(`DELETE FROM source_cursors`);
  await h.rt.workerContext.pollSources();
  const files = await h.rt.db.query<{ filename: string; content_type: string; bytes: Uint8Array }>(
    `SELECT u.filename, u.content_type, u.bytes FROM uploads u JOIN posts p ON p.id = u.post_id WHERE p.external_id = '<bill-1@mail.example>'`,
  );
  expect(files.rows.map((f) => ({ ...f, bytes: Buffer.from(f.bytes).toString('base64') }))).toEqual([{ filename: 'statement.png', content_type: 'image/png', bytes: png }]);
});

it('leaves an email account whose mailbox is not configured alone: no poll, no error for admins', async () => {
  expect((await call(h, h.headers, 'POST', '/api/v1/channel-accounts', { id: 'email-forwards', platform: 'email', name: 'Staff forwards', externalId: 'forwards@juniper.example' })).statusCode).toBe(200);
  const polled = (await h.rt.workerContext.pollSources()) as { channelAccountId: string }[];
  expect(polled.map((p) => p.channelAccountId)).toEqual(['email-contact']);
  const accounts = (await call(h, h.headers, 'GET', '/api/v1/channel-accounts')).json() as { id: string; poll: unknown }[];
  expect(accounts.find((a) => a.id === 'email-forwards')?.poll).toBeNull();
  expect(accounts.find((a) => a.id === 'email-contact')?.poll).not.toBeNull();
});
