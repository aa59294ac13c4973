import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { InstantRange } from '../../domain/periods.ts';
import { splitByUtcDays, type UtcDaySplit } from '../../domain/utc-days.ts';
import { authorIsVisible } from '../shared/visible-authors.sql.ts';
import { departmentCondition, whereOf, type RevisitLogCriteria, type RevisitLogScope } from './revisit-logs.repository.ts';

/**
 * The list's exact total. Filters that select by date and author only (the data scope, user_id,
 * department_id) are answered from the daily roll-ups (migration 2026-12-03T04-00-00, kept by triggers in
 * every write's transaction): the sum over the whole UTC days inside the range, plus row counts of the
 * partial days at its edges and of the viewer's own drafts (which the list shows them and the roll-up,
 * shared by every viewer, leaves out). Any other filter (entity, category, q, custom fields, at_me) counts
 * rows. Either way one statement, so a page keeps its constant number of queries.
 */
export async function countRevisitLogs(db: Db, scope: RevisitLogScope, criteria: RevisitLogCriteria): Promise<number> {
  const split = byAuthorAndDateOnly(criteria) ? splitByUtcDays(criteria.period) : undefined;
  const row = split ? await countFromDayCounts(db, scope, criteria, split) : await countRows(db, scope, criteria).executeTakeFirstOrThrow();
  return Number(row.n);
}

function byAuthorAndDateOnly(c: RevisitLogCriteria): boolean {
  return (
    !c.atMe &&
    c.loggableType === undefined &&
    c.loggableId === undefined &&
    c.keywords === undefined &&
    c.categoryIds === undefined &&
    (c.custom === undefined || c.custom.length === 0)
  );
}

function countRows(db: Db, scope: RevisitLogScope, criteria: RevisitLogCriteria, extra?: (author: Expression<number>) => Expression<SqlBool>) {
  return db
    .selectFrom('revisit_logs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => (extra ? eb.and([whereOf(eb, scope, criteria), extra(eb.ref('revisit_logs.user_id'))]) : whereOf(eb, scope, criteria)));
}

function instantsOf(days: UtcDaySplit['days']): InstantRange {
  return {
    ...(days.from !== undefined ? { from: days.from * 86_400_000 } : {}),
    ...(days.until !== undefined ? { until: days.until * 86_400_000 } : {}),
  };
}

/** Scope `all` with no author filter sums the organization's row per day; anything else its authors' rows. */
function daySum(db: Db, scope: RevisitLogScope, c: RevisitLogCriteria, days: UtcDaySplit['days']) {
  if (scope.visible.kind === 'all' && !c.userIds && !c.departments) {
    let q = db
      .selectFrom('revisit_log_org_day_counts')
      .select(sql<number>`coalesce(sum(revisit_log_org_day_counts.count), 0)`.as('n'))
      .where('revisit_log_org_day_counts.organization_id', '=', scope.organizationId);
    if (days.from !== undefined) q = q.where('revisit_log_org_day_counts.day', '>=', days.from);
    if (days.until !== undefined) q = q.where('revisit_log_org_day_counts.day', '<', days.until);
    return q;
  }
  return db
    .selectFrom('revisit_log_day_counts')
    .select(sql<number>`coalesce(sum(revisit_log_day_counts.count), 0)`.as('n'))
    .where((eb) => {
      const author = eb.ref('revisit_log_day_counts.user_id');
      const conditions: Expression<SqlBool>[] = [
        eb('revisit_log_day_counts.organization_id', '=', scope.organizationId),
        authorIsVisible(author, scope.organizationId, scope.visible),
      ];
      if (days.from !== undefined) conditions.push(eb('revisit_log_day_counts.day', '>=', days.from));
      if (days.until !== undefined) conditions.push(eb('revisit_log_day_counts.day', '<', days.until));
      if (c.userIds) conditions.push(eb('revisit_log_day_counts.user_id', 'in', c.userIds));
      if (c.departments) conditions.push(departmentCondition(author, scope.organizationId, c.departments));
      return eb.and(conditions);
    });
}

async function countFromDayCounts(db: Db, scope: RevisitLogScope, criteria: RevisitLogCriteria, split: UtcDaySplit) {
  const parts: Expression<unknown>[] = [daySum(db, scope, criteria, split.days)];
  for (const edge of [split.head, split.tail]) if (edge) parts.push(countRows(db, scope, { ...criteria, period: edge }));
  // The viewer's drafts over the whole days: the edges' row counts already include them.
  parts.push(
    countRows(db, scope, { ...criteria, period: instantsOf(split.days) }, (author) =>
      sql<SqlBool>`${author} = ${scope.viewerId} and revisit_logs.is_draft = 1`,
    ),
  );
  const total = sql.join(
    parts.map((p) => sql`(${p})`),
    sql` + `,
  );
  return db.selectNoFrom(sql<number>`${total}`.as('n')).executeTakeFirstOrThrow();
}
