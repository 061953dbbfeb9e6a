import { describe, expect, it } from 'vitest';
import { createSenders } from './registry.js';
import { DESTINATION_KINDS } from './types.js';
import { sampleNotification } from './sender-contract.js';

describe('createSenders', () => {
  it('provides a sender for every destination kind, filed under its own kind', async () => {
    const senders = createSenders({ smtp: { host: '127.0.0.1', port: 2525, secure: false, from: 'redress@hospital.example' } });
    try {
      expect(Object.keys(senders).sort()).toEqual([...DESTINATION_KINDS].sort());
      for (const kind of DESTINATION_KINDS) expect(senders[kind].kind).toBe(kind);
    } finally {
      await senders.email.close?.();
    }
  });

  it('still sends to Slack, Teams and webhooks without SMTP, and says email cannot send', async () => {
    const senders = createSenders({});
    expect(senders.email.unavailable).toMatch(/^SMTP is not configured: set SMTP_URL/);
    for (const kind of ['slack', 'teams', 'webhook'] as const) expect(senders[kind].unavailable).toBeUndefined();
    const refused = await senders.email.send({ id: 'd', kind: 'email', name: 'Risk', to: ['risk@hospital.example'], includeContent: false }, sampleNotification());
    expect(refused).toEqual({ ok: false, retryable: false, reason: senders.email.unavailable });
  });
});
