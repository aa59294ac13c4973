import { randomBytes } from 'node:crypto';
import type { AppContext } from '../app-context.ts';
import { refreshPlannerStatistics } from '../db/maintenance.ts';
import { FIELD_KEYS } from '../domain/default-options.ts';
import { AppError } from '../domain/errors.ts';
import { LOGGABLE_TYPES, type LoggableType } from '../domain/loggable.ts';
import { hashPassword } from '../features/auth/passwords.ts';
import { findDepartment, insertDepartment, type DepartmentRow } from '../features/directory/departments.repository.ts';
import { findRoleForScope, insertUser } from '../features/directory/users.repository.ts';
import { insertEntities } from '../features/entities/entities.repository.ts';
import { listOptions } from '../features/field-options/field-options.repository.ts';
import { findOrganizationByCorpId } from '../features/organizations/organizations.repository.ts';
import { createOrganization } from '../features/organizations/organizations.service.ts';
import type { DataScope } from '../domain/visibility.ts';
import * as text from './demo-content.ts';
import { seedFollowUps } from './demo-follow-ups.ts';
import { Random } from './random.ts';

export const DEMO_ADMIN = { corpId: 'demo', login: '15800010002', password: 'genjin-demo', name: 'Admin' } as const;

export interface DemoOptions {
  randomSeed?: number | undefined;
  followUps?: number | undefined;
}

export interface DemoSummary {
  organization_id: number;
  corp_id: string;
  departments: number;
  users: number;
  entities: Record<string, number>;
  revisit_logs: number;
}

const DAY = 86_400_000;

/** name, parent index in this list (-1: the root), the scope of its staff's manager */
const DEPARTMENTS: Array<[string, number]> = [
  ['销售中心', -1],
  ['华东大区', 0],
  ['上海销售组', 1],
  ['杭州销售组', 1],
  ['华南大区', 0],
  ['深圳销售组', 4],
  ['市场部', -1],
  ['客户成功部', -1],
];

/** department index (-1: root), scope, count */
const STAFF: Array<[number, DataScope, number]> = [
  [-1, 'all', 1],
  [0, 'department_and_below', 1],
  [1, 'department_and_below', 1],
  [2, 'department', 1],
  [2, 'self', 4],
  [3, 'department', 1],
  [3, 'self', 3],
  [4, 'department_and_below', 1],
  [5, 'self', 4],
  [6, 'department', 1],
  [6, 'self', 2],
  [7, 'self', 2],
];

function companyName(rng: Random): string {
  return `${rng.pick(text.CITIES)}${rng.pick(text.SURNAMES)}${rng.pick(text.INDUSTRY_WORDS)}${rng.pick(text.COMPANY_SUFFIXES)}`;
}

function personName(rng: Random): string {
  return `${rng.pick(text.SURNAMES)}${rng.pick(text.GIVEN_NAMES)}`;
}

