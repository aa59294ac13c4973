import type { AppContext } from '../../app-context.ts';
import type { RequestCtx } from '../../request-context.ts';
import { customFieldConditions } from '../custom-fields/custom-field-values.ts';
import type { RevisitLogListQuery } from './list-query.ts';
import { findDepartmentPaths, type RevisitLogCriteria, type RevisitLogScope } from './revisit-logs.repository.ts';

export function scopeOf(ctx: RequestCtx): RevisitLogScope {
  return { organizationId: ctx.organization.id, viewerId: ctx.user.id, visible: ctx.visible };
}

/**
 * The repository's criteria for a parsed list query: one query for the department paths when filtered by
 * department. Shared by new_index, stats and export so the three always select the same follow-ups.
 */
export async function criteriaOf(
  app: AppContext,
  ctx: RequestCtx,
  query: RevisitLogListQuery,
): Promise<RevisitLogCriteria> {
  let departments: RevisitLogCriteria['departments'];
  if (query.departmentIds) {
    // Unknown or other tenants' departments simply match nothing: no error reveals whether they exist.
    const found = await findDepartmentPaths(app.database.db, ctx.organization.id, query.departmentIds);
    departments = { ids: found.map((d) => d.id), paths: found.map((d) => d.path), subtree: query.includeSubDepartments };
  }
  return {
    period: query.period,
    userIds: query.userIds,
    departments,
    loggableType: query.loggableType,
    loggableId: query.loggableId,
    atMe: query.atMe,
    keywords: query.keywords ? { terms: query.keywords, ops: app.database.ops } : undefined,
    categoryIds: query.categoryIds,
    custom: await customFieldConditions(app.database.db, { organizationId: ctx.organization.id, timeZone: ctx.organization.timeZone }, 'revisit_log', query.customParams),
  };
}
