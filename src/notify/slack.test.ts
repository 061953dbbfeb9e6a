import { expect } from 'vitest';
import { httpHarness } from './http-test-receiver.js';
import { runSenderContract } from './sender-contract.js';
import { createSlackSender } from './slack.js';

runSenderContract('slack', () =>
  httpHarness({
    kind: 'slack',
    createSender: createSlackSender,
    assertShape: (message, n) => {
      const payload = JSON.parse(message.raw);
      expect(payload.text).toContain(`|Open case ${n.caseId}>`);
      expect(payload.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
      expect(payload.blocks.every((b: { type: string }) => ['header', 'section'].includes(b.type))).toBe(true);
    },
  }),
);
