import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { ok } from '../../http/envelope.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { RevisitLogListQuerySchema, RevisitLogListResponse } from './revisit-logs.schemas.ts';
import { listRevisitLogs } from './revisit-logs.service.ts';

export function revisitLogRoutes(app: FastifyInstance, ctx: AppContext): void {
  const listSchema = {
    tags: ['revisit_logs'],
    summary: '跟进列表 — follow-ups, newest first, filtered and paged',
    querystring: RevisitLogListQuerySchema,
    response: { 200: RevisitLogListResponse },
  };
  app.get('/api/v2/revisit_logs/new_index', { schema: listSchema }, (request) =>
    listRevisitLogs(ctx, ctxOf(request), request.query as Record<string, unknown>).then(ok),
  );
  // The older index endpoint is still called by some clients (README: client compatibility): same contract.
  app.get('/api/v2/revisit_logs', { schema: { ...listSchema, summary: '跟进列表 (older path, same as new_index)' } }, (request) =>
    listRevisitLogs(ctx, ctxOf(request), request.query as Record<string, unknown>).then(ok),
  );
}
