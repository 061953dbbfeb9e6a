// A file kept with a post (the screenshot a colleague forwarded, a letter attached to an email), for those who may
// read its case. It is served as the type it was accepted as, never sniffed, never cached by a shared proxy, and sandboxed so a crafted file
// cannot run script on our origin. Every read is in the audit log, like a read of the case.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../app/runtime.js';
import { require } from '../auth.js';
import { audit } from '../audit.js';
import { notFound } from '../errors.js';
import { readableCase } from './cases.js';
import { isImage, KEPT_FILE_TYPES } from '../../domain/kept-files.js';
import { errors, fileAnswer } from '../openapi.js';


export function registerUploadRoutes(app: FastifyInstance, rt: Runtime): void {
  app.get(
    '/api/v1/uploads/:id',
    {
      schema: {
        tags: ['posts'],
        summary: 'A file kept with a post (a forwarded screenshot, an emailed letter), for readers of its case',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: {
          200: fileAnswer('The file, as the type it was accepted as: images inline, documents as attachments', KEPT_FILE_TYPES),
          ...errors(400, 401, 403, [404, 'No such file, or its case is not one you may read (`not_found`).']),
        },
      },
    },
    async (req, reply) => {
      const who = require(req, 'case.read');
      const r = await rt.db.query<{ id: string; case_id: string | null; filename: string; content_type: string; bytes: Uint8Array }>(
        `SELECT u.id, p.case_id, u.filename, u.content_type, u.bytes FROM uploads u JOIN posts p ON p.id = u.post_id WHERE u.id = $1`,
        [(req.params as { id: string }).id],
      );
      const upload = r.rows[0];
      if (!upload?.case_id || !KEPT_FILE_TYPES.includes(upload.content_type)) throw notFound('No such file.');
      await readableCase(rt.db, who, req.ip, upload.case_id).catch(() => {
        throw notFound('No such file.');
      });
      await audit(rt.db, who, req.ip, 'upload.read', 'upload', upload.id, { caseId: upload.case_id });
      const name = upload.filename.replace(/[^\w.-]+/g, '_').slice(0, 100) || 'file';
      return reply
        .header('content-type', upload.content_type)
        // A document is downloaded, never opened on our origin: a PDF viewer or a text file is not an <img>.
        .header('content-disposition', `${isImage(upload.content_type) ? 'inline' : 'attachment'}; filename="${name}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
        .send(Buffer.from(upload.bytes));
    },
  );
}
