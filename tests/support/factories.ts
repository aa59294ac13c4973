import type { Insertable } from 'kysely';
import type { AppContext } from '../../src/app-context.ts';
import type { RevisitLogsTable } from '../../src/db/schema/index.ts';
import { FIELD_KEYS } from '../../src/domain/default-options.ts';
import type { LoggableType } from '../../src/domain/loggable.ts';
import type { DataScope } from '../../src/domain/visibility.ts';
import { insertToken } from '../../src/features/auth/auth.repository.ts';
import { hashPassword } from '../../src/features/auth/passwords.ts';
import { hashToken, newToken } from '../../src/features/auth/tokens.ts';
import { findDepartment, insertDepartment, type DepartmentRow } from '../../src/features/directory/departments.repository.ts';
import { findRoleForScope, insertRole, insertUser, type UserRow } from '../../src/features/directory/users.repository.ts';
import { insertEntities } from '../../src/features/entities/entities.repository.ts';
import { listOptions } from '../../src/features/field-options/field-options.repository.ts';
import { createOrganization } from '../../src/features/organizations/organizations.service.ts';
import { insertAttachments, insertRevisitLogs } from '../../src/features/revisit-logs/revisit-logs.write-repository.ts';

export const TEST_PASSWORD = 'correct-horse-1';
let passwordHash: Promise<string> | undefined;
let serial = 0;
const next = () => ++serial;

export interface TestOrg {
  id: number;
  corpId: string;
  rootDepartment: DepartmentRow;
  adminId: number;
  adminLogin: string;
}

/** Factories build exactly the rows a test names; nothing is shared between tests. */
export function factories(ctx: AppContext) {
  const db = ctx.database.db;
  const now = () => ctx.clock();

  return {
    async org(overrides: { name?: string; timeZone?: string; corpId?: string; adminLogin?: string } = {}): Promise<TestOrg> {
      const n = next();
      const corpId = overrides.corpId ?? `org${n}${Math.random().toString(36).slice(2, 6)}`;
      const adminLogin = overrides.adminLogin ?? `1390000${String(n).padStart(4, '0')}`;
      const created = await createOrganization(ctx, {
        name: overrides.name ?? `测试公司${n}`,
        corpId,
        timeZone: overrides.timeZone,
        adminLogin,
        adminPassword: TEST_PASSWORD,
      });
      const rootDepartment = (await findDepartment(db, created.organization_id, created.root_department_id))!;
      return { id: created.organization_id, corpId, rootDepartment, adminId: created.admin_user_id, adminLogin };
    },

    async department(org: TestOrg, parent: DepartmentRow = org.rootDepartment, name = `部门${next()}`): Promise<DepartmentRow> {
      return insertDepartment(db, { organizationId: org.id, name, parent, now: now() });
    },

    async user(
      org: TestOrg,
      overrides: { department?: DepartmentRow; scope?: DataScope; admin?: boolean; login?: string; name?: string; email?: string; disabled?: boolean } = {},
    ): Promise<UserRow> {
      passwordHash ??= hashPassword(TEST_PASSWORD);
      const scope = overrides.scope ?? 'self';
      const admin = overrides.admin ?? false;
      const role =
        (await findRoleForScope(db, org.id, scope, admin)) ??
        (await insertRole(db, { organization_id: org.id, name: scope, data_scope: scope, is_admin: admin ? 1 : 0, created_at: now(), updated_at: now() }));
      const n = next();
      return insertUser(db, {
        organization_id: org.id,
        department_id: (overrides.department ?? org.rootDepartment).id,
        role_id: role.id,
        login: overrides.login ?? `1370000${String(n).padStart(4, '0')}`,
        email: overrides.email ?? null,
        name: overrides.name ?? `用户${n}`,
        password_hash: await passwordHash,
        workflow_state: 'organization_staff',
        created_at: now(),
        updated_at: now(),
        disabled_at: overrides.disabled ? now() : null,
      });
    },

    /** A valid token for a user, without going through login (and its argon2 cost). */
    async token(user: UserRow, expiresInMs = 86_400_000): Promise<string> {
      const token = newToken();
      await insertToken(db, {
        organizationId: user.organization_id,
        userId: user.id,
        tokenHash: hashToken(token),
        device: 'open_api',
        versionCode: null,
        now: now(),
        expiresAt: now() + expiresInMs,
      });
      return token;
    },

    async categories(org: TestOrg) {
      return listOptions(db, org.id, FIELD_KEYS.revisitLogCategory);
    },

    async customer(org: TestOrg, owner: UserRow, name = `客户${next()}`): Promise<number> {
      const [id] = await insertEntities(db, 'customers', [
        { organization_id: org.id, user_id: owner.id, name, approve_status: 'approved', status: null, category: null, created_at: now(), updated_at: now() },
      ]);
      return id!;
    },

    async lead(org: TestOrg, owner: UserRow, name = `线索${next()}`): Promise<number> {
      const [id] = await insertEntities(db, 'leads', [
        { organization_id: org.id, user_id: owner.id, name, approve_status: 'approved', company_name: null, status: null, created_at: now(), updated_at: now() },
      ]);
      return id!;
    },

    /** Any of the five entities with explicit columns (opportunities/contracts/contacts need customerId). */
    async entity(
      org: TestOrg,
      owner: UserRow,
      table: 'leads' | 'customers' | 'opportunities' | 'contracts' | 'contacts',
      overrides: { label?: string; customerId?: number; state?: number | null; createdAt?: number; updatedAt?: number; realRevisitAt?: number | null; revisitLogsCount?: number; deleted?: boolean } = {},
    ): Promise<number> {
      const n = next();
      const label = overrides.label ?? `${table}${n}`;
      const common = {
        organization_id: org.id,
        user_id: owner.id,
        approve_status: 'approved',
        real_revisit_at: overrides.realRevisitAt ?? null,
        revisit_logs_count: overrides.revisitLogsCount ?? 0,
        created_at: overrides.createdAt ?? now(),
        updated_at: overrides.updatedAt ?? overrides.createdAt ?? now(),
        deleted_at: overrides.deleted ? now() : null,
      };
      const state = overrides.state ?? null;
      const customerId = overrides.customerId ?? 0;
      const insert = async () => {
        switch (table) {
          case 'leads':
            return insertEntities(db, 'leads', [{ ...common, name: label, company_name: null, status: state }]);
          case 'customers':
            return insertEntities(db, 'customers', [{ ...common, name: label, status: state, category: null }]);
          case 'opportunities':
            return insertEntities(db, 'opportunities', [{ ...common, title: label, customer_id: customerId, stage: state, expect_amount: null }]);
          case 'contracts':
            return insertEntities(db, 'contracts', [{ ...common, title: label, customer_id: customerId, status: state, total_amount: null }]);
          case 'contacts':
            return insertEntities(db, 'contacts', [{ ...common, name: label, customer_id: customerId, phone: null }]);
        }
      };
      const [id] = await insert();
      return id!;
    },

    async options(org: TestOrg, fieldKey: string) {
      return listOptions(db, org.id, fieldKey as Parameters<typeof listOptions>[2]);
    },

    async revisitLogs(
      org: TestOrg,
      author: UserRow,
      loggable: { type: LoggableType; id: number },
      times: number[],
      overrides: Partial<Insertable<RevisitLogsTable>> = {},
    ): Promise<number[]> {
      return insertRevisitLogs(
        db,
        times.map((at, i) => ({
          organization_id: org.id,
          user_id: author.id,
          loggable_type: loggable.type,
          loggable_id: loggable.id,
          content: `跟进内容 ${i + 1}`,
          category: null,
          real_revisit_at: at,
          remind_at: null,
          lat: null,
          lng: null,
          detail_address: null,
          activity_type: 'create',
          sales_activity_id: null,
          is_draft: 0,
          created_at: at,
          updated_at: at,
          deleted_at: null,
          ...overrides,
        })),
      );
    },
  };
}

