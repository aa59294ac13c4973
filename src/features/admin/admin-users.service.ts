import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import { invalidParameter, notFound } from '../../domain/errors.ts';
import { hashPassword } from '../auth/passwords.ts';
import { recordAuthorsVisibilityChange } from '../changes/record-changes.ts';
import { findDepartment } from '../directory/departments.repository.ts';
import { createUserRecord, loginTaken, MIN_PASSWORD_LENGTH, validateNewUser, withLoginConflict } from '../directory/directory-admin.service.ts';
import type { WireUser } from '../directory/directory.schemas.ts';
import { presentUser } from '../directory/users.presenter.ts';
import { findDirectoryUser, findRole, findUser, findUserByLogin, revokeUserTokens, updateUser } from '../directory/users.repository.ts';

// These take an organization id rather than a request context so the admin API and the CLI share them; the
// caller (route or command) has already established that it may administer that organization.

export interface AdminUserInput {
  login?: string | undefined;
  password?: string | undefined;
  name?: string | undefined;
  email?: string | null | undefined;
  job?: string | null | undefined;
  tel?: string | null | undefined;
  gender?: string | null | undefined;
  departmentId?: number | undefined;
  roleId?: number | undefined;
  superiorId?: number | null | undefined;
}

async function present(db: Db, organizationId: number, id: number, timeZone: string): Promise<WireUser> {
  const row = await findDirectoryUser(db, organizationId, id);
  if (!row) throw notFound();
  return presentUser(row, timeZone);
}

async function checkReferences(db: Db, organizationId: number, input: AdminUserInput, selfId?: number): Promise<void> {
  if (input.departmentId !== undefined && !(await findDepartment(db, organizationId, input.departmentId))) {
    throw invalidParameter('department_id', 'a department id of this organization');
  }
  if (input.roleId !== undefined && !(await findRole(db, organizationId, input.roleId))) {
    throw invalidParameter('role_id', 'a role id of this organization');
  }
  if (input.superiorId !== undefined && input.superiorId !== null) {
    if (input.superiorId === selfId || !(await findUser(db, organizationId, input.superiorId))) {
      throw invalidParameter('superior_id', 'another user of this organization');
    }
  }
}

const optionalText = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);

export async function adminCreateUser(app: AppContext, organizationId: number, timeZone: string, input: AdminUserInput): Promise<WireUser> {
  const login = input.login ?? '';
  const password = input.password ?? '';
  const name = input.name ?? '';
  validateNewUser({ login, password, name });
  if (input.departmentId === undefined) throw invalidParameter('department_id');
  if (input.roleId === undefined) throw invalidParameter('role_id');
  const id = await withLoginConflict(app, login, () =>
    app.database.db.transaction().execute(async (trx) => {
      await checkReferences(trx, organizationId, input);
      if (await findUserByLogin(trx, organizationId, login.trim())) throw loginTaken(login);
      const now = app.clock();
      const user = await createUserRecord(trx, {
        organizationId,
        departmentId: input.departmentId!,
        roleId: input.roleId!,
        login,
        password,
        name,
        email: optionalText(input.email) ?? null,
        now,
      });
      await updateUser(trx, organizationId, user.id, {
        job: optionalText(input.job) ?? null,
        tel: optionalText(input.tel) ?? null,
        gender: optionalText(input.gender) ?? null,
        superior_id: input.superiorId ?? null,
      });
      return user.id;
    }),
  );
  return present(app.database.db, organizationId, id, timeZone);
}

/**
 * Updates a user; a new `departmentId` moves them. Scopes are computed from the current tree and current
 * department on every request (never copied onto records), so a move changes what managers see at once.
 */
export async function adminUpdateUser(app: AppContext, organizationId: number, timeZone: string, id: number, input: AdminUserInput): Promise<WireUser> {
  await app.database.db.transaction().execute(async (trx) => {
    const user = await findUser(trx, organizationId, id);
    if (!user) throw notFound();
    if (input.name !== undefined && !input.name.trim()) throw invalidParameter('name');
    await checkReferences(trx, organizationId, input, id);
    await updateUser(trx, organizationId, id, {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.email !== undefined ? { email: optionalText(input.email) } : {}),
      ...(input.job !== undefined ? { job: optionalText(input.job) } : {}),
      ...(input.tel !== undefined ? { tel: optionalText(input.tel) } : {}),
      ...(input.gender !== undefined ? { gender: optionalText(input.gender) } : {}),
      ...(input.departmentId !== undefined ? { department_id: input.departmentId } : {}),
      ...(input.roleId !== undefined ? { role_id: input.roleId } : {}),
      ...(input.superiorId !== undefined ? { superior_id: input.superiorId } : {}),
      updated_at: app.clock(),
    });
    if (input.departmentId !== undefined && input.departmentId !== user.department_id) {
      await recordAuthorsVisibilityChange(trx, { organizationId, authorIds: [id], at: app.clock() });
    }
  });
  return present(app.database.db, organizationId, id, timeZone);
}

/**
 * Disables a user: their tokens stop working at once (the token lookup checks `disabled_at`) and are also
 * revoked, so re-enabling the account later does not bring old tokens back.
 */
export async function adminSetUserDisabled(
  app: AppContext,
  organizationId: number,
  timeZone: string,
  id: number,
  disabled: boolean,
  actorId?: number,
): Promise<WireUser> {
  if (disabled && id === actorId) throw invalidParameter('id', 'another user (you cannot disable yourself)');
  await app.database.db.transaction().execute(async (trx) => {
    const user = await findUser(trx, organizationId, id);
    if (!user) throw notFound();
    const now = app.clock();
    if (disabled && user.disabled_at === null) {
      await updateUser(trx, organizationId, id, { disabled_at: now, updated_at: now });
      await revokeUserTokens(trx, id, now);
    } else if (!disabled && user.disabled_at !== null) {
      await updateUser(trx, organizationId, id, { disabled_at: null, updated_at: now });
    }
  });
  return present(app.database.db, organizationId, id, timeZone);
}

export async function adminResetPassword(app: AppContext, organizationId: number, id: number, password: string | undefined): Promise<{ id: number }> {
  if (!password || password.length < MIN_PASSWORD_LENGTH) throw invalidParameter('password', `at least ${MIN_PASSWORD_LENGTH} characters`);
  const hash = await hashPassword(password);
  await app.database.db.transaction().execute(async (trx) => {
    if (!(await findUser(trx, organizationId, id))) throw notFound();
    const now = app.clock();
    await updateUser(trx, organizationId, id, { password_hash: hash, updated_at: now });
    // A reset usually follows a leak: sessions opened with the old password end too.
    await revokeUserTokens(trx, id, now);
  });
  return { id };
}
