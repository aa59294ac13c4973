import type { AppContext } from '../../app-context.ts';
import { DEFAULT_ROLES } from '../../domain/default-options.ts';
import { AppError, invalidParameter } from '../../domain/errors.ts';
import { isValidTimeZone } from '../../domain/wire-time.ts';
import { insertDepartment } from '../directory/departments.repository.ts';
import { insertRole } from '../directory/users.repository.ts';
import { createUserRecord, validateNewUser } from '../directory/directory-admin.service.ts';
import { insertDefaultOptions } from '../field-options/field-options.repository.ts';
import { findOrganizationByCorpId, insertOrganization } from './organizations.repository.ts';

export interface CreateOrganizationInput {
  name: string;
  corpId: string;
  timeZone?: string | undefined;
  adminLogin: string;
  adminPassword: string;
  adminName?: string | undefined;
}

export interface CreatedOrganization {
  organization_id: number;
  corp_id: string;
  admin_user_id: number;
  root_department_id: number;
}

export const CORP_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/;

/** Creates an organization with its default option sets and roles, a root department and its admin. */
export async function createOrganization(app: AppContext, input: CreateOrganizationInput): Promise<CreatedOrganization> {
  const name = input.name.trim();
  if (!name) throw invalidParameter('name');
  if (!CORP_ID.test(input.corpId)) throw invalidParameter('corp_id', 'letters, digits, - and _ (2-64)');
  const timeZone = input.timeZone?.trim() || 'Asia/Shanghai';
  if (!isValidTimeZone(timeZone)) throw invalidParameter('time_zone', 'an IANA time zone such as Asia/Shanghai');
  validateNewUser({ login: input.adminLogin, password: input.adminPassword, name: input.adminName ?? 'Admin' });

  const now = app.clock();
  const { db } = app.database;
  if (await findOrganizationByCorpId(db, input.corpId)) {
    throw new AppError('conflict', { zh: `corp_id ${input.corpId} 已存在`, en: `corp_id ${input.corpId} already exists` });
  }
  return db.transaction().execute(async (trx) => {
    const org = await insertOrganization(trx, {
      name,
      corp_id: input.corpId,
      time_zone: timeZone,
      created_at: now,
      updated_at: now,
    });
    await insertDefaultOptions(trx, org.id, now);
    const roles = [];
    for (const role of DEFAULT_ROLES) {
      roles.push(
        await insertRole(trx, {
          organization_id: org.id,
          name: role.name,
          data_scope: role.dataScope,
          is_admin: role.isAdmin ? 1 : 0,
          created_at: now,
          updated_at: now,
        }),
      );
    }
    const root = await insertDepartment(trx, { organizationId: org.id, name, now });
    const admin = await createUserRecord(trx, {
      organizationId: org.id,
      departmentId: root.id,
      roleId: roles[0]!.id,
      login: input.adminLogin,
      password: input.adminPassword,
      name: input.adminName ?? 'Admin',
      now,
    });
    return { organization_id: org.id, corp_id: org.corp_id, admin_user_id: admin.id, root_department_id: root.id };
  });
}
