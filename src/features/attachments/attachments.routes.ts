import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { AppError, ErrorKinds, invalidParameter } from '../../domain/errors.ts';
import { ok } from '../../http/envelope.ts';
import { errorsOf, TOKEN_ERRORS } from '../../http/route-errors.ts';
import { discardRestOfBody } from '../../http/lingering-close.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { Envelope } from '../../http/schemas.ts';
import { openAttachmentFile } from './attachment-files.service.ts';
import { AttachmentIdParams, AttachmentSchema, FileParams, FileQuery } from './attachments.schemas.ts';
import { getAttachment, uploadAttachment, uploadTooLarge, type UploadPart } from './attachments.service.ts';

/**
 * Busboy's parse errors ("Unexpected end of multipart data", "Malformed part header", "Multipart: Boundary
 * not found" …) are plain Errors, raised on the part iterator or on a file's stream, sometimes before this
 * code holds the stream; they are recognised by their messages. They are the client's fault: 100406.
 */
const PARSER_ERROR = /multipart|part header|boundary|terminated early|unexpected end of (form|file)/i;

function isParserError(error: unknown): boolean {
  return error instanceof Error && !(error instanceof AppError) && PARSER_ERROR.test(error.message);
}

function malformed(): AppError {
  return new AppError('invalidParameter', { zh: 'multipart 格式错误', en: 'malformed multipart body' });
}

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
    if (error instanceof AppError) throw error;
    // Busboy's "Unexpected end of form", "Boundary not found", "Malformed part header" …
    throw malformed();
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
        response: { 200: Envelope(AttachmentSchema), ...errorsOf(TOKEN_ERRORS) },
      },
    },
    async (request) => {
      if (!request.isMultipart()) throw invalidParameter('file');
      const length = Number(request.headers['content-length']);
      try {
        const data = await uploadAttachment(ctx, ctxOf(request), {
          declaredLength: Number.isFinite(length) ? length : undefined,
          parts: uploadParts(request, ctx.config.uploadMaxBytes),
        });
        return ok(data);
      } catch (error) {
        if (isParserError(error)) throw malformed();
        // The answer goes out now; the rest of the body is read and thrown away (bounded) so the client,
        // still sending, gets to read it. No `Connection: close`: Node would close the socket as soon as the
        // answer is written, with the body still arriving, and the client would see a reset.
        if (error instanceof AppError && error.kind === ErrorKinds.payloadTooLarge) discardRestOfBody(request.raw);
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
        response: { 200: Envelope(AttachmentSchema), ...errorsOf(TOKEN_ERRORS, 100100) },
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
