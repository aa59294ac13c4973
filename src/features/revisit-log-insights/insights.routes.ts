import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { ok } from '../../http/envelope.ts';
import { errorsOf, TOKEN_ERRORS } from '../../http/route-errors.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { typed } from '../../http/type-provider.ts';
import { contentDisposition } from '../../domain/file-names.ts';
import { exportRevisitLogs } from './export.service.ts';
import { ExportQuerySchema, ExportResponse, type ExportParams, StatsQuerySchema, StatsResponse } from './insights.schemas.ts';
import { revisitLogStats } from './stats.service.ts';

/** Statistics and export over new_index's filters (static paths: they win over `/revisit_logs/:id`). */
export function revisitLogInsightRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  app.get(
    '/api/v2/revisit_logs/stats',
    { schema: { tags: ['revisit_logs'], summary: '跟进统计 — follow-ups counted per group', querystring: StatsQuerySchema, response: { 200: StatsResponse, ...errorsOf(TOKEN_ERRORS) } } },
    (request) => revisitLogStats(ctx, ctxOf(request), request.query).then(ok),
  );
  // Untyped reply: the body is a stream, which the declared file types describe but TypeBox cannot type.
  fastify.get<{ Querystring: ExportParams }>(
    '/api/v2/revisit_logs/export',
    { schema: { tags: ['revisit_logs'], summary: '导出跟进 — every matching follow-up as CSV or XLSX, streamed', querystring: ExportQuerySchema, response: { 200: ExportResponse, ...errorsOf(TOKEN_ERRORS) } } },
    async (request, reply) => {
      const file = await exportRevisitLogs(ctx, ctxOf(request), request.query);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
}