export type Factories = ReturnType<typeof factories>;

/** Rows the follow-up write tests need beyond the base factories. */
export function writeFactories(ctx: AppContext) {
  const db = ctx.database.db;
  const now = () => ctx.clock();
  let n = 0;
  return {
    async contact(org: TestOrg, owner: UserRow, customerId: number, name = `联系人${++n}`): Promise<number> {
      const [id] = await insertEntities(db, 'contacts', [
        { organization_id: org.id, user_id: owner.id, customer_id: customerId, name, phone: '13912345678', approve_status: 'approved', created_at: now(), updated_at: now() },
      ]);
      return id!;
    },

    async opportunity(org: TestOrg, owner: UserRow, customerId: number, title = `商机${++n}`): Promise<number> {
      const [id] = await insertEntities(db, 'opportunities', [
        { organization_id: org.id, user_id: owner.id, customer_id: customerId, title, stage: null, expect_amount: null, approve_status: 'approved', created_at: now(), updated_at: now() },
      ]);
      return id!;
    },

    /** An unattached upload, as the attachments endpoint leaves it before a follow-up claims it. */
    async upload(org: TestOrg, uploader: UserRow, subType: 'image' | 'file' | 'audio' = 'image'): Promise<number> {
      const k = ++n;
      const [id] = await insertAttachments(db, [
        {
          organization_id: org.id,
          uploader_id: uploader.id,
          attachmentable_type: null,
          attachmentable_id: null,
          sub_type: subType,
          name: `upload-${k}.${subType === 'image' ? 'jpg' : subType === 'audio' ? 'mp3' : 'pdf'}`,
          content_type: subType === 'image' ? 'image/jpeg' : subType === 'audio' ? 'audio/mpeg' : 'application/pdf',
          size: 1000 + k,
          storage_key: `test/${org.id}/${k}-${Math.random().toString(36).slice(2)}`,
          note: '',
          created_at: now(),
          updated_at: now(),
        },
      ]);
      return id!;
    },

    options: factories(ctx).options,

    /** Row counts of everything a follow-up write touches (a rejected write must leave them all as they were). */
    async counts() {
      const count = async (table: 'revisit_logs' | 'revisit_log_at_users' | 'revisit_log_contacts' | 'revisit_log_comments' | 'idempotency_keys') =>
        Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const attached = await db
        .selectFrom('attachments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('attachmentable_id', 'is not', null)
        .executeTakeFirstOrThrow();
      return {
        revisit_logs: await count('revisit_logs'),
        revisit_log_at_users: await count('revisit_log_at_users'),
        revisit_log_contacts: await count('revisit_log_contacts'),
        revisit_log_comments: await count('revisit_log_comments'),
        idempotency_keys: await count('idempotency_keys'),
        attachments_attached: Number(attached.n),
      };
    },
  };
}
