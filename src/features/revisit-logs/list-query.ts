import { invalidParameter } from '../../domain/errors.ts';
import { parseKeywords } from '../../domain/keywords.ts';
import { parseLoggableType, type LoggableType } from '../../domain/loggable.ts';
import { parsePaging, type Paging } from '../../domain/paging.ts';
import { flag, idFilter, text, type Fields } from '../../domain/params.ts';
import { resolvePeriod, type InstantRange } from '../../domain/periods.ts';
import type { RevisitLogListParams } from './revisit-logs.schemas.ts';

/** What `new_index` was asked for, validated. Pure: no I/O, "now" and the zone come in. */
export interface RevisitLogListQuery {
  readonly paging: Paging;
  readonly period: InstantRange;
  readonly userIds?: number[] | undefined;
  readonly departmentIds?: number[] | undefined;
  readonly includeSubDepartments: boolean;
  readonly loggableType?: LoggableType | undefined;
  readonly loggableId?: number | undefined;
  readonly atMe: boolean;
  /** `q=`: words that must all occur (content, entity name or author name). */
  readonly keywords?: string[] | undefined;
  /** `category=`: category option ids (one, `a,b` or `category[]=`). */
  readonly categoryIds?: number[] | undefined;
  /** The parameters as sent, for custom-field filters (`<key>=`, `<key>_from=`): their names depend on stored definitions. */
  readonly customParams: Fields;
}

export function parseRevisitLogListQuery(query: RevisitLogListParams, now: number, zone: string): RevisitLogListQuery {
  const paging = parsePaging(query);
  const typeText = text('loggable_type', query.loggable_type);
  const loggableType = typeText ? parseLoggableType('loggable_type', typeText) : undefined;
  const loggableIds = idFilter('loggable_id', query.loggable_id);
  if (loggableIds && loggableIds.length > 1) throw invalidParameter('loggable_id', 'one id');
  const loggableId = loggableIds?.[0];
  if (loggableId !== undefined && !loggableType) {
    throw invalidParameter('loggable_type', 'lead, customer, opportunity, contract, contact (required with loggable_id)');
  }
  // One entity's timeline without a date is its whole history: a real client reads total_count as
  // "how many follow-ups this opportunity ever had".
  const period = resolvePeriod(
    {
      date: text('date', query.date),
      startDate: text('start_date', query.start_date),
      endDate: text('end_date', query.end_date),
      defaultPeriod: loggableId !== undefined ? 'all' : 'today',
    },
    now,
    zone,
  );
  return {
    paging,
    period,
    userIds: idFilter('user_id', query.user_id),
    departmentIds: idFilter('department_id', query.department_id),
    includeSubDepartments: flag('include_sub_departments', query.include_sub_departments) ?? true,
    loggableType,
    loggableId,
    atMe: flag('at_me', query.at_me) ?? false,
    keywords: parseKeywords('q', query.q),
    categoryIds: idFilter('category', query.category),
    customParams: query,
  };
}
