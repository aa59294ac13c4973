import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { AppError, ErrorKinds, invalidParameter } from '../../domain/errors.ts';
import { ok } from '../../http/envelope.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { Envelope } from '../../http/schemas.ts';
import { openAttachmentFile } from './attachment-files.service.ts';
import { AttachmentIdParams, AttachmentSchema, FileParams, FileQuery } from './attachments.schemas.ts';
import { getAttachment, uploadAttachment, uploadTooLarge, type UploadPart } from './attachments.service.ts';

/** @fastify/multipart parts, as the plain shape the service reads. */
async function* uploadParts(request: FastifyRequest, maxBytes: number): AsyncGenerator<UploadPart> {
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        yield { kind: 'file', name: part.fieldname, fileName: part.filename, stream: part.file };
      } else {
        yield { kind: 'field', name: part.fieldname, value: typeof part.value === 'string' ? part.value : String(part.value) };
      }
    }
  } catch (error) {
    // The plugin's own error carries no limit; answer with the one that names it.
    if ((error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE') throw uploadTooLarge(maxBytes);
    throw error;
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function attachmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/api/v2/attachments',
    {
      schema: {
        tags: ['attachments'],
        summary: 'Upload one file (multipart field `file`, optional `sub_type` image|file|audio)',
        consumes: ['multipart/form-data'],
        response: { 200: Envelope(AttachmentSchema) },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw invalidParameter('file');
      const length = Number(request.headers['content-length']);
      try {
        const data = await uploadAttachment(ctx, ctxOf(request), {
          declaredLength: Number.isFinite(length) ? length : undefined,
          parts: uploadParts(request, ctx.config.uploadMaxBytes),
        });
        return ok(data);
      } catch (error) {
        // Close the connection rather than drain the rest of an oversized body: the upload is cut off here.
        if (error instanceof AppError && error.kind === ErrorKinds.payloadTooLarge) reply.header('connection', 'close');
        throw error;
      }
    },
  );

  app.get<{ Params: Static<typeof AttachmentIdParams> }>(
    '/api/v2/attachments/:id',
    {
      schema: {
        tags: ['attachments'],
        summary: 'One attachment with freshly signed links',
        params: AttachmentIdParams,
        response: { 200: Envelope(AttachmentSchema) },
      },
    },
    async (request) => ok(await getAttachment(ctx, ctxOf(request), request.params.id)),
  );

  app.get<{ Params: Static<typeof FileParams>; Querystring: Static<typeof FileQuery> }>(
    '/files/:id/:variant/:name',
    {
      config: { public: true, realStatus: true },
      schema: { hide: true, params: FileParams, querystring: FileQuery },
    },
    async (request, reply) => {
      const file = await openAttachmentFile(ctx, {
        id: request.params.id,
        variant: request.params.variant,
        exp: request.query.exp,
        sig: request.query.sig,
        range: headerValue(request.headers.range),
        ifNoneMatch: headerValue(request.headers['if-none-match']),
      });
      reply.code(file.status).headers(file.headers);
      return reply.send(file.body);
    },
  );
}
