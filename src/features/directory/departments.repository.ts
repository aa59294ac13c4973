import { sql, type Selectable, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import { escapeLike, type DialectOps } from '../../db/dialect/types.ts';
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

/**
 * Locks the organization's whole department tree until the transaction ends. Every change that reads paths
 * and writes from them (a move, its cycle check, a new child's path) takes it first and only then reads, so
 * two concurrent moves cannot each pass the cycle check against the other's old paths.
 */
export async function lockDepartmentTree(db: Db, ops: DialectOps, organizationId: number): Promise<void> {
  await ops.forUpdate(db.selectFrom('departments').select('id').where('organization_id', '=', organizationId)).execute();
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

export async function listDepartments(db: Db, organizationId: number): Promise<DepartmentRow[]> {
  return db
    .selectFrom('departments')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('path')
    .execute();
}

export async function renameDepartment(db: Db, organizationId: number, id: number, name: string, now: number): Promise<void> {
  await db
    .updateTable('departments')
    .set({ name, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

/**
 * Re-parents a department and rewrites the materialized path and depth of its whole subtree in one
 * statement (run it inside the caller's transaction together with the parent change).
 */
export async function moveDepartmentSubtree(
  db: Db,
  input: { organizationId: number; department: DepartmentRow; newParent: DepartmentRow; now: number },
): Promise<void> {
  const oldPrefix = input.department.path;
  const newPrefix = childPath(input.newParent.path, input.department.id);
  const depthDelta = pathDepth(newPrefix) - pathDepth(oldPrefix);
  await db
    .updateTable('departments')
    .set({ parent_id: input.newParent.id, updated_at: input.now })
    .where('organization_id', '=', input.organizationId)
    .where('id', '=', input.department.id)
    .execute();
  await db
    .updateTable('departments')
    .set({
      path: sql<string>`${newPrefix} || substr(path, ${oldPrefix.length + 1})`,
      depth: sql<number>`depth + ${depthDelta}`,
    })
    .where('organization_id', '=', input.organizationId)
    .where(sql<SqlBool>`path like ${escapeLike(oldPrefix) + '%'} escape '\\'`)
    .execute();
}

export async function departmentOccupancy(db: Db, organizationId: number, id: number): Promise<{ children: number; users: number }> {
  const children = await db
    .selectFrom('departments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('parent_id', '=', id)
    .executeTakeFirst();
  const users = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('department_id', '=', id)
    .executeTakeFirst();
  return { children: Number(children?.n ?? 0), users: Number(users?.n ?? 0) };
}

export async function deleteDepartment(db: Db, organizationId: number, id: number): Promise<void> {
  await db.deleteFrom('departments').where('organization_id', '=', organizationId).where('id', '=', id).execute();
}
