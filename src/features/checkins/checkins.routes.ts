import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { ok } from '../../http/envelope.ts';
import { acceptMultipartFields } from '../../http/multipart-fields.ts';
import { ctxOf, idempotencyKeyOf } from '../../http/request-meta.ts';
import { errorsOf, TOKEN_ERRORS } from '../../http/route-errors.ts';
import { ID_SEGMENT } from '../../http/schemas.ts';
import { IdParams } from '../directory/directory.schemas.ts';
import { typed } from '../../http/type-provider.ts';
import { parseCheckinInput, parseCheckinListQuery } from './checkin-input.ts';
import { CheckinListQuerySchema, CheckinListResponse, CheckinResponse, CheckinWriteBody } from './checkins.schemas.ts';
import { createCheckin, listCheckins, showCheckin } from './checkins.service.ts';

const tags = ['checkins'];

/** Check-ins (签到). Its own encapsulated plugin, like the follow-up writes, so fields-only multipart bodies apply here alone. */
export function checkinRoutes(ctx: AppContext) {
  return async function plugin(fastify: FastifyInstance): Promise<void> {
    acceptMultipartFields(fastify);
    const app = typed(fastify);
    app.post(
      '/api/v2/checkins',
      { schema: { tags, summary: '签到 — check in (with an entity it also writes a follow-up of category 签到)', body: CheckinWriteBody, response: { 200: CheckinResponse, ...errorsOf(TOKEN_ERRORS, 100409) } } },
      (request) =>
        createCheckin(ctx, ctxOf(request), parseCheckinInput(request.body), { body: request.body, idempotencyKey: idempotencyKeyOf(request) }).then(ok),
    );
    app.get(
      '/api/v2/checkins',
      {
        schema: {
          tags,
          summary: '签到列表 — check-ins, newest first: date (default today), start_date/end_date, user_id, department_id, paging',
          querystring: CheckinListQuerySchema,
          response: { 200: CheckinListResponse, ...errorsOf(TOKEN_ERRORS) },
        },
      },
      (request) => {
        const c = ctxOf(request);
        return listCheckins(ctx, c, parseCheckinListQuery(request.query, c.now, c.organization.timeZone)).then(ok);
      },
    );
    app.get(
      `/api/v2/checkins/${ID_SEGMENT}`,
      { schema: { tags, summary: '签到详情 — one check-in', params: IdParams, response: { 200: CheckinResponse, ...errorsOf(TOKEN_ERRORS, 100100) } } },
      (request) => showCheckin(ctx, ctxOf(request), request.params.id).then(ok),
    );
  };
}
