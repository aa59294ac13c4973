import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
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
