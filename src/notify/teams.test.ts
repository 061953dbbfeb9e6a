import { expect } from 'vitest';
import { httpHarness } from './http-test-receiver.js';
import { runSenderContract } from './sender-contract.js';
import { createTeamsSender } from './teams.js';

runSenderContract('teams', () =>
  httpHarness({
    kind: 'teams',
    createSender: createTeamsSender,
    assertShape: (message, n) => {
      const payload = JSON.parse(message.raw);
      expect(payload.type).toBe('message');
      expect(payload.attachments).toHaveLength(1);
      expect(payload.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
      const card = payload.attachments[0].content;
      expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
      expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: `Open case ${n.caseId}`, url: n.caseUrl }]);
    },
  }),
);
