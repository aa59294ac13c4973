import type { AppContext } from '../../app-context.ts';
import { offsetOf, pageInfo, type PageInfo } from '../../domain/paging.ts';
import type { RequestCtx } from '../../request-context.ts';
import { criteriaOf, scopeOf } from './list-criteria.ts';
import type { RevisitLogListQuery } from './list-query.ts';
import { presentRevisitLogs, type PresentContext } from './revisit-log.presenter.ts';
import { loadRevisitLogBundle } from './revisit-logs.loader.ts';
import { countRevisitLogs } from './list-count.repository.ts';
import { findRevisitLogPage } from './revisit-logs.repository.ts';
import type { RevisitLogItem } from './revisit-logs.schemas.ts';

export interface RevisitLogPage extends PageInfo {
  revisit_logs: RevisitLogItem[];
}

export function presentContextOf(app: AppContext, ctx: RequestCtx): PresentContext {
  return { baseUrl: ctx.baseUrl, signer: app.urlSigner, timeZone: ctx.organization.timeZone, now: ctx.now, locale: ctx.locale };
}

/**
 * `GET /api/v2/revisit_logs/new_index`: filters intersected with the caller's data scope, newest first,
 * an exact total. A constant number of queries per page: department paths (when filtered), page, count,
 * and the batched loads of the bundle.
 */
export async function listRevisitLogs(app: AppContext, ctx: RequestCtx, query: RevisitLogListQuery): Promise<RevisitLogPage> {
  const { db } = app.database;
  const criteria = await criteriaOf(app, ctx, query);
  const scope = scopeOf(ctx);
  const [rows, total] = await Promise.all([
    findRevisitLogPage(db, scope, criteria, { limit: query.paging.perPage, offset: offsetOf(query.paging) }),
    countRevisitLogs(db, scope, criteria),
  ]);
  const bundle = await loadRevisitLogBundle(db, ctx.organization.id, rows);
  return { revisit_logs: presentRevisitLogs(bundle, presentContextOf(app, ctx)), ...pageInfo(query.paging, total) };
}
