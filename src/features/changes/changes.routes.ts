import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { ok } from '../../http/envelope.ts';
import { errorsOf, TOKEN_ERRORS } from '../../http/route-errors.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { typed } from '../../http/type-provider.ts';
import { ChangeFeedQuerySchema, ChangeFeedResponse } from './changes.schemas.ts';
import { parseChangeFeedQuery, readChangeFeed } from './changes.service.ts';

export function changeFeedRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  app.get(
    '/api/v2/revisit_logs/changes',
    {
      schema: {
        tags: ['revisit_logs'],
        summary: 'Change feed — every follow-up change in commit order, after an opaque cursor',
        querystring: ChangeFeedQuerySchema,
        response: { 200: ChangeFeedResponse, ...errorsOf(TOKEN_ERRORS) },
      },
    },
    (request) => readChangeFeed(ctx, ctxOf(request), parseChangeFeedQuery(request.query)).then(ok),
  );
}
