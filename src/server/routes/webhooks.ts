// Platform webhooks: verify, enqueue, answer. The signature covers the exact bytes Facebook sent, so these routes
// live in their own scope whose JSON parser hands over the raw Buffer; every other route keeps the app's parser.
// No session or token: the signature is the authentication.
import { isUtf8 } from 'node:buffer';
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import { ingestPosts } from '../../app/ingest.js';
import { feedPosts, validSignature } from '../../channels/facebook/webhook.js';
import { badRequest, forbidden, HttpError, notFound } from '../errors.js';
import { sameString } from '../auth.js';
import { audit } from '../audit.js';
import { answer, errors, fileAnswer } from '../openapi.js';

export const FACEBOOK_WEBHOOK = '/api/v1/webhooks/facebook';

export function registerWebhookRoutes(app: FastifyInstance, rt: Runtime): void {
  void app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body: Buffer, done) => done(null, body));

    scope.get(
      FACEBOOK_WEBHOOK,
      {
        schema: {
          tags: ['webhooks'],
          summary: 'Facebook subscription handshake: echoes hub.challenge when hub.verify_token is FACEBOOK_VERIFY_TOKEN',
          security: [],
          querystring: Type.Object({
            'hub.mode': Type.Optional(Type.String()),
            'hub.verify_token': Type.Optional(Type.String()),
            'hub.challenge': Type.Optional(Type.String({ maxLength: 200 })),
          }),
          response: {
            200: fileAnswer('hub.challenge, echoed', ['text/plain'], { text: true }),
            ...errors(
              [400, 'hub.challenge longer than 200 characters.'],
              [403, 'hub.mode is not subscribe, hub.verify_token does not match, or hub.challenge is missing (`forbidden`).'],
              [404, 'The webhook is off: FACEBOOK_VERIFY_TOKEN is not set (`not_found`).'],
            ),
          },
        },
      },
      async (req, reply) => {
        const expected = rt.env.facebookVerifyToken;
        if (!expected) throw notFound('The Facebook webhook is off: set FACEBOOK_VERIFY_TOKEN and FACEBOOK_APP_SECRET.');
        const q = req.query as Record<string, string | undefined>;
        if (q['hub.mode'] !== 'subscribe' || !sameString(q['hub.verify_token'] ?? '', expected) || !q['hub.challenge'])
          throw forbidden('hub.mode must be subscribe and hub.verify_token must match FACEBOOK_VERIFY_TOKEN.');
        return reply.type('text/plain; charset=utf-8').send(q['hub.challenge']);
      },
    );

    scope.post(
      FACEBOOK_WEBHOOK,
      {
        schema: {
          tags: ['webhooks'],
          summary: 'Facebook Page feed events, signed with X-Hub-Signature-256; new and edited comments become posts',
          security: [],
          response: {
            200: answer(
              'What became of the delivery (processing of new posts is queued)',
              Type.Object({
                accepted: Type.Integer({ description: 'new posts' }),
                duplicates: Type.Integer({ description: 'comments already stored, unchanged' }),
                revised: Type.Integer({ description: 'edited comments, kept as a new revision' }),
                rejected: Type.Integer({ description: 'comments that failed validation' }),
                ignored: Type.Integer({ description: 'changes that are not a new or edited comment by someone else than the Page' }),
              }),
            ),
            ...errors(
              [400, 'A signed body that is not JSON (`bad_request`).'],
              [401, 'X-Hub-Signature-256 is missing or wrong (`unauthorized`); nothing is stored.'],
              [404, 'The webhook is off: FACEBOOK_APP_SECRET is not set (`not_found`).'],
              413,
            ),
          },
        },
      },
      async (req) => {
        const secret = rt.env.facebookAppSecret;
        if (!secret) throw notFound('The Facebook webhook is off: set FACEBOOK_APP_SECRET and FACEBOOK_VERIFY_TOKEN.');
        const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const header = req.headers['x-hub-signature-256'];
        if (!validSignature(raw, typeof header === 'string' ? header : undefined, secret))
          throw new HttpError(401, 'unauthorized', 'X-Hub-Signature-256 is missing or is not sha256=<HMAC-SHA256 of this body with the app secret>.');
        let payload: unknown;
        try {
          if (!isUtf8(raw)) throw new Error('invalid UTF-8');
          payload = JSON.parse(raw.toString('utf8'));
        } catch (err) {
          throw badRequest(`The body is not valid JSON: ${(err as Error).message}`, [{ path: '(body)', message: 'malformed JSON' }]);
        }
        const accounts = await rt.db.query<{ id: string; external_id: string }>(`SELECT id, external_id FROM channel_accounts WHERE platform = 'facebook' AND external_id IS NOT NULL`);
        const found = feedPosts(payload, new Map(accounts.rows.map((a) => [a.external_id, a.id])), rt.now());
        if (found.unknownPages.length) req.log.warn({ pages: found.unknownPages }, 'facebook webhook: comments from pages without a facebook channel account were dropped');
        const result = found.posts.length ? await ingestPosts(rt.db, rt.queue, found.posts) : { accepted: 0, duplicates: 0, revised: 0, rejected: [] };
        // Field paths only: the values are the commenter's words.
        if (result.rejected.length) req.log.warn({ rejected: result.rejected.map((r) => r.details.map((d) => d.path)) }, 'facebook webhook: comments rejected');
        const counts = { accepted: result.accepted, duplicates: result.duplicates, revised: result.revised, rejected: result.rejected.length, ignored: found.ignored };
        await audit(rt.db, null, req.ip, 'post.ingest', 'post', null, { source: 'facebook-webhook', ...counts });
        return counts;
      },
    );
  });
}
