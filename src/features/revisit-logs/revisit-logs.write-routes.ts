import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { ok } from '../../http/envelope.ts';
import { acceptMultipartFields } from '../../http/multipart-fields.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { commentRoutes } from '../comments/comments.routes.ts';
import { Envelope } from '../../http/schemas.ts';
import { listReminders } from './reminders.service.ts';
import { RevisitLogItemSchema, RevisitLogListQuerySchema, RevisitLogListResponse } from './revisit-logs.schemas.ts';
import { createRevisitLog, deleteRevisitLog, showRevisitLog, updateRevisitLogById } from './revisit-logs.write-service.ts';

const IdParams = Type.Object({ id: Type.String() });
/** Nested `revisit_log[...]` fields plus top-level link lists; validated in revisit-log-input.ts (100406 per field). */
const WriteBody = Type.Unknown({ description: 'revisit_log[...] fields, at_user_ids[], contacts_ids[], attachment_ids[], attachment_file_ids[], audio_ids[]' });
const ItemResponse = { 200: Envelope(RevisitLogItemSchema) };

function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key'];
  return Array.isArray(header) ? header[0] : header;
}

/**
 * Writing follow-ups. Registered as its own encapsulated plugin so the fields-only multipart parser applies
 * to these routes alone. `/revisit_logs/new_index` and `/revisit_logs/reminders` are static routes and win
 * over `/revisit_logs/:id` in Fastify's router.
 */
export function revisitLogWriteRoutes(ctx: AppContext) {
  return async function plugin(app: FastifyInstance): Promise<void> {
    acceptMultipartFields(app);
    app.post(
      '/api/v2/revisit_logs',
      { schema: { tags: ['revisit_logs'], summary: '新建跟进 — create a follow-up', body: WriteBody, response: ItemResponse } },
      (request) => createRevisitLog(ctx, ctxOf(request), request.body, idempotencyKeyOf(request)).then(ok),
    );
    app.get(
      '/api/v2/revisit_logs/:id',
      { schema: { tags: ['revisit_logs'], summary: '跟进详情 — one follow-up', params: IdParams, response: ItemResponse } },
      (request) => showRevisitLog(ctx, ctxOf(request), (request.params as { id: string }).id).then(ok),
    );
    const update = (request: FastifyRequest) =>
      updateRevisitLogById(ctx, ctxOf(request), (request.params as { id: string }).id, request.body).then(ok);
    const updateSchema = { tags: ['revisit_logs'], summary: '编辑跟进 — update a follow-up', params: IdParams, body: WriteBody, response: ItemResponse };
    app.put('/api/v2/revisit_logs/:id', { schema: updateSchema }, update);
    // IKCRM clients update with POST as well (README: client compatibility).
    app.post('/api/v2/revisit_logs/:id', { schema: { ...updateSchema, summary: '编辑跟进 (POST form of the update)' } }, update);
    app.delete(
      '/api/v2/revisit_logs/:id',
      {
        schema: {
          tags: ['revisit_logs'],
          summary: '删除跟进 — soft delete',
          params: IdParams,
          response: { 200: Envelope(Type.Object({ id: Type.Integer() }, { additionalProperties: false })) },
        },
      },
      (request) => deleteRevisitLog(ctx, ctxOf(request), (request.params as { id: string }).id).then(ok),
    );
    app.get(
      '/api/v2/revisit_logs/reminders',
      {
        schema: {
          tags: ['revisit_logs'],
          summary: '跟进提醒 — my follow-ups with reminders, soonest first (default: from today on)',
          querystring: RevisitLogListQuerySchema,
          response: { 200: RevisitLogListResponse },
        },
      },
      (request) => listReminders(ctx, ctxOf(request), request.query as Record<string, unknown>).then(ok),
    );
    commentRoutes(app, ctx);
  };
}
