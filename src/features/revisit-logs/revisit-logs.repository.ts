import { sql, type Expression, type ExpressionBuilder, type Selectable, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import { escapeLike } from '../../db/dialect/types.ts';
import type { Database, RevisitLogsTable } from '../../db/schema/index.ts';
import type { LoggableType } from '../../domain/loggable.ts';
import type { InstantRange } from '../../domain/periods.ts';
import type { VisibleAuthors } from '../../domain/visibility.ts';
import { authorIsVisible } from '../shared/visible-authors.sql.ts';
import { customFieldMatches, type CustomFieldCondition } from '../custom-fields/custom-fields.repository.ts';
import { keywordCondition, type KeywordFilter } from './keyword-filter.sql.ts';

export type RevisitLogRow = Selectable<RevisitLogsTable>;

export interface RevisitLogScope {
  organizationId: number;
  viewerId: number;
  visible: VisibleAuthors;
}

export interface RevisitLogCriteria {
  period: InstantRange;
  userIds?: number[] | undefined;
  /** Materialized paths of the departments asked for; with `subtree` each covers everything below it. */
  departments?: { ids: number[]; paths: string[]; subtree: boolean } | undefined;
  loggableType?: LoggableType | undefined;
  loggableId?: number | undefined;
  /** Only follow-ups that mention the viewer; being mentioned grants read access beyond the data scope. */
  atMe: boolean;
  /** Custom-field filters (`text_asset_1a2b=…`, `numeric_asset_…_from=…`). */
  custom?: readonly CustomFieldCondition[] | undefined;
  keywords?: KeywordFilter | undefined;
  categoryIds?: number[] | undefined;
}

type Eb = ExpressionBuilder<Database, 'revisit_logs'>;

/** The list's conditions: stats and export count and read exactly what new_index lists. */
export function whereOf(eb: Eb, scope: RevisitLogScope, c: RevisitLogCriteria): Expression<SqlBool> {
  const author = eb.ref('revisit_logs.user_id');
  const conditions: Expression<SqlBool>[] = [
    eb('revisit_logs.organization_id', '=', scope.organizationId),
    eb('revisit_logs.deleted_at', 'is', null),
    // Drafts are private to their author.
    eb.or([eb('revisit_logs.is_draft', '=', 0), eb('revisit_logs.user_id', '=', scope.viewerId)]),
  ];
  if (c.atMe) {
    conditions.push(
      eb(
        'revisit_logs.id',
        'in',
        eb
          .selectFrom('revisit_log_at_users')
          .select('revisit_log_at_users.revisit_log_id')
          .where('revisit_log_at_users.organization_id', '=', scope.organizationId)
          .where('revisit_log_at_users.user_id', '=', scope.viewerId),
      ),
    );
  } else {
    conditions.push(authorIsVisible(author, scope.organizationId, scope.visible));
  }
  if (c.period.from !== undefined) conditions.push(eb('revisit_logs.real_revisit_at', '>=', c.period.from));
  if (c.period.until !== undefined) conditions.push(eb('revisit_logs.real_revisit_at', '<', c.period.until));
  if (c.userIds) conditions.push(eb('revisit_logs.user_id', 'in', c.userIds));
  if (c.departments) conditions.push(departmentCondition(author, scope.organizationId, c.departments));
  if (c.loggableType) conditions.push(eb('revisit_logs.loggable_type', '=', c.loggableType));
  if (c.loggableId !== undefined) conditions.push(eb('revisit_logs.loggable_id', '=', c.loggableId));
  for (const custom of c.custom ?? []) conditions.push(customFieldMatches(eb.ref('revisit_logs.id'), custom));
  if (c.categoryIds) conditions.push(eb('revisit_logs.category', 'in', c.categoryIds));
  if (c.keywords) conditions.push(keywordCondition(scope.organizationId, c.keywords));
  return eb.and(conditions);
}

export function departmentCondition(
  author: Expression<number>,
  organizationId: number,
  departments: NonNullable<RevisitLogCriteria['departments']>,
): Expression<SqlBool> {
  if (departments.ids.length === 0) return sql<SqlBool>`1 = 0`;
  if (!departments.subtree) {
    return sql<SqlBool>`${author} in (select u.id from users u where u.organization_id = ${organizationId} and u.department_id in (${sql.join(departments.ids)}))`;
  }
  const prefixes = departments.paths.map((p) => sql`d.path like ${escapeLike(p) + '%'} escape '\\'`);
  return sql<SqlBool>`${author} in (select u.id from users u inner join departments d on d.id = u.department_id where u.organization_id = ${organizationId} and (${sql.join(prefixes, sql` or `)}))`;
}

/**
 * One page of follow-ups, newest first by (real_revisit_at, id): a stable order across pages. A deferred join:
 * the offset is walked in the subquery, which needs only index columns (the live timeline index covers the
 * filters), and only the page's rows are read whole — page 500 used to read 10,000 wide rows (content) to
 * throw them away.
 */
export async function findRevisitLogPage(
  db: Db,
  scope: RevisitLogScope,
  criteria: RevisitLogCriteria,
  page: { limit: number; offset: number },
): Promise<RevisitLogRow[]> {
  const pageIds = db
    .selectFrom('revisit_logs')
    .select('revisit_logs.id')
    .where((eb) => whereOf(eb, scope, criteria))
    .orderBy('revisit_logs.real_revisit_at', 'desc')
    .orderBy('revisit_logs.id', 'desc')
    .limit(page.limit)
    .offset(page.offset);
  return db
    .selectFrom('revisit_logs')
    .selectAll('revisit_logs')
    .where('revisit_logs.organization_id', '=', scope.organizationId)
    .where('revisit_logs.id', 'in', pageIds)
    .orderBy('revisit_logs.real_revisit_at', 'desc')
    .orderBy('revisit_logs.id', 'desc')
    .execute();
}

/** Departments of the organization by id (unknown and other tenants' ids are simply absent). */
export async function findDepartmentPaths(db: Db, organizationId: number, ids: number[]): Promise<{ id: number; path: string }[]> {
  return db.selectFrom('departments').select(['id', 'path']).where('organization_id', '=', organizationId).where('id', 'in', ids).execute();
}
