import { postJson, type HttpOptions } from './http-transport.js';
import { renderTeams } from './render.js';
import type { Sender } from './types.js';

/** Microsoft Teams incoming webhook (Workflows or legacy connector) carrying an Adaptive Card. */
export function createTeamsSender(options: HttpOptions): Sender {
  return {
    kind: 'teams',
    send: (dest, n) => postJson(dest, JSON.stringify(renderTeams(dest, n)), { 'idempotency-key': n.idempotencyKey }, options),
  };
}
