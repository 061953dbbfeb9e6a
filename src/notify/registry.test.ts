import { describe, expect, it } from 'vitest';
import { createSenders } from './registry.js';
import { DESTINATION_KINDS } from './types.js';

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
});
