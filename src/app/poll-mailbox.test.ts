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
