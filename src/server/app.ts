// The HTTP server: the REST API under /api/v1 (OpenAPI at /api/docs), health checks, and the web app on the
// same port. Logs carry method, path and status only: never bodies or query strings, which can hold PHI.
import { existsSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import staticFiles from '@fastify/static';
import type { Runtime } from '../app/runtime.js';
import { schemaStatus } from '../store/migrate.js';
import { errorHandler, HttpError } from './errors.js';
import { registerAuth } from './auth.js';
import { registerPasswordChange } from './password-change.js';
import { auditRefusedChanges } from './audit.js';
import { registerCaseRoutes } from './routes/cases.js';
import { registerPostRoutes } from './routes/posts.js';
import { registerUploadRoutes } from './routes/uploads.js';
import { registerReferenceRoutes } from './routes/reference.js';
import { registerStream } from './routes/stream.js';
import { registerExtensionRoutes } from './routes/index.js';
import { registerReplyRoutes } from './routes/replies.js';
import { registerOutreachRoutes } from './routes/outreach.js';
import { registerViewRoutes } from './routes/views.js';
import { CSRF_HEADER, documentationOnlySerializer, documentWriteSecurity, ErrorSchema } from './openapi.js';
import '../config/formats.js';

export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export async function buildServer(rt: Runtime, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: rt.env.bodyLimitBytes,
    trustProxy: rt.env.trustProxy,
    logger:
      options.logger === false || rt.env.logLevel === 'silent'
        ? false
        : {
            level: rt.env.logLevel,
            serializers: {
              req: (req) => ({ method: req.method, path: (req.url ?? '').split('?')[0], id: req.id }),
              res: (res) => ({ statusCode: res.statusCode }),
            },
          },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true, useDefaults: false } },
  });

  // JSON.parse would silently turn invalid UTF-8 into replacement characters; refuse it instead.
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body: Buffer, done) => {
    if (!isUtf8(body)) return done(new HttpError(400, 'bad_request', 'The body is not valid UTF-8.', [{ path: '(body)', message: 'invalid UTF-8' }]), undefined);
    if (body.length === 0) return done(null, undefined);
    try {
      done(null, JSON.parse(body.toString('utf8')));
    } catch (err) {
      done(new HttpError(400, 'bad_request', `The body is not valid JSON: ${(err as Error).message}`, [{ path: '(body)', message: 'malformed JSON' }]), undefined);
    }
  });
  app.setErrorHandler(errorHandler);
  // Response schemas feed the OpenAPI document and nothing else. Fastify would serialize with them and silently drop
  // every property a schema does not name, so a documentation change could change what clients receive; this
  // compiler ignores the schema and answers with JSON.stringify, as for a route without one (openapi.test.ts).
  app.setSerializerCompiler(documentationOnlySerializer);
  app.addSchema(ErrorSchema);
  // Work a request enqueued in its transaction is committed by now: wake this process's workers for it.
  app.addHook('onResponse', async () => rt.queue.wakeWorkers());

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Redress API',
        version: '1',
        description: [
          'Social-media service recovery for health care.',
          '',
          '**Authentication.** Either send `Authorization: Bearer <token>` (an API token from `redress token create` or `POST /api/v1/tokens`), or sign in with `POST /api/v1/auth/login`, which sets the HttpOnly session cookie `redress_session`.',
          '',
          `**CSRF.** A cookie session must also send the header \`${CSRF_HEADER}\` on every POST, PUT, PATCH and DELETE (except the sign-in itself); without it, or with a wrong value, the answer is 403. The token is the \`csrfToken\` of the JSON answer to \`POST /api/v1/auth/login\`, and \`GET /api/v1/auth/me\` answers it again for as long as the session lasts. API tokens need no CSRF token.`,
          '',
          '**Errors** all have one shape, the `Error` schema: `{ error, message, details: [{ path, message }] }`.',
        ].join('\n'),
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token (`redress token create`, `POST /api/v1/tokens`); no CSRF token needed.' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'redress_session',
            description: `The session cookie set by \`POST /api/v1/auth/login\`. Writes (POST, PUT, PATCH, DELETE) must also send the \`${CSRF_HEADER}\` header with the \`csrfToken\` of the sign-in answer (or of \`GET /api/v1/auth/me\`).`,
          },
          csrf: {
            type: 'apiKey',
            in: 'header',
            name: CSRF_HEADER,
            description: `With a session cookie, on every write: the \`csrfToken\` answered by \`POST /api/v1/auth/login\` or \`GET /api/v1/auth/me\`. A missing or wrong value answers 403.`,
          },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    // Keeps the shared schemas' names (Error) in the document instead of def-0, def-1…
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    transform: documentWriteSecurity,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ ok: true }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      const status = await schemaStatus(rt.db);
      if (status.state !== 'current') return reply.status(503).send({ ok: false, reason: `schema ${status.state}` });
      return { ok: true, database: rt.db.kind, schema: status.version };
    } catch {
      return reply.status(503).send({ ok: false, reason: 'database unreachable' });
    }
  });

  registerAuth(app, rt.db, rt.env);
  registerPasswordChange(app, rt.db, rt.env);
  auditRefusedChanges(app, rt.db);
  registerPostRoutes(app, rt);
  registerUploadRoutes(app, rt);
  registerCaseRoutes(app, rt);
  registerOutreachRoutes(app, rt);
  registerViewRoutes(app, rt);
  registerReferenceRoutes(app, rt);
  registerReplyRoutes(app, rt);
  registerExtensionRoutes(app, rt);
  const stopStream = await registerStream(app, rt);
  app.addHook('onClose', async () => stopStream());

  if (existsSync(WEB_DIST)) {
    // Files are looked up per request, not listed at start-up, so a rebuilt web app is served without a restart.
    await app.register(staticFiles, { root: WEB_DIST, prefix: '/', wildcard: true });
  }
  app.setNotFoundHandler((req, reply) => {
    // A missing script or stylesheet answered with the app's page would fail as a blank screen; say it is missing.
    if (req.url.startsWith('/api/') || req.url.startsWith('/assets/') || req.method !== 'GET' || !existsSync(WEB_DIST)) {
      return reply.status(404).send({ error: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}`, details: [] });
    }
    return reply.sendFile('index.html');
  });
  return app;
}
