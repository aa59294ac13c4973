import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DepartmentRow } from '../../src/features/directory/departments.repository.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { apiClient } from '../support/api-client.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const at = (text: string) => DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm', { zone: 'Asia/Shanghai' }).toMillis();

describeEachDialect('entities: read API', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let api: ReturnType<typeof apiClient>;
  let org: TestOrg;
  let other: TestOrg;
  let sales: DepartmentRow;
  let east: DepartmentRow;
  let shanghai: DepartmentRow;
  let support: DepartmentRow;
  let admin: UserRow;
  let director: UserRow;
  let manager: UserRow;
  let rep: UserRow;
  let peer: UserRow;
  let supportRep: UserRow;
  let outsider: UserRow;
  const customers: Record<string, number> = {};
  let foreignCustomer: number;
  let stageId: number;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: at('2026-11-30 12:00') });
    f = factories(t.ctx);
    api = apiClient(t.app);
    org = await f.org({ name: '实体公司' });
    other = await f.org();
    sales = await f.department(org, org.rootDepartment, '销售部');
    east = await f.department(org, sales, '华东区');
    shanghai = await f.department(org, east, '上海组');
    support = await f.department(org, org.rootDepartment, '客服部');
    admin = await f.user(org, { scope: 'all', admin: true, name: '老板' });
    director = await f.user(org, { department: sales, scope: 'department_and_below', name: '总监' });
    manager = await f.user(org, { department: east, scope: 'department', name: '经理' });
    rep = await f.user(org, { department: shanghai, scope: 'self', name: '销售甲' });
    peer = await f.user(org, { department: east, scope: 'self', name: '销售乙' });
    supportRep = await f.user(org, { department: support, scope: 'self', name: '客服' });
    outsider = await f.user(other, { scope: 'all', admin: true });
    let minute = 0;
    for (const [key, owner] of [
      ['director', director],
      ['manager', manager],
      ['rep', rep],
      ['peer', peer],
      ['support', supportRep],
    ] as const) {
      minute += 1;
      customers[key] = await f.entity(org, owner, 'customers', {
        label: `客户-${key}`,
        createdAt: at(`2026-11-0${minute} 09:00`),
        updatedAt: at(`2026-11-1${minute} 09:00`),
        realRevisitAt: key === 'rep' ? at('2026-11-20 15:30') : null,
        revisitLogsCount: key === 'rep' ? 3 : 0,
      });
    }
    await f.entity(org, rep, 'customers', { label: '已删除客户', deleted: true });
    foreignCustomer = await f.entity(other, outsider, 'customers', { label: '别家客户' });
    stageId = (await f.options(org, 'opportunity.stage'))[1]!.id;
    await f.entity(org, rep, 'opportunities', { label: '大单', customerId: customers.rep!, state: stageId });
    await f.entity(org, rep, 'contracts', { label: '合同一', customerId: customers.rep! });
    await f.entity(org, rep, 'contacts', { label: '联系人一', customerId: customers.rep! });
    await f.entity(org, rep, 'leads', { label: '线索一' });
  });
  afterAll(() => t.close());

  const names = async (token: string, query = '') =>
    (await api.get(`/api/v2/customers?per_page=50${query}`, token)).data.customers.map((c: { name: string }) => c.name);

  it('applies each data scope to the owner column', async () => {
    expect(await names(await f.token(admin))).toHaveLength(5);
    expect((await names(await f.token(director))).sort()).toEqual(['客户-director', '客户-manager', '客户-peer', '客户-rep'].sort());
    expect((await names(await f.token(manager))).sort()).toEqual(['客户-manager', '客户-peer'].sort());
    expect(await names(await f.token(rep))).toEqual(['客户-rep']);
    expect(await names(await f.token(supportRep))).toEqual(['客户-support']);
    expect(await names(await f.token(outsider))).toEqual(['别家客户']);
  });

  it('shows a customer with exact field names and JSON types', async () => {
    const res = await api.get(`/api/v2/customers/${customers.rep}`, await f.token(rep));
    expect(res).toEqual({
      code: 0,
      data: {
        id: customers.rep,
        name: '客户-rep',
        user_id: rep.id,
        user_name: '销售甲',
        user: { id: rep.id, name: '销售甲', department_id: shanghai.id, department_name: '上海组' },
        status: null,
        status_mapped: null,
        category: null,
        category_mapped: null,
        company_name: null,
        source: null,
        note: null,
        address: {
          tel: '',
          phone: '',
          fax: '',
          email: '',
          qq: '',
          wechat: '',
          wangwang: '',
          url: '',
          zip: '',
          detail_address: '',
          full_address: '',
          lat: null,
          lng: null,
        },
        approve_status: 'approved',
        approve_status_i18n: '已通过',
        real_revisit_at: '2026-11-20 15:30',
        revisit_logs_count: 3,
        created_at: '2026-11-03 09:00',
        updated_at: '2026-11-13 09:00',
      },
    });
  });

  it('shows the other four entities in their shapes', async () => {
    const token = await f.token(rep);
    const opp = (await api.get('/api/v2/opportunities', token)).data.opportunities[0];
    expect(opp).toMatchObject({ name: '大单', title: '大单', stage: String(stageId), stage_mapped: '需求确定', customer_id: customers.rep, customer_name: '客户-rep', expect_amount: null });
    expect(opp).not.toHaveProperty('status');
    const contract = (await api.get('/api/v2/contracts', token)).data.contracts[0];
    expect(contract).toMatchObject({ name: '合同一', title: '合同一', status: null, status_mapped: null, customer_id: customers.rep, total_amount: null });
    const contact = (await api.get('/api/v2/contacts', token)).data.contacts[0];
    expect(contact).toMatchObject({ name: '联系人一', customer_id: customers.rep, customer_name: '客户-rep', phone: null });
    expect(contact).not.toHaveProperty('status');
    expect(contact).not.toHaveProperty('title');
    const lead = (await api.get('/api/v2/leads', token)).data.leads[0];
    expect(lead).toMatchObject({ name: '线索一', status: null, company_name: null });
    expect(lead).not.toHaveProperty('title');
    const list = await api.get('/api/v2/leads', token);
    expect(list.data).toMatchObject({ total_count: 1, per_page: 15, page: 1, has_next_page: false });
    expect(Object.keys(list.data).sort()).toEqual(['has_next_page', 'leads', 'page', 'per_page', 'total_count']);
  });

  it('filters by owner, department subtree, updated_at range and name; sorts', async () => {
    const token = await f.token(admin);
    expect(await names(token, `&user_id=${rep.id}`)).toEqual(['客户-rep']);
    expect((await names(token, `&department_id=${east.id}`)).sort()).toEqual(['客户-manager', '客户-peer', '客户-rep'].sort());
    expect(await names(token, `&department_id=${shanghai.id}`)).toEqual(['客户-rep']);
    expect(await names(token, '&updated_at_from=2026-11-12&updated_at_to=2026-11-13')).toEqual(['客户-rep', '客户-manager']);
    expect(await names(token, '&updated_at[from]=2026-11-14 09:00')).toEqual(['客户-support', '客户-peer']);
    expect(await names(token, '&name=PEER')).toEqual(['客户-peer']);
    expect(await names(token, '&name=%25')).toEqual([]);
    expect(await names(token, '&name=peer')).toEqual(['客户-peer']);
    expect(await names(token, '&sort=created_at&order=asc')).toEqual(['客户-director', '客户-manager', '客户-rep', '客户-peer', '客户-support']);
    expect((await names(token, '&sort=real_revisit_at&order=desc'))[0]).toEqual('客户-rep');
    expect((await api.get('/api/v2/customers?sort=name', token)).code).toBe(100406);
    expect((await api.get('/api/v2/customers?updated_at_from=yesterday', token)).code).toBe(100406);
    expect((await api.get(`/api/v2/customers?department_id=${other.rootDepartment.id}`, token)).code).toBe(100406);
  });

  it('answers 100100 alike for missing, deleted, invisible and other-tenant ids', async () => {
    const token = await f.token(rep);
    const missing = await api.get('/api/v2/customers/99999999', token);
    expect(missing.code).toBe(100100);
    expect(await api.get(`/api/v2/customers/${foreignCustomer}`, token)).toEqual(missing);
    expect(await api.get(`/api/v2/customers/${customers.peer}`, token)).toEqual(missing);
    expect((await api.get(`/api/v2/customers/${foreignCustomer}`, await f.token(admin))).code).toBe(100100);
  });

  it('runs a constant number of queries per list page, whatever per_page', async () => {
    const token = await f.token(admin);
    for (const table of ['customers', 'opportunities', 'contacts'] as const) {
      t.queries.length = 0;
      await api.get(`/api/v2/${table}?per_page=1`, token);
      const small = t.queries.length;
      t.queries.length = 0;
      await api.get(`/api/v2/${table}?per_page=200`, token);
      expect(t.queries.length).toBe(small);
      t.queries.length = 0;
      const big = await api.get(`/api/v2/${table}?per_page=200&department_id=${sales.id}`, token);
      expect(big.code).toBe(0);
      // The department filter costs one lookup; the page itself stays page + count + batched loads.
      expect(t.queries.length).toBeLessThanOrEqual(small + 1);
    }
  });

  it('lists option sets through field_maps, ids as numeric strings', async () => {
    const token = await f.token(rep);
    const res = await api.get('/api/v2/field_maps/revisit_log', token);
    expect(res.data.entity).toBe('revisit_log');
    expect(res.data.field_values[0]).toEqual({
      id: expect.stringMatching(/^\d+$/),
      value: '电话',
      status: 'enabled',
      i18n: { zh: '电话', en: 'Phone call' },
      position: 1,
      enabled: true,
    });
    expect(res.data.field_values.map((v: { value: string }) => v.value)).toEqual(['电话', '微信', '拜访', '邮件', '短信', 'QQ', '其他']);
    const customer = await api.get('/api/v2/field_maps/customer', token);
    expect(customer.data.fields.map((x: { field_name: string }) => x.field_name)).toEqual(['status', 'category']);
    for (const entity of ['lead', 'opportunity', 'contract']) {
      expect((await api.get(`/api/v2/field_maps/${entity}`, token)).data.field_values.length).toBeGreaterThan(0);
    }
    expect((await api.get('/api/v2/field_maps/spaceship', token)).code).toBe(100406);
  });
});
