import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { insertNotifications } from '../../src/features/notifications/notifications.repository.ts';
import { createWebhook } from '../../src/features/webhooks/webhooks.service.ts';
import { insertComments } from '../../src/features/revisit-logs/revisit-logs.write-repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, writeFactories, TEST_PASSWORD, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Tenancy, across every route the API documents: another organization's ids must behave exactly like ids
 * that do not exist — the same answer, byte for byte — and nothing of the other organization may change.
 */
const MISSING = 987_654_321;
const TENANT_TABLES = [
  'departments',
  'roles',
  'users',
  'api_tokens',
  'field_options',
  'leads',
  'customers',
  'opportunities',
  'contracts',
  'contacts',
  'revisit_logs',
  'attachments',
  'revisit_log_at_users',
  'revisit_log_contacts',
  'revisit_log_comments',
  'webhook_endpoints',
  'webhook_deliveries',
  'notifications',
] as const;

describeEachDialect('tenancy on every route', (dialect) => {
  let t: TestApp;
  let a: TestOrg;
  let b: TestOrg;
  let aUser: UserRow;
  let bAdmin: UserRow;
  let bToken: string;
  let bCustomer: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const f = factories(t.ctx);
    const w = writeFactories(t.ctx);
    a = await f.org();
    b = await f.org();
    const aAdmin = await f.user(a, { scope: 'all', admin: true });
    const aDept = await f.department(a);
    aUser = await f.user(a, { department: aDept });
    bAdmin = await f.user(b, { scope: 'all', admin: true });
    bToken = await f.token(bAdmin);
    bCustomer = await f.customer(b, bAdmin);
    const customer = await f.customer(a, aAdmin);
    const [log] = await f.revisitLogs(a, aAdmin, { type: 'Customer', id: customer }, [t.clock.now - 1000]);
    const [comment] = await insertComments(t.ctx.database.db, [
      { organization_id: a.id, revisit_log_id: log!, user_id: aAdmin.id, content: '评论', created_at: t.clock.now },
    ]);
    Object.assign(ids, {
      revisit_logs: log!,
      comments: comment!,
      attachments: await w.upload(a, aAdmin),
      user: aUser.id,
      users: aUser.id,
      departments: aDept.id,
      options: (await f.categories(a))[0]!.id,
      customers: customer,
      leads: await f.lead(a, aAdmin),
      opportunities: await w.opportunity(a, aAdmin, customer),
      contracts: await f.entity(a, aAdmin, 'contracts', { customerId: customer }),
      contacts: await w.contact(a, aAdmin, customer),
      // A public literal address: registered without a DNS lookup.
      webhooks: (await createWebhook(t.ctx, a.id, { url: 'https://93.184.216.34/hook', events: ['revisit_log.created'], secret: undefined })).id,
      notifications: await insertNotifications(t.ctx.database.db, [
        { organizationId: a.id, userId: aUser.id, kind: 'mentioned', revisitLogId: log!, dedupeKey: `mention:${log!}:${aUser.id}`, at: t.clock.now },
      ]).then(() => t.ctx.database.db.selectFrom('notifications').select('id').where('organization_id', '=', a.id).executeTakeFirstOrThrow().then((r) => r.id)),
    });
  });
  afterAll(() => t.close());

  async function snapshotOfA(): Promise<string> {
    const db = t.ctx.database.db;
    const tables: Record<string, unknown[]> = {};
    for (const table of TENANT_TABLES) {
      tables[table] = await db.selectFrom(table).selectAll().where('organization_id', '=', a.id).orderBy('id').execute();
    }
    tables.organization = await db.selectFrom('organizations').selectAll().where('id', '=', a.id).execute();
    return JSON.stringify(tables);
  }

  async function asB(method: string, url: string, payload?: object) {
    const res = await t.app.inject({
      method: method as 'GET',
      url,
      headers: { authorization: `Token token=${bToken}` },
      ...(payload ? { payload } : {}),
    });
    expect(res.statusCode, `${method} ${url}`).toBe(200);
    return res.body;
  }

  it('answers an id of another organization exactly like a missing id, on every documented route', async () => {
    const before = await snapshotOfA();
    const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const body = { name: '改名', title: '改名', content: '改', password: 'another-pass-1', parent_id: b.rootDepartment.id };
    let checked = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      if (params.length === 0 || params.includes('entity')) continue;
      for (const method of Object.keys(operations)) {
        const url = (id: (segment: string) => number) =>
          path.replace(/([\w-]+)\/\{(\w+)\}/g, (_all, segment: string) => `${segment}/${id(segment)}`);
        const withForeign = url((segment) => {
          const value = ids[segment];
          if (value === undefined) throw new Error(`tenancy test: no id of the other organization for "${segment}" in ${path}`);
          return value;
        });
        const withMissing = url(() => MISSING);
        const payload = method === 'get' || method === 'delete' ? undefined : body;
        const foreign = await asB(method.toUpperCase(), withForeign, payload);
        const missing = await asB(method.toUpperCase(), withMissing, payload);
        expect(foreign, `${method} ${path}`).toBe(missing);
        expect(JSON.parse(foreign).code, `${method} ${path}`).not.toBe(0);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(30);
    expect(await snapshotOfA()).toBe(before);
  });

  it('answers ids of another organization inside bodies and filters like missing ones', async () => {
    const before = await snapshotOfA();
    const cases: Array<[string, string, (id: number) => object | undefined]> = [
      ['POST', '/api/v2/revisit_logs', (id) => ({ revisit_log: { loggable_type: 'Customer', loggable_id: id, content: '跟进' } })],
      ['POST', '/api/v2/revisit_logs', (id) => ({ revisit_log: { loggable_type: 'Customer', loggable_id: bCustomer, content: '跟进' }, at_user_ids: [id] })],
      ['POST', '/api/v2/revisit_logs', (id) => ({ revisit_log: { loggable_type: 'Customer', loggable_id: bCustomer, content: '跟进' }, contacts_ids: [id] })],
      ['POST', '/api/v2/revisit_logs', (id) => ({ revisit_log: { loggable_type: 'Customer', loggable_id: bCustomer, content: '跟进' }, attachment_ids: [id] })],
      ['POST', '/api/v2/revisit_logs', (id) => ({ revisit_log: { loggable_type: 'Customer', loggable_id: bCustomer, content: '跟进', category: String(id) } })],
      ['POST', '/api/v2/contacts', (id) => ({ contact: { name: '联系人', customer_id: id } })],
      ['POST', '/api/v2/opportunities', (id) => ({ opportunity: { title: '商机', customer_id: id } })],
      ['POST', '/api/v2/admin/users', (id) => ({ user: { login: '13100000001', password: TEST_PASSWORD, name: '新人', department_id: id, role_id: bAdmin.role_id } })],
      ['POST', '/api/v2/admin/departments', (id) => ({ department: { name: '新部门', parent_id: id } })],
    ];
    const foreignIdFor = (index: number): number =>
      [ids.customers, ids.users, ids.contacts, ids.attachments, ids.options, ids.customers, ids.customers, ids.departments, ids.departments][index]!;
    for (const [index, [method, url, build]] of cases.entries()) {
      const foreign = await asB(method, url, build(foreignIdFor(index)));
      const missing = await asB(method, url, build(MISSING));
      expect(foreign, `${url} case ${index}`).toBe(missing);
      expect(JSON.parse(foreign).code, `${url} case ${index}`).not.toBe(0);
    }
    const filters = [
      (id: number) => `/api/v2/revisit_logs/new_index?date=all&user_id=${id}`,
      (id: number) => `/api/v2/revisit_logs/new_index?date=all&department_id=${id}`,
      (id: number) => `/api/v2/revisit_logs/new_index?loggable_type=customer&loggable_id=${id}`,
      (id: number) => `/api/v2/customers?user_id=${id}`,
      (id: number) => `/api/v2/customers?department_id=${id}`,
      (id: number) => `/api/v2/contacts?customer_id=${id}`,
      (id: number) => `/api/v2/user/list?department_id=${id}`,
      (id: number) => `/api/v2/user/list?user_id=${id}`,
    ];
    const foreignFilterId = [ids.users, ids.departments, ids.customers, ids.users, ids.departments, ids.customers, ids.departments, ids.users];
    for (const [index, build] of filters.entries()) {
      const foreign = await asB('GET', build(foreignFilterId[index]!));
      const missing = await asB('GET', build(MISSING));
      expect(foreign, build(0)).toBe(missing);
    }
    expect(await snapshotOfA()).toBe(before);
  });

  it('lets the other organization log in only to its own data', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v2/auth/login', payload: { login: aUser.login, password: TEST_PASSWORD, corp_id: b.corpId } });
    expect(res.json()).toEqual({ code: 100400, message: '用户名或密码错误', error: 'login_failed' });
  });
});
