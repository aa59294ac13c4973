import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { ok } from '../../http/envelope.ts';
import { errorsOf, TOKEN_ERRORS } from '../../http/route-errors.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { typed } from '../../http/type-provider.ts';
import { parseRevisitLogListQuery } from './list-query.ts';
import type { RequestCtx } from '../../request-context.ts';
import { RevisitLogListQuerySchema, RevisitLogListResponse, type RevisitLogListParams } from './revisit-logs.schemas.ts';
import { listRevisitLogs } from './revisit-logs.service.ts';

export function revisitLogRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const listSchema = {
    tags: ['revisit_logs'],
    summary: '跟进列表 — follow-ups, newest first, filtered and paged',
    querystring: RevisitLogListQuerySchema,
    response: { 200: RevisitLogListResponse, ...errorsOf(TOKEN_ERRORS) },
  };
  const list = (request: { query: RevisitLogListParams; ctx?: RequestCtx | undefined }) => {
    const c = ctxOf(request);
    return listRevisitLogs(ctx, c, parseRevisitLogListQuery(request.query, c.now, c.organization.timeZone)).then(ok);
  };
  app.get('/api/v2/revisit_logs/new_index', { schema: listSchema }, list);
  // The older index endpoint is still called by some clients (README: client compatibility): same contract.
  app.get('/api/v2/revisit_logs', { schema: { ...listSchema, summary: '跟进列表 (older path, same as new_index)' } }, list);
}
