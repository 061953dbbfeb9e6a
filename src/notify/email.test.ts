import { describe, expect, it } from 'vitest';
import { messageIdFor } from './email.js';
import { runSenderContract, sampleNotification } from './sender-contract.js';
import { smtpHarness } from './smtp-test-receiver.js';

const FROM = 'Redress <redress@hospital.example>';

runSenderContract('email', () =>
  smtpHarness((message, n) => {
    expect(message.headers['message-id']).toBe(messageIdFor(n.idempotencyKey, FROM));
    expect(message.headers['content-type']).toMatch(/^multipart\/alternative/);
    expect(message.raw).toMatch(/Content-Type: text\/plain/);
    expect(message.raw).toMatch(/Content-Type: text\/html/);
    expect(message.headers.subject).toMatch(/^\[Redress\] /);
    expect(message.headers['x-priority']).toMatch(/^1/);
  }),
);

describe('email Message-ID', () => {
  it('is the same for every retry of one notification and differs between notifications', () => {
    const a = messageIdFor('case_42:page:1', FROM);
    expect(messageIdFor('case_42:page:1', FROM)).toBe(a);
    expect(messageIdFor('case_42:page:2', FROM)).not.toBe(a);
  });

  it('uses the sender domain so it is globally unique to this deployment', () => {
    expect(messageIdFor('k', FROM)).toMatch(/^<redress\.[0-9a-f]{40}@hospital\.example>$/);
  });

  it('keeps the resent message identical so the receiver can spot the duplicate', async () => {
    const h = await smtpHarness(() => {});
    try {
      const n = sampleNotification();
      const dest = h.destination({ includeContent: false });
      await h.sender.send(dest, n);
      await h.sender.send(dest, n);
      const [first, second] = h.received();
      expect(second.headers['message-id']).toBe(first.headers['message-id']);
    } finally {
      await h.close();
    }
  });
});
