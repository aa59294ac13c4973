import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import { AppError, invalidParameter } from '../../domain/errors.ts';
import { isDataScope } from '../../domain/visibility.ts';
import { hashPassword } from '../auth/passwords.ts';
import { findOrganizationByCorpId } from '../organizations/organizations.repository.ts';
import { findDepartment, findRootDepartment, insertDepartment, lockDepartmentTree } from './departments.repository.ts';
import { findRoleForScope, findUserByLogin, insertRole, insertUser, type UserRow } from './users.repository.ts';

export const MIN_PASSWORD_LENGTH = 8;

export function validateNewUser(input: { login: string; password: string; name: string }): void {
  if (!input.login.trim() || /\s/.test(input.login)) throw invalidParameter('login');
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw invalidParameter('password', `at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (!input.name.trim()) throw invalidParameter('name');
}

export function loginTaken(login: string): AppError {
  return new AppError('conflict', { zh: `登录名 ${login} 已存在`, en: `login ${login} already exists` });
}

/**
 * Runs a user creation whose "login free?" check can race with another creation of the same login: the
 * unique (organization_id, login) constraint decides, and losing that race is the same conflict, not a 500.
 */
export async function withLoginConflict<T>(app: AppContext, login: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (app.database.ops.isUniqueViolation(error)) throw loginTaken(login.trim());
    throw error;
  }
}

export async function createUserRecord(
  db: Db,
  input: {
    organizationId: number;
    departmentId: number;
    roleId: number;
    login: string;
    password: string;
    name: string;
    email?: string | null;
    now: number;
  },
): Promise<UserRow> {
  const login = input.login.trim();
  const email = input.email ?? (login.includes('@') ? login : null);
  return insertUser(db, {
    organization_id: input.organizationId,
    department_id: input.departmentId,
    role_id: input.roleId,
    login,
    email,
    name: input.name.trim(),
    password_hash: await hashPassword(input.password),
    workflow_state: 'organization_staff',
    created_at: input.now,
    updated_at: input.now,
  });
}

async function organizationOf(app: AppContext, corpId: string) {
  const org = await findOrganizationByCorpId(app.database.db, corpId);
  if (!org) throw invalidParameter('corp_id', 'an existing organization code');
  return org;
}

export async function addDepartment(
  app: AppContext,
  input: { corpId: string; name: string; parentId?: number | undefined },
): Promise<{ id: number; path: string }> {
  const name = input.name.trim();
  if (!name) throw invalidParameter('name');
  const org = await organizationOf(app, input.corpId);
  const { db } = app.database;
  return db.transaction().execute(async (trx) => {
    await lockDepartmentTree(trx, app.database.ops, org.id);
    // Without a parent the department goes under the organization's root: an organization has one tree.
    const parent =
      input.parentId !== undefined ? await findDepartment(trx, org.id, input.parentId) : await findRootDepartment(trx, org.id);
    if (!parent) throw invalidParameter('parent', 'a department id of this organization');
    const row = await insertDepartment(trx, { organizationId: org.id, name, parent, now: app.clock() });
    return { id: row.id, path: row.path };
  });
}

export async function addUser(
  app: AppContext,
  input: {
    corpId: string;
    login: string;
    password: string;
    name: string;
    departmentId: number;
    scope: string;
    admin: boolean;
    email?: string | undefined;
  },
): Promise<{ id: number }> {
  validateNewUser(input);
  if (!isDataScope(input.scope)) throw invalidParameter('scope', 'self, department, department_and_below, all');
  const scope = input.scope;
  const org = await organizationOf(app, input.corpId);
  const { db } = app.database;
  return withLoginConflict(app, input.login, () =>
    db.transaction().execute(async (trx) => {
      const department = await findDepartment(trx, org.id, input.departmentId);
      if (!department) throw invalidParameter('department', 'a department id of this organization');
      if (await findUserByLogin(trx, org.id, input.login.trim())) throw loginTaken(input.login);
      const now = app.clock();
      const role =
        (await findRoleForScope(trx, org.id, scope, input.admin)) ??
        (await insertRole(trx, {
          organization_id: org.id,
          name: input.admin ? `管理员(${scope})` : scope,
          data_scope: scope,
          is_admin: input.admin ? 1 : 0,
          created_at: now,
          updated_at: now,
        }));
      const user = await createUserRecord(trx, {
        organizationId: org.id,
        departmentId: department.id,
        roleId: role.id,
        login: input.login,
        password: input.password,
        name: input.name,
        email: input.email ?? null,
        now,
      });
      return { id: user.id };
    }),
  );
}
