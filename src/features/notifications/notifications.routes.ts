import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { parsePaging } from '../../domain/paging.ts';
import { requiredId } from '../../domain/params.ts';
import { ok } from '../../http/envelope.ts';
import { errorsOf, TOKEN_ERRORS } from '../../http/route-errors.ts';
import { typed } from '../../http/type-provider.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { Envelope, ID_SEGMENT, QueryValue } from '../../http/schemas.ts';
import { IdParams } from '../directory/directory.schemas.ts';
import { NotificationSchema } from './notifications.schemas.ts';
import { listNotifications, readAllNotifications, readNotification } from './notifications.service.ts';

const strict = { additionalProperties: false } as const;
const PageResponse = Envelope(
  Type.Object(
    {
      notifications: Type.Array(NotificationSchema),
      unread_count: Type.Integer(),
      total_count: Type.Integer(),
      has_next_page: Type.Boolean(),
      per_page: Type.Integer(),
      page: Type.Integer(),
    },
    strict,
  ),
);
const tags = ['notifications'];

export function notificationRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  app.get(
    '/api/v2/notifications',
    {
      schema: {
        tags,
        summary: 'my notifications (reminders due, mentions), unread first',
        querystring: Type.Object({ page: Type.Optional(QueryValue), per_page: Type.Optional(QueryValue) }, { additionalProperties: true }),
        response: { 200: PageResponse, ...errorsOf(TOKEN_ERRORS) },
      },
    },
    (request) => listNotifications(ctx, ctxOf(request), parsePaging(request.query)).then(ok),
  );
  app.post('/api/v2/notifications/read_all', { schema: { tags, summary: 'mark all my notifications read', response: { 200: Envelope(Type.Object({ updated: Type.Integer() }, strict)), ...errorsOf(TOKEN_ERRORS) } } }, (request) =>
    readAllNotifications(ctx, ctxOf(request)).then(ok),
  );
  app.post(
    `/api/v2/notifications/${ID_SEGMENT}/read`,
    { schema: { tags, summary: 'mark one notification read', params: IdParams, response: { 200: Envelope(NotificationSchema), ...errorsOf(TOKEN_ERRORS, 100100) } } },
    (request) => readNotification(ctx, ctxOf(request), requiredId('id', request.params.id)).then(ok),
  );
}
