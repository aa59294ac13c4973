import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { apiClient } from '../support/api-client.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// issue 14, item 12: by_name and search_duplicates, within the caller's scope.
describeEachDialect('entities: by_name and search_duplicates', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let api: ReturnType<typeof apiClient>;
  let org: TestOrg;
  let rep: UserRow;
  let peer: UserRow;
  let token: string;
  let exact: number;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = factories(t.ctx);
    api = apiClient(t.app);
    org = await f.org();
    const other = await f.org();
    rep = await f.user(org, { scope: 'self' });
    peer = await f.user(org, { scope: 'self' });
    token = await f.token(rep);
    const create = async (user: UserRow, plural: string, body: object) => {
      const res = await api.post(`/api/v2/${plural}`, await f.token(user), body);
      expect(res.code).toBe(0);
      return res.data.id as number;
    };
    await create(rep, 'customers', { customer: { name: '华为技术有限公司' } });
    exact = await create(rep, 'customers', { customer: { name: '华为', address_attributes: { phone: '13800001111' } } });
    await create(rep, 'customers', { customer: { name: '小米', address_attributes: { tel: '021-13800001111-9' } } });
    await create(peer, 'customers', { customer: { name: '华为' } });
    await f.entity(other, await f.user(other, { scope: 'all', admin: true }), 'customers', { label: '华为' });
    await create(rep, 'leads', { lead: { name: '线索王', address_attributes: { phone: '13900002222' } } });
    await create(rep, 'contacts', { contact: { name: '张三', customer_id: exact, phone: '13700003333' } });
    await create(rep, 'opportunities', { opportunity: { title: '华为大单', customer_id: exact } });
  });
  afterAll(() => t.close());

  const names = (res: { data: Record<string, { name: string }[]> }, plural: string) => res.data[plural]!.map((x) => x.name);

  it('by_name answers the exact name within the scope as a list page, not the :id route', async () => {
    const res = await api.get(`/api/v2/customers/by_name?name=${encodeURIComponent('华为')}`, token);
    expect(res.code).toBe(0);
    expect(res.data).toMatchObject({ total_count: 1, page: 1, per_page: 15, has_next_page: false });
    expect(res.data.customers).toHaveLength(1);
    expect(res.data.customers[0]).toMatchObject({ id: exact, name: '华为', user_id: rep.id });
    expect(names(await api.get(`/api/v2/leads/by_name?name=${encodeURIComponent('线索王')}`, token), 'leads')).toEqual(['线索王']);
    expect((await api.get(`/api/v2/leads/by_name?name=${encodeURIComponent('线索')}`, token)).data.leads).toEqual([]);
    expect((await api.get('/api/v2/customers/by_name', token)).code).toBe(100406);
    expect((await api.get(`/api/v2/customers/${exact}`, token)).data.id).toBe(exact);
  });

  it('search_duplicates matches contained names and phones, exact first, within the scope', async () => {
    const byName = await api.get(`/api/v2/customers/search_duplicates?name=${encodeURIComponent('华为')}`, token);
    expect(names(byName, 'customers')).toEqual(['华为', '华为技术有限公司']);
    expect(byName.data.total_count).toBe(2);
    const byPhone = await api.get('/api/v2/customers/search_duplicates?phone=13800001111', token);
    expect(names(byPhone, 'customers')).toEqual(['华为', '小米']);
    const either = await api.get(`/api/v2/customers/search_duplicates?name=${encodeURIComponent('小米')}&phone=13800001111`, token);
    expect(names(either, 'customers').sort()).toEqual(['华为', '小米'].sort());
    expect(names(await api.get('/api/v2/contacts/search_duplicates?phone=0000333', token), 'contacts')).toEqual(['张三']);
    expect(names(await api.get('/api/v2/leads/search_duplicates?phone=139', token), 'leads')).toEqual(['线索王']);
    expect(names(await api.get(`/api/v2/opportunities/search_duplicates?name=${encodeURIComponent('华为')}`, token), 'opportunities')).toEqual(['华为大单']);
    expect((await api.get('/api/v2/opportunities/search_duplicates?phone=1', token)).code).toBe(100406);
    expect((await api.get('/api/v2/customers/search_duplicates', token)).code).toBe(100406);
    expect((await api.get('/api/v2/customers/search_duplicates?name=%25', token)).data.customers).toEqual([]);
  });
});
