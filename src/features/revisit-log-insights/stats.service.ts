import type { AppContext } from '../../app-context.ts';
import { missingParameter } from '../../domain/errors.ts';
import { REFER_TYPE_DISPLAY, type LoggableType } from '../../domain/loggable.ts';
import { flag, oneOf, text } from '../../domain/params.ts';
import { bucketKey, bucketsBetween, localDayNumber, monthStarts, offsetSegments, type TimeUnit } from '../../domain/time-buckets.ts';
import type { RequestCtx } from '../../request-context.ts';
import { findOptionsByIds } from '../field-options/field-options.repository.ts';
import type { StatsParams } from './insights.schemas.ts';
import { criteriaOf, scopeOf } from '../revisit-logs/list-criteria.ts';
import { parseRevisitLogListQuery } from '../revisit-logs/list-query.ts';
import type { RevisitLogCriteria, RevisitLogScope } from '../revisit-logs/revisit-logs.repository.ts';
import { countByGroup, findDepartmentsByIds, findRootDepartment, findUserNames, timeSpan, type GroupCountRow, type GroupSql } from './stats.repository.ts';

export const GROUP_BY_VALUES = ['user', 'department', 'day', 'week', 'month', 'category', 'loggable_type'] as const;
export type GroupBy = (typeof GROUP_BY_VALUES)[number];

export interface StatsGroup {
  key: string;
  name: string;
  count: number;
  entities: number;
}

export interface RevisitLogStats {
  groups: StatsGroup[];
  total: number;
}

function parseGroupBy(value: unknown): GroupBy {
  if (text('group_by', value) === undefined) throw missingParameter('group_by');
  return oneOf('group_by', value, GROUP_BY_VALUES)!;
}

const isTimeUnit = (g: GroupBy): g is TimeUnit => g === 'day' || g === 'week' || g === 'month';

/**
 * Time groups: every day/week/month of the period in the organization's zone, empty ones included. An open
 * period spans the matching follow-ups (one more query); with none there is nothing to list.
 */
async function timeGroups(app: AppContext, ctx: RequestCtx, unit: TimeUnit, scope: RevisitLogScope, criteria: RevisitLogCriteria): Promise<StatsGroup[]> {
  const { db } = app.database;
  const zone = ctx.organization.timeZone;
  let { from, until } = criteria.period;
  if (from === undefined || until === undefined) {
    const span = await timeSpan(db, scope, criteria);
    from ??= span?.min;
    until ??= span ? span.max + 1 : undefined;
  }
  if (from === undefined || until === undefined || from >= until) return [];
  const firstDay = localDayNumber(from, zone);
  const lastDay = localDayNumber(until - 1, zone);
  const segments = offsetSegments(from, until, zone);
  const group: GroupSql = unit === 'month' ? { kind: 'month', segments, monthStarts: monthStarts(firstDay, lastDay) } : { kind: unit, segments };
  const counted = new Map((await countByGroup(db, scope, criteria, group)).map((r) => [Number(r.key), r]));
  return bucketsBetween(unit, firstDay, lastDay).map((bucket) => {
    const key = bucketKey(unit, bucket);
    const row = counted.get(bucket);
    return { key, name: key, count: row?.count ?? 0, entities: row?.entities ?? 0 };
  });
}

async function departmentGroup(app: AppContext, ctx: RequestCtx, rawQuery: StatsParams, departmentIds: number[] | undefined): Promise<GroupSql> {
  // Roll-up is asked for explicitly; the filter's own default (subtrees included) does not imply it.
  if (flag('include_sub_departments', rawQuery.include_sub_departments) !== true) return { kind: 'department' };
  const { db } = app.database;
  const asked = departmentIds?.length === 1 ? (await findDepartmentsByIds(db, ctx.organization.id, departmentIds))[0] : undefined;
  const anchor = asked ?? (await findRootDepartment(db, ctx.organization.id));
  return anchor ? { kind: 'department_rollup', anchor } : { kind: 'department' };
}

async function namesOf(app: AppContext, ctx: RequestCtx, groupBy: GroupBy, rows: GroupCountRow[]): Promise<Map<string, string>> {
  const { db } = app.database;
  const orgId = ctx.organization.id;
  const ids = rows.flatMap((r) => (r.key === null ? [] : [Number(r.key)]));
  switch (groupBy) {
    case 'user':
      return new Map((await findUserNames(db, orgId, ids)).map((u) => [String(u.id), u.name]));
    case 'department':
      return new Map((await findDepartmentsByIds(db, orgId, ids)).map((d) => [String(d.id), d.name]));
    case 'category': {
      const options = await findOptionsByIds(db, orgId, ids);
      const names = new Map(options.map((o) => [String(o.id), ctx.locale === 'en' ? (o.name_en ?? o.name) : o.name]));
      names.set('', ctx.locale === 'en' ? 'Uncategorized' : '未分类');
      return names;
    }
    case 'loggable_type':
    case 'day':
    case 'week':
    case 'month':
      return new Map(rows.map((r) => [String(r.key), REFER_TYPE_DISPLAY[r.key as LoggableType]?.[ctx.locale] ?? String(r.key)]));
  }
}

/**
 * `GET /api/v2/revisit_logs/stats`: new_index's filters and scope, grouped. Each follow-up lands in exactly one
 * group, so the counts add up to new_index's total_count for the same filters.
 */
export async function revisitLogStats(app: AppContext, ctx: RequestCtx, rawQuery: StatsParams): Promise<RevisitLogStats> {
  const groupBy = parseGroupBy(rawQuery.group_by);
  const query = parseRevisitLogListQuery(rawQuery, ctx.now, ctx.organization.timeZone);
  const criteria = await criteriaOf(app, ctx, query);
  const scope = scopeOf(ctx);
  let groups: StatsGroup[];
  if (isTimeUnit(groupBy)) {
    groups = await timeGroups(app, ctx, groupBy, scope, criteria);
  } else {
    const group: GroupSql = groupBy === 'department' ? await departmentGroup(app, ctx, rawQuery, query.departmentIds) : { kind: groupBy };
    const rows = await countByGroup(app.database.db, scope, criteria, group);
    const names = await namesOf(app, ctx, groupBy, rows);
    groups = rows
      .map((r) => {
        const key = r.key === null ? '' : String(r.key);
        return { key, name: names.get(key) ?? '', count: r.count, entities: r.entities };
      })
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, 'en', { numeric: true }));
  }
  return { groups, total: groups.reduce((sum, g) => sum + g.count, 0) };
}
