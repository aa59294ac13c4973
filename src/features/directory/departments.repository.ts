import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DepartmentsTable } from '../../db/schema/index.ts';
import { childPath, pathDepth } from '../../domain/visibility.ts';

export type DepartmentRow = Selectable<DepartmentsTable>;

export async function findDepartment(db: Db, organizationId: number, id: number): Promise<DepartmentRow | undefined> {
  return db
    .selectFrom('departments')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts a department and sets its materialized path (which needs its id). Run inside a transaction. */
export async function insertDepartment(
  db: Db,
  input: { organizationId: number; name: string; parent?: DepartmentRow; position?: number; now: number },
): Promise<DepartmentRow> {
  const inserted = await db
    .insertInto('departments')
    .values({
      organization_id: input.organizationId,
      parent_id: input.parent?.id ?? null,
      name: input.name,
      path: '/pending/',
      depth: 0,
      position: input.position ?? 0,
      created_at: input.now,
      updated_at: input.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const path = childPath(input.parent?.path, inserted.id);
  return db
    .updateTable('departments')
    .set({ path, depth: pathDepth(path) })
    .where('id', '=', inserted.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findRootDepartment(db: Db, organizationId: number): Promise<DepartmentRow | undefined> {
  return db
    .selectFrom('departments')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('parent_id', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
}
