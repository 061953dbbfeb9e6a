// What the OpenAPI document (/api/docs) says routes answer, and the pieces route schemas share. Response schemas are
// documentation only: app.ts serializes every answer with plain JSON.stringify (see `documentationOnlySerializer`),
// so a response schema that forgets a property can never drop it from a body, nor coerce a value to another type.
// openapi.test.ts holds the document to what the routes really answer.
import { Type, type Static, type TNull, type TSchema, type SchemaOptions, type TUnion, type TUnsafe } from '@sinclair/typebox';
import type { FastifySchema, FastifySerializerCompiler } from 'fastify';

/**
 * Fastify compiles a route's response schema into a serializer that silently leaves out every property the schema
 * does not name (and coerces the ones it does). Here the schemas only document: this compiler ignores them and
 * answers what the handler returned, exactly as a route without a response schema would.
 */
export const documentationOnlySerializer: FastifySerializerCompiler<unknown> = () => (data) => JSON.stringify(data);

export const ERROR_SCHEMA_ID = 'Error';

/** The one error shape of every API answer (errors.ts). */
export const ErrorSchema = Type.Object(
  {
    error: Type.String({
      description:
        'machine-readable code: bad_request, unauthorized, password_expired, forbidden, password_change_required, not_found, conflict, unprocessable, blocked, unavailable, too_many_requests, payload_too_large, unsupported_media_type, internal',
    }),
    message: Type.String({ description: 'for people; may change' }),
    details: Type.Array(
      Type.Object({
        path: Type.String({ description: 'the field, e.g. `posts[3].createdAt`, `(body)` for the body as a whole' }),
        message: Type.String(),
      }),
      { description: 'one entry per refused field; empty when no field is to blame' },
    ),
  },
  { $id: ERROR_SCHEMA_ID, title: ERROR_SCHEMA_ID, description: 'The error shape of every API answer: { error, message, details: [{ path, message }] }' },
);

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request (`bad_request`): `details` names each refused field (`path`) and what is wrong with it.',
  401: 'Not signed in (`unauthorized`): no session cookie, an expired session, or an unknown or revoked API token.',
  403:
    'Refused (`forbidden`): the role may not do this; or a session write without the right `X-CSRF-Token` header; or a session opened with a one-time password (`password_change_required`), which may only choose a new one.',
  404: 'Not found (`not_found`), or not visible to you: outside your sites, or confidential.',
  409: 'Conflict (`conflict`): the resource changed since you read it.',
  413: 'The request body is larger than the limit (`payload_too_large`).',
  429: 'Too many failed password checks for this address and email (`too_many_requests`): wait 15 minutes.',
};

/**
 * Error responses of a route, each referencing the shared Error schema: `errors(401, 403, [404, 'No such post'])`.
 * A status alone takes its usual description.
 */
export function errors(...statuses: (number | [number, string])[]): Record<number, TSchema> {
  const out: Record<number, TSchema> = {};
  for (const s of statuses) {
    const [status, description] = Array.isArray(s) ? s : [s, ERROR_DESCRIPTIONS[s]];
    if (!description) throw new Error(`no description for status ${status}`);
    out[status] = Type.Ref(ERROR_SCHEMA_ID, { description });
  }
  return out;
}

/** A success response with its description (the document shows it as the response's description). */
export const answer = <T extends TSchema>(description: string, schema: T): T => ({ ...schema, description }) as T;

/** 204: no body. */
export const NoContent = (description: string) => Type.Null({ description });

/** A body that is not JSON (a file, CSV, an event stream), as one or more media types; `text` for a body that is text. */
export const fileAnswer = (description: string, types: readonly string[], { text = false } = {}) => ({
  description,
  content: Object.fromEntries(types.map((t) => [t, { schema: Type.String(text ? {} : { format: 'binary' }) }])),
});

/**
 * The schema or null. The document is OpenAPI 3.0, where the swagger plugin writes this as `nullable: true`; for a
 * closed list that is not enough (`nullable` does not widen `enum`), so null joins the list itself.
 */
export function Nullable<T extends TSchema>(schema: T, options: SchemaOptions = {}): TUnion<[T, TNull]> | TUnsafe<Static<T> | null> {
  if (Array.isArray(schema.enum)) return Type.Unsafe<Static<T> | null>({ ...schema, ...options, enum: [...(schema.enum as unknown[]), null], nullable: true });
  return Type.Union([schema, Type.Null()], options);
}
export const DateTime = (options: SchemaOptions = {}) => Type.String({ format: 'date-time', ...options });
export const Uuid = (options: SchemaOptions = {}) => Type.String({ format: 'uuid', ...options });
/** One string of a closed list, shown as `enum` (a union of literals would show as anyOf). */
export const StringEnum = <T extends readonly string[]>(values: T, options: SchemaOptions = {}): TUnsafe<T[number]> =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
export const Ok = Type.Object({ ok: Type.Literal(true) });

export const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writes that need no CSRF token: signing in opens the session the token belongs to. */
const CSRF_EXEMPT = new Set(['/api/v1/auth/login']);

/** Security of a write: an API token, or a session cookie together with its CSRF token. */
export const WRITE_SECURITY: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [], csrf: [] }];

/**
 * The swagger `transform`: every write (POST, PUT, PATCH, DELETE) that takes the usual authentication is documented
 * as needing either a bearer token or the session cookie together with the `X-CSRF-Token` header, as the onRequest
 * hook in auth.ts enforces. Only the document changes; routes keep their own schemas.
 */
export function documentWriteSecurity({ schema, url, route }: { schema: FastifySchema; url: string; route: { method: string | string[] } }): { schema: FastifySchema; url: string } {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  const writes = methods.some((m) => !SAFE_METHODS.has(m.toUpperCase()));
  const own = schema as (FastifySchema & { security?: unknown }) | undefined;
  if (!own || !writes || own.security !== undefined || CSRF_EXEMPT.has(url) || !url.startsWith('/api/')) return { schema, url };
  return { schema: { ...own, security: WRITE_SECURITY }, url };
}
