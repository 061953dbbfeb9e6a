import { postJson, type HttpOptions } from './http-transport.js';
import { renderSlack } from './render.js';
import type { Sender } from './types.js';

/** Slack incoming webhook: answers 200 "ok", or 4xx with a reason such as `channel_is_archived`. */
export function createSlackSender(options: HttpOptions): Sender {
  return {
    kind: 'slack',
    send: (dest, n) => postJson(dest, JSON.stringify(renderSlack(dest, n)), { 'idempotency-key': n.idempotencyKey }, options),
  };
}
