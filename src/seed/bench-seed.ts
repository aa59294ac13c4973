import { sql, type Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { AppContext } from '../app-context.ts';
import type { DialectOps } from '../db/dialect/types.ts';
import { FIELD_KEYS } from '../domain/default-options.ts';
import { LOGGABLE_TABLES, LOGGABLE_TYPES } from '../domain/loggable.ts';
import type { DataScope } from '../domain/visibility.ts';
import { hashPassword } from '../features/auth/passwords.ts';
import { findDepartment, insertDepartment, type DepartmentRow } from '../features/directory/departments.repository.ts';
import { findRoleForScope } from '../features/directory/users.repository.ts';
import { listOptions } from '../features/field-options/field-options.repository.ts';
import { createOrganization } from '../features/organizations/organizations.service.ts';
import { rebuildDayCounts } from '../features/revisit-logs/day-counts.repository.ts';
import { personName, textPools } from './bench-text.ts';
import { childInserts, createHelperTables, dropHelperTables, entityInserts, entityStatsUpdate, followUpInsert, mapIds, MAP } from './bench-seed.sql.ts';
import { Random } from './random.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- helper tables are outside the app schema
type AnyDb = Kysely<any>;

export interface BenchSeedOptions {
  followUps: number;
  users?: number | undefined;
  departments?: number | undefined;
  organizations?: number | undefined;
  randomSeed?: number | undefined;
  /** Called as work completes: done and total in follow-ups. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface BenchSeedResult {
  follow_ups: number;
  seconds: number;
  organizations: { id: number; corp_id: string; admin_login: string; admin_password: string }[];
}

const DAY = 86_400_000;
const CHUNK = 200_000;
/** Tables whose secondary indexes are dropped during the load and rebuilt after (sorting once is faster). */
const BULK_TABLES = ['revisit_logs', 'attachments', 'revisit_log_at_users', 'revisit_log_contacts'];

interface OrgPlan {
  index: number;
  followUps: number;
  users: number;
  departments: number;
}

/** The large organization first, then K−1 small ones sharing a tenth of the follow-ups. */
export function planOrganizations(o: BenchSeedOptions): OrgPlan[] {
  const k = o.organizations ?? 1;
  const users = o.users ?? 2000;
  const departments = o.departments ?? 100;
  const small = k > 1 ? Math.floor((o.followUps * 0.1) / (k - 1)) : 0;
  return Array.from({ length: k }, (_, index) =>
    index === 0
      ? { index, followUps: o.followUps - small * (k - 1), users, departments }
      : { index, followUps: small, users: Math.min(20, users), departments: Math.min(5, departments) },
  );
}

/**
 * `genjin bench seed`: realistic data at scale for the benchmark, set-based (see bench-seed.sql.ts), with the
 * bulk tables' secondary indexes rebuilt at the end. Every user of an organization has its admin's password.
 */
export async function seedBench(app: AppContext, options: BenchSeedOptions): Promise<BenchSeedResult> {
  const started = performance.now();
  const seed = options.randomSeed ?? 1;
  const rng = new Random(seed);
  const plans = planOrganizations(options);
  const { ops } = app.database;
  const organizations: BenchSeedResult['organizations'] = [];
  let done = 0;
  // The organizations first, through the service (on SQLite the load below holds the one connection).
  const created: OrgContext[] = [];
  for (const plan of plans) {
    const corpId = `bench-${seed}-${plan.index + 1}`;
    const password = `bench-${seed}-${plan.index + 1}-secret`;
    const adminLogin = `${corpId}-admin`;
    const name = plan.index === 0 ? '基准测试集团' : `基准测试公司${plan.index}`;
    const org = await createOrganization(app, { name, corpId, adminLogin, adminPassword: password, adminName: '管理员' });
    organizations.push({ id: org.organization_id, corp_id: corpId, admin_login: adminLogin, admin_password: password });
    created.push({ ...plan, seed, corpId, password, orgId: org.organization_id, rootId: org.root_department_id });
  }
  // One connection for the whole load: the bulk-load settings are per session.
  await app.database.db.connection().execute(async (conn) => {
    const db = conn as unknown as AnyDb;
    await ops.bulkLoadSession(db, true);
    await createHelperTables(db);
    const pools = textPools(rng);
    for (let i = 0; i < pools.length; i += 200) await db.insertInto('bench_text').values(pools.slice(i, i + 200)).execute();
    const dropped: { name: string; definition: string }[] = [];
    for (const table of BULK_TABLES) {
      for (const index of await ops.secondaryIndexes(db, table)) {
        await sql.raw(`drop index ${index.name}`).execute(db);
        dropped.push(index);
      }
    }
    try {
      for (const org of created) {
        await seedOrganization(app, ops, db, rng, org, (n) => {
          done += n;
          options.onProgress?.(done, options.followUps);
        });
      }
    } finally {
      for (const index of dropped) await sql.raw(index.definition).execute(db);
      await dropHelperTables(db);
      await ops.bulkLoadSession(db, false);
    }
  });
  // PostgreSQL's replica mode skipped the roll-up triggers (SQLite ran them): rebuilt from the rows either way.
  await rebuildDayCounts(app.database.db, ops);
  await ops.afterBulkLoad(app.database.db);
  return { follow_ups: done, seconds: Math.round((performance.now() - started) / 100) / 10, organizations };
}

interface OrgContext extends OrgPlan {
  seed: number;
  corpId: string;
  password: string;
  orgId: number;
  rootId: number;
}

async function seedOrganization(app: AppContext, ops: DialectOps, db: AnyDb, rng: Random, o: OrgContext, progress: (n: number) => void): Promise<void> {
  const now = app.clock();
  const trxDb = db as unknown as AppContext['database']['db'];
  const root = (await findDepartment(trxDb, o.orgId, o.rootId))!;
  // Regions under the root, teams under the regions (round robin): a tree of depth 3.
  const regionCount = Math.max(1, Math.min(o.departments - 1, Math.round(Math.sqrt(o.departments - 1))));
  const regions: DepartmentRow[] = [];
  const teams: DepartmentRow[] = [];
  for (let d = 1; d < o.departments; d++) {
    if (regions.length < regionCount) {
      regions.push(await insertDepartment(trxDb, { organizationId: o.orgId, name: `大区${regions.length + 1}`, parent: root, now }));
    } else {
      teams.push(await insertDepartment(trxDb, { organizationId: o.orgId, name: `销售${teams.length + 1}组`, parent: regions[teams.length % regions.length]!, now }));
    }
  }
  const roleOf = async (scope: DataScope) => (await findRoleForScope(trxDb, o.orgId, scope, false))!.id;
  const roles = { department_and_below: await roleOf('department_and_below'), department: await roleOf('department'), self: await roleOf('self') };
  const passwordHash = await hashPassword(o.password);
  // One manager per region (department_and_below) and per team (department); everyone else a rep in a team.
  const users: { department_id: number; role_id: number; job: string }[] = [];
  for (const r of regions) users.push({ department_id: r.id, role_id: roles.department_and_below, job: '大区总监' });
  for (const t of teams) users.push({ department_id: t.id, role_id: roles.department, job: '销售经理' });
  const staffDepartments = teams.length ? teams : regions.length ? regions : [root];
  for (let n = 0; users.length < o.users - 1; n++) users.push({ department_id: staffDepartments[n % staffDepartments.length]!.id, role_id: roles.self, job: '销售代表' });
  const rows = users.slice(0, Math.max(0, o.users - 1)).map((u, n) => ({
    organization_id: o.orgId,
    ...u,
    login: `${o.corpId}-u${n + 1}`,
    email: `u${n + 1}@${o.corpId}.bench.local`,
    name: personName(rng),
    password_hash: passwordHash,
    tel: '',
    uid: 100000 + n,
    workflow_state: 'organization_staff',
    created_at: now - 500 * DAY,
    updated_at: now - 500 * DAY,
  }));
  for (let i = 0; i < rows.length; i += 200) await trxDb.insertInto('users').values(rows.slice(i, i + 200)).execute();
  const userCount = await mapIds(db, MAP.users, `select id from users where organization_id = ${o.orgId}`);

  const ids = async (key: (typeof FIELD_KEYS)[keyof typeof FIELD_KEYS]) => (await listOptions(trxDb, o.orgId, key)).map((x) => x.id);
  const entityCount = Math.max(20, Math.ceil(o.followUps / 200));
  const statements = entityInserts(ops, {
    organizationId: o.orgId,
    count: entityCount,
    users: userCount,
    seed: o.seed + o.index,
    now,
    options: {
      leadStatus: await ids(FIELD_KEYS.leadStatus),
      customerStatus: await ids(FIELD_KEYS.customerStatus),
      customerCategory: await ids(FIELD_KEYS.customerCategory),
      stages: await ids(FIELD_KEYS.opportunityStage),
      contractStatus: await ids(FIELD_KEYS.contractStatus),
    },
  });
  for (const s of statements) {
    await s.statement.execute(db);
    await mapIds(db, s.kind, `select id from ${s.table} where organization_id = ${o.orgId}`);
  }

  const zone = 'Asia/Shanghai';
  const todayStart = DateTime.fromMillis(now, { zone }).startOf('day').toMillis();
  const plan = { organizationId: o.orgId, users: userCount, entities: entityCount, categories: await ids(FIELD_KEYS.revisitLogCategory), seed: o.seed + o.index, now, todayStart, days: 548 };
  for (let from = 1; from <= o.followUps; from += CHUNK) {
    const to = Math.min(o.followUps, from + CHUNK - 1);
    // No transaction around a chunk: an interrupted load is redone into a fresh database anyway.
    const before = await maxId(db);
    await followUpInsert(ops, plan, from, to).execute(db);
    const after = await maxId(db);
    for (const statement of childInserts(plan, before + 1, after)) await sql.raw(statement).execute(db);
    progress(to - from + 1);
  }
  for (const type of LOGGABLE_TYPES) await sql.raw(entityStatsUpdate(o.orgId, LOGGABLE_TABLES[type], type)).execute(db);
}

async function maxId(db: AnyDb): Promise<number> {
  const { rows } = await sql<{ m: number | null }>`select max(id) as m from revisit_logs`.execute(db);
  return Number(rows[0]?.m ?? 0);
}
