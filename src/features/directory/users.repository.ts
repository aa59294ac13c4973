import { sql, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { escapeLike, type DialectOps } from '../../db/dialect/types.ts';
import type { RolesTable, UsersTable } from '../../db/schema/index.ts';
import type { DataScope } from '../../domain/visibility.ts';

export type UserRow = Selectable<UsersTable>;
export type RoleRow = Selectable<RolesTable>;

export async function insertUser(db: Db, row: Insertable<UsersTable>): Promise<UserRow> {
  return db.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertRole(db: Db, row: Insertable<RolesTable>): Promise<RoleRow> {
  return db.insertInto('roles').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The organization's role for a scope and admin flag (the first created, i.e. the default one). */
export async function findRoleForScope(
  db: Db,
  organizationId: number,
  scope: DataScope,
  isAdmin: boolean,
): Promise<RoleRow | undefined> {
  return db
    .selectFrom('roles')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('data_scope', '=', scope)
    .where('is_admin', '=', isAdmin ? 1 : 0)
    .orderBy('id')
    .executeTakeFirst();
}

export async function findUserByLogin(db: Db, organizationId: number, login: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('login', '=', login)
    .executeTakeFirst();
}

/** A user with what the directory shape shows beside it (department, role, organization, superior). */
export interface DirectoryUserRow
  extends Omit<UserRow, 'password_hash' | 'third_userid' | 'third_dept_id' | 'updated_at'> {
  department_name: string;
  department_path: string;
  role_name: string;
  data_scope: DataScope;
  is_admin: number;
  organization_name: string;
  superior_name: string | null;
}

export interface UserFilter {
  organizationId: number;
  userIds?: readonly number[] | undefined;
  /** Materialized path of a department: the department and everything below it. */
  departmentPath?: string | undefined;
  name?: string | undefined;
  phone?: string | undefined;
  includeDisabled?: boolean | undefined;
}

export type UserSort = 'id' | 'created_at' | 'updated_at' | 'name';

function directoryUsers(db: Db, ops: DialectOps, filter: UserFilter) {
  let query = db
    .selectFrom('users')
    .innerJoin('departments', (j) => j.onRef('departments.id', '=', 'users.department_id').onRef('departments.organization_id', '=', 'users.organization_id'))
    .innerJoin('roles', (j) => j.onRef('roles.id', '=', 'users.role_id').onRef('roles.organization_id', '=', 'users.organization_id'))
    .innerJoin('organizations', 'organizations.id', 'users.organization_id')
    .leftJoin('users as superior', (j) => j.onRef('superior.id', '=', 'users.superior_id').onRef('superior.organization_id', '=', 'users.organization_id'))
    .where('users.organization_id', '=', filter.organizationId);
  if (!filter.includeDisabled) query = query.where('users.disabled_at', 'is', null);
  if (filter.userIds) query = query.where('users.id', 'in', filter.userIds.length ? [...filter.userIds] : [0]);
  if (filter.departmentPath) {
    query = query.where(sql<SqlBool>`departments.path like ${escapeLike(filter.departmentPath) + '%'} escape '\\'`);
  }
  if (filter.name) query = query.where(ops.containsInsensitive(sql.ref('users.name'), filter.name));
  if (filter.phone) query = query.where(ops.containsInsensitive(sql.ref('users.login'), filter.phone));
  return query;
}

const DIRECTORY_COLUMNS = [
  'users.id',
  'users.organization_id',
  'users.department_id',
  'users.role_id',
  'users.login',
  'users.email',
  'users.name',
  'users.avatar_url',
  'users.job',
  'users.tel',
  'users.gender',
  'users.uid',
  'users.superior_id',
  'users.workflow_state',
  'users.created_at',
  'users.disabled_at',
  'departments.name as department_name',
  'departments.path as department_path',
  'roles.name as role_name',
  'roles.data_scope',
  'roles.is_admin',
  'organizations.name as organization_name',
  'superior.name as superior_name',
] as const;

export async function findDirectoryUserPage(
  db: Db,
  ops: DialectOps,
  filter: UserFilter,
  page: { limit: number; offset: number; sort: UserSort; order: 'asc' | 'desc' },
): Promise<DirectoryUserRow[]> {
  return directoryUsers(db, ops, filter)
    .select(DIRECTORY_COLUMNS)
    .orderBy(`users.${page.sort}`, page.order)
    .orderBy('users.id', page.order)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countDirectoryUsers(db: Db, ops: DialectOps, filter: UserFilter): Promise<number> {
  const row = await directoryUsers(db, ops, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function findDirectoryUser(db: Db, organizationId: number, id: number): Promise<DirectoryUserRow | undefined> {
  return db
    .selectFrom('users')
    .innerJoin('departments', (j) => j.onRef('departments.id', '=', 'users.department_id').onRef('departments.organization_id', '=', 'users.organization_id'))
    .innerJoin('roles', (j) => j.onRef('roles.id', '=', 'users.role_id').onRef('roles.organization_id', '=', 'users.organization_id'))
    .innerJoin('organizations', 'organizations.id', 'users.organization_id')
    .leftJoin('users as superior', (j) => j.onRef('superior.id', '=', 'users.superior_id').onRef('superior.organization_id', '=', 'users.organization_id'))
    .select(DIRECTORY_COLUMNS)
    .where('users.organization_id', '=', organizationId)
    .where('users.id', '=', id)
    .executeTakeFirst();
}

/** Enabled users as id + name, in id order; a page of them when `page` is given. */
export async function listSimpleUsers(
  db: Db,
  ops: DialectOps,
  filter: UserFilter,
  page?: { limit: number; offset: number },
): Promise<{ id: number; name: string }[]> {
  let query = directoryUsers(db, ops, filter).select(['users.id', 'users.name']).orderBy('users.id');
  if (page) query = query.limit(page.limit).offset(page.offset);
  return query.execute();
}

/** Enabled users per department (for the department list's counts). */
export async function countUsersByDepartment(db: Db, organizationId: number): Promise<{ department_id: number; n: number }[]> {
  const rows = await db
    .selectFrom('users')
    .select(['department_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', '=', organizationId)
    .where('disabled_at', 'is', null)
    .groupBy('department_id')
    .execute();
  return rows.map((r) => ({ department_id: r.department_id, n: Number(r.n) }));
}

export async function findUser(db: Db, organizationId: number, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function findRole(db: Db, organizationId: number, id: number): Promise<RoleRow | undefined> {
  return db.selectFrom('roles').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function listRoles(db: Db, organizationId: number): Promise<RoleRow[]> {
  return db.selectFrom('roles').selectAll().where('organization_id', '=', organizationId).orderBy('id').execute();
}

export async function updateUser(db: Db, organizationId: number, id: number, changes: Updateable<UsersTable>): Promise<void> {
  await db.updateTable('users').set(changes).where('organization_id', '=', organizationId).where('id', '=', id).execute();
}

/** Revokes every live token of a user (a disabled account must not come back to life with old tokens). */
export async function revokeUserTokens(db: Db, userId: number, now: number): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}
