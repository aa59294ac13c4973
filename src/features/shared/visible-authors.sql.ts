import { sql, type Expression, type SqlBool } from 'kysely';
import { escapeLike } from '../../db/dialect/types.ts';
import type { VisibleAuthors } from '../../domain/visibility.ts';

/**
 * The SQL form of a data scope: a condition on an author/owner column (`revisit_logs.user_id`,
 * `customers.user_id`, …). Department scopes are a subquery on users, so moving a user or a department takes
 * effect at once (nothing is copied onto the records).
 */
export function authorIsVisible(
  authorColumn: Expression<number>,
  organizationId: number,
  visible: VisibleAuthors,
): Expression<SqlBool> {
  switch (visible.kind) {
    case 'all':
      return sql<SqlBool>`1 = 1`;
    case 'user':
      return sql<SqlBool>`${authorColumn} = ${visible.userId}`;
    case 'department':
      return sql<SqlBool>`${authorColumn} in (select u.id from users u where u.organization_id = ${organizationId} and u.department_id = ${visible.departmentId})`;
    case 'subtree':
      return usersInSubtree(authorColumn, organizationId, visible.pathPrefix);
  }
}

/** Authors whose department is at or below the department with this materialized path. */
export function usersInSubtree(authorColumn: Expression<number>, organizationId: number, pathPrefix: string): Expression<SqlBool> {
  return sql<SqlBool>`${authorColumn} in (select u.id from users u inner join departments d on d.id = u.department_id where u.organization_id = ${organizationId} and d.path like ${escapeLike(pathPrefix) + '%'} escape '\\')`;
}
