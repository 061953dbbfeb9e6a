import { postJson, type HttpOptions } from './http-transport.js';
import { renderWebhookBody } from './render.js';
import { signWebhook } from './signature.js';
import type { Sender } from './types.js';

/** Generic JSON webhook, HMAC-signed when the destination has a secret (see signature.ts). */
export function createWebhookSender(options: HttpOptions): Sender {
  return {
    kind: 'webhook',
    send: (dest, n, ctx) => {
      const body = JSON.stringify(renderWebhookBody(dest, n));
      const timestamp = Math.floor((ctx?.now?.() ?? new Date()).getTime() / 1000);
      const headers: Record<string, string> = {
        'idempotency-key': n.idempotencyKey,
        'x-redress-timestamp': String(timestamp),
        'x-redress-event': n.kind,
        ...(ctx?.attempt ? { 'x-redress-attempt': String(ctx.attempt) } : {}),
        ...(dest.secret ? { 'x-redress-signature': signWebhook(dest.secret, timestamp, body) } : {}),
      };
      return postJson(dest, body, headers, options);
    },
  };
}
