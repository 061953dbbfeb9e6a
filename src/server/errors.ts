// One error shape for every API answer: { error, message, details: [{ path, message }] }.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../config/problems.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Problem[] = [],
  ) {
    super(message);
  }
}

export const badRequest = (message: string, details: Problem[] = []) => new HttpError(400, 'bad_request', message, details);
export const forbidden = (message = 'You are not allowed to do this.') => new HttpError(403, 'forbidden', message);
export const notFound = (what = 'Not found') => new HttpError(404, 'not_found', what);
export const conflict = (message: string) => new HttpError(409, 'conflict', message);

function ajvPath(e: { instancePath?: string; params?: Record<string, unknown> }, context?: string): string {
  const base = (e.instancePath ?? '').split('/').filter(Boolean).map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
  const extra = (e.params?.missingProperty ?? e.params?.additionalProperty) as string | undefined;
  const path = extra ? (base ? `${base}.${extra}` : extra) : base;
  return path || context || '(body)';
}

// The fields a refusal named, for the audit log's record of refused changes (paths only: values may be patient data).
const refusedFields = new WeakMap<FastifyRequest, string[]>();
export const refusedFieldsOf = (req: FastifyRequest): string[] => refusedFields.get(req) ?? [];

export function errorHandler(err: FastifyError | HttpError, req: FastifyRequest, reply: FastifyReply) {
  const answer = (status: number, body: { error: string; message: string; details: { path: string }[] }) => {
    refusedFields.set(req, [...new Set(body.details.map((d) => d.path))]);
    return reply.status(status).send(body);
  };
  if (err instanceof HttpError) return answer(err.status, { error: err.code, message: err.message, details: err.details });
  const fe = err as FastifyError;
  if (fe.validation) {
    const details = fe.validation.map((v) => ({
      path: ajvPath(v as never, fe.validationContext),
      message: v.params && 'additionalProperty' in v.params ? 'unknown field' : (v.message ?? 'invalid'),
    }));
    return answer(400, { error: 'bad_request', message: `Invalid ${fe.validationContext ?? 'request'}: ${details.map((d) => `${d.path} ${d.message}`).join('; ')}`, details });
  }
  const status = fe.statusCode ?? 500;
  if (status === 413) return reply.status(413).send({ error: 'payload_too_large', message: 'The request body is larger than the limit.', details: [] });
  if (status >= 400 && status < 500) return reply.status(status).send({ error: status === 415 ? 'unsupported_media_type' : 'bad_request', message: fe.message, details: [] });
  // Internal errors are logged by id and kind only: messages from the database can quote the data.
  req.log.error({ err: { name: fe.name, code: fe.code } }, 'request failed');
  return reply.status(500).send({ error: 'internal', message: 'Something went wrong on our side; the request was not applied.', details: [] });
}
