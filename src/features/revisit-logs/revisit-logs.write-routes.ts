import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { ok } from '../../http/envelope.ts';
import { errorsOf, TOKEN_ERRORS, type ErrorCode } from '../../http/route-errors.ts';
import { acceptMultipartFields } from '../../http/multipart-fields.ts';
import { ctxOf, idempotencyKeyOf } from '../../http/request-meta.ts';
import { Envelope, IdOnly } from '../../http/schemas.ts';
import { typed } from '../../http/type-provider.ts';
import { commentRoutes } from '../comments/comments.routes.ts';
import { listReminders, parseReminderQuery } from './reminders.service.ts';
import { parseRevisitLogInput } from './revisit-log-input.ts';
import { RevisitLogItemSchema, RevisitLogListQuerySchema, RevisitLogListResponse } from './revisit-logs.schemas.ts';
import { createRevisitLog, deleteRevisitLog, showRevisitLog, updateRevisitLogById } from './revisit-logs.write-service.ts';

const IdParams = Type.Object({ id: Type.String() });
/** Nested `revisit_log[...]` fields plus top-level link lists; parsed by revisit-log-input.ts (100406 per field). */
const WriteBody = Type.Unknown({ description: 'revisit_log[...] fields, at_user_ids[], contacts_ids[], attachment_ids[], attachment_file_ids[], audio_ids[]' });
const item = (...codes: ErrorCode[]) => ({ 200: Envelope(RevisitLogItemSchema), ...errorsOf(TOKEN_ERRORS, codes) });

/**
 * Writing follow-ups. Registered as its own encapsulated plugin so the fields-only multipart parser applies
 * to these routes alone. `/revisit_logs/new_index` and `/revisit_logs/reminders` are static routes and win
 * over `/revisit_logs/:id` in Fastify's router.
 */
export function revisitLogWriteRoutes(ctx: AppContext) {
  return async function plugin(fastify: FastifyInstance): Promise<void> {
    acceptMultipartFields(fastify);
    const app = typed(fastify);
    app.post(
      '/api/v2/revisit_logs',
      { schema: { tags: ['revisit_logs'], summary: '新建跟进 — create a follow-up', body: WriteBody, response: item(100409) } },
      (request) => {
        const c = ctxOf(request);
        const input = parseRevisitLogInput(request.body, c.organization.timeZone, 'create');
        return createRevisitLog(ctx, c, input, { body: request.body, idempotencyKey: idempotencyKeyOf(request) }).then(ok);
      },
    );
    app.get(
      '/api/v2/revisit_logs/:id',
      { schema: { tags: ['revisit_logs'], summary: '跟进详情 — one follow-up', params: IdParams, response: item(100100) } },
      (request) => showRevisitLog(ctx, ctxOf(request), request.params.id).then(ok),
    );
    const updateSchema = { tags: ['revisit_logs'], summary: '编辑跟进 — update a follow-up', params: IdParams, body: WriteBody, response: item(100100, 100403) };
    for (const [method, summary] of [
      ['PUT', updateSchema.summary],
      // IKCRM clients update with POST as well.
      ['POST', '编辑跟进 (POST form of the update)'],
    ] as const) {
      app.route({
        method,
        url: '/api/v2/revisit_logs/:id',
        schema: { ...updateSchema, summary },
        handler: (request) => {
          const c = ctxOf(request);
          return updateRevisitLogById(ctx, c, request.params.id, parseRevisitLogInput(request.body, c.organization.timeZone, 'update')).then(ok);
        },
      });
    }
    app.delete(
      '/api/v2/revisit_logs/:id',
      {
        schema: {
          tags: ['revisit_logs'],
          summary: '删除跟进 — soft delete',
          params: IdParams,
          response: { 200: Envelope(IdOnly), ...errorsOf(TOKEN_ERRORS, 100100, 100403) },
        },
      },
      (request) => deleteRevisitLog(ctx, ctxOf(request), request.params.id).then(ok),
    );
    app.get(
      '/api/v2/revisit_logs/reminders',
      {
        schema: {
          tags: ['revisit_logs'],
          summary: '跟进提醒 — my follow-ups with reminders, soonest first (default: from today on)',
          querystring: RevisitLogListQuerySchema,
          response: { 200: RevisitLogListResponse, ...errorsOf(TOKEN_ERRORS) },
        },
      },
      (request) => {
        const c = ctxOf(request);
        return listReminders(ctx, c, parseReminderQuery(request.query, c.now, c.organization.timeZone)).then(ok);
      },
    );
    commentRoutes(fastify, ctx);
  };
}