/** Creates the demo organization (corp_id `demo`) with a department tree, staff, entities and follow-ups. */
export async function seedDemo(app: AppContext, options: DemoOptions): Promise<DemoSummary> {
  const rng = new Random(options.randomSeed ?? 20261130);
  const { db } = app.database;
  if (await findOrganizationByCorpId(db, DEMO_ADMIN.corpId)) {
    throw new AppError('conflict', { zh: '演示组织已存在', en: 'the demo organization (corp_id demo) already exists' });
  }
  const created = await createOrganization(app, {
    name: '演示公司',
    corpId: DEMO_ADMIN.corpId,
    adminLogin: DEMO_ADMIN.login,
    adminPassword: DEMO_ADMIN.password,
    adminName: DEMO_ADMIN.name,
  });
  const orgId = created.organization_id;
  const now = app.clock();
  const passwordHash = await hashPassword(DEMO_ADMIN.password);

  const summary = await db.transaction().execute(async (trx) => {
    const root = (await findDepartment(trx, orgId, created.root_department_id))!;
    const departments: DepartmentRow[] = [];
    for (const [name, parentIndex] of DEPARTMENTS) {
      const parent = parentIndex < 0 ? root : departments[parentIndex]!;
      departments.push(await insertDepartment(trx, { organizationId: orgId, name, parent, now: now - 400 * DAY }));
    }
    const userIds = [created.admin_user_id];
    let serial = 1;
    for (const [deptIndex, scope, count] of STAFF) {
      const role = (await findRoleForScope(trx, orgId, scope, scope === 'all'))!;
      for (let i = 0; i < count; i++) {
        serial += 1;
        const department = deptIndex < 0 ? root : departments[deptIndex]!;
        const user = await insertUser(trx, {
          organization_id: orgId,
          department_id: department.id,
          role_id: role.id,
          login: `158000100${String(serial + 10).padStart(2, '0')}`,
          email: `user${serial}@demo.genjin.local`,
          name: personName(rng),
          password_hash: passwordHash,
          job: scope === 'self' ? '销售代表' : '销售经理',
          tel: '',
          uid: 16000 + serial,
          workflow_state: 'organization_staff',
          created_at: now - rng.int(200, 400) * DAY,
          updated_at: now - 100 * DAY,
        });
        userIds.push(user.id);
      }
    }

    const statusOf = async (key: (typeof FIELD_KEYS)[keyof typeof FIELD_KEYS]) => (await listOptions(trx, orgId, key)).map((o) => o.id);
    const [leadStatus, customerStatus, customerCategory, stages, contractStatus] = await Promise.all([
      statusOf(FIELD_KEYS.leadStatus),
      statusOf(FIELD_KEYS.customerStatus),
      statusOf(FIELD_KEYS.customerCategory),
      statusOf(FIELD_KEYS.opportunityStage),
      statusOf(FIELD_KEYS.contractStatus),
    ]);
    const base = () => {
      const created_at = now - rng.int(130, 365) * DAY;
      return { organization_id: orgId, user_id: rng.pick(userIds), approve_status: 'approved', created_at, updated_at: created_at };
    };
    const customers = await insertEntities(
      trx,
      'customers',
      Array.from({ length: 60 }, () => ({ ...base(), name: companyName(rng), status: rng.pick(customerStatus), category: rng.pick(customerCategory) })),
    );
    const leads = await insertEntities(
      trx,
      'leads',
      Array.from({ length: 60 }, () => ({ ...base(), name: personName(rng), company_name: companyName(rng), status: rng.pick(leadStatus) })),
    );
    const opportunities = await insertEntities(
      trx,
      'opportunities',
      Array.from({ length: 60 }, () => ({
        ...base(),
        customer_id: rng.pick(customers),
        title: `${rng.pick(text.PRODUCTS)}采购项目`,
        stage: rng.pick(stages),
        expect_amount: rng.int(2, 200) * 10_000,
      })),
    );
    const contracts = await insertEntities(
      trx,
      'contracts',
      Array.from({ length: 60 }, (_, i) => ({
        ...base(),
        customer_id: rng.pick(customers),
        title: `${rng.pick(text.PRODUCTS)}合同 HT${String(2026000 + i)}`,
        status: rng.pick(contractStatus),
        total_amount: rng.int(1, 100) * 10_000,
        approve_status: rng.chance(0.1) ? 'applying' : 'approved',
      })),
    );
    const contactCustomers = Array.from({ length: 90 }, () => rng.pick(customers));
    const contacts = await insertEntities(
      trx,
      'contacts',
      contactCustomers.map((customer_id) => ({ ...base(), customer_id, name: personName(rng), phone: `139${String(rng.int(10_000_000, 99_999_999))}` })),
    );
    const entityIds: Record<LoggableType, number[]> = {
      Lead: leads,
      Customer: customers,
      Opportunity: opportunities,
      Contract: contracts,
      Contact: contacts,
    };
    const contactsByCustomer = new Map<number, number[]>();
    contactCustomers.forEach((customerId, i) => contactsByCustomer.set(customerId, [...(contactsByCustomer.get(customerId) ?? []), contacts[i]!]));

    const followUps = await seedFollowUps(trx, app.storage, rng, {
      organizationId: orgId,
      now,
      timeZone: 'Asia/Shanghai',
      count: options.followUps ?? 3200,
      userIds,
      entityIds,
      contactsByCustomer,
      categories: await statusOf(FIELD_KEYS.revisitLogCategory),
      newKey: () => randomBytes(16).toString('hex'),
    });
    return {
      organization_id: orgId,
      corp_id: DEMO_ADMIN.corpId,
      departments: departments.length + 1,
      users: userIds.length,
      entities: Object.fromEntries(LOGGABLE_TYPES.map((t) => [t, entityIds[t].length])),
      revisit_logs: followUps,
    };
  });
  await refreshPlannerStatistics(db);
  return summary;
}
