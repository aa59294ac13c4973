import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { ok } from '../../http/envelope.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { StatsQuerySchema, StatsResponse } from './insights.schemas.ts';
import { revisitLogStats } from './stats.service.ts';

/** Statistics and export over new_index's filters (static paths: they win over `/revisit_logs/:id`). */
export function revisitLogInsightRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v2/revisit_logs/stats',
    { schema: { tags: ['revisit_logs'], summary: '跟进统计 — follow-ups counted per group', querystring: StatsQuerySchema, response: { 200: StatsResponse } } },
    (request) => revisitLogStats(ctx, ctxOf(request), request.query as Record<string, unknown>).then(ok),
  );
}
