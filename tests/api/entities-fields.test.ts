import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { apiClient } from '../support/api-client.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const EMPTY_ADDRESS = {
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
};

// Entity fields real IKCRM clients write and read (issue 14, items 3, 4 and 13).
describeEachDialect('entities: address, nested customer, customer fields', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let api: ReturnType<typeof apiClient>;
  let org: TestOrg;
  let rep: UserRow;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = factories(t.ctx);
    api = apiClient(t.app);
    org = await f.org();
    rep = await f.user(org, { scope: 'self', name: '销售甲' });
    token = await f.token(rep);
  });
  afterAll(() => t.close());

  it('writes the address from <entity>[address_attributes][…] and presents it on leads, customers and contacts', async () => {
    const form = 'lead[name]=A&lead[address_attributes][phone]=13800000000&lead[address_attributes][tel]=021-1234&lead[address_attributes][detail_address]=' + encodeURIComponent('上海市 1 号') + '&lead[address_attributes][lat]=31.2&lead[address_attributes][bogus]=x';
    const lead = await api.postForm('/api/v2/leads', token, form);
    expect(lead.code).toBe(0);
    expect(lead.data.address).toEqual({ ...EMPTY_ADDRESS, phone: '13800000000', tel: '021-1234', detail_address: '上海市 1 号', full_address: '上海市 1 号', lat: 31.2 });
    // Only the fields sent change; an empty value clears one.
    const put = await api.put(`/api/v2/leads/${lead.data.id}`, token, { lead: { address_attributes: { tel: '', email: 'a@b.cn' } } });
    expect(put.data.address).toMatchObject({ phone: '13800000000', tel: '', email: 'a@b.cn', lat: 31.2 });
    expect((await api.get(`/api/v2/leads/${lead.data.id}`, token)).data.address).toEqual(put.data.address);
    const customer = await api.post('/api/v2/customers', token, { customer: { name: '客户', address_attributes: { wechat: 'wx1' } } });
    expect(customer.data.address).toEqual({ ...EMPTY_ADDRESS, wechat: 'wx1' });
    const contact = await api.post('/api/v2/contacts', token, { contact: { name: '联系人', customer_id: customer.data.id, address_attributes: { phone: 139 } } });
    expect(contact.data.address).toEqual({ ...EMPTY_ADDRESS, phone: '139' });
    expect((await api.get('/api/v2/contacts', token)).data.contacts[0].address).toEqual({ ...EMPTY_ADDRESS, phone: '139' });
    const plain = await api.post('/api/v2/leads', token, { lead: { name: '无地址' } });
    expect(plain.data.address).toEqual(EMPTY_ADDRESS);
  });

  it('rejects a bad address value naming the field, and changes nothing', async () => {
    const lead = await api.post('/api/v2/leads', token, { lead: { name: 'B', address_attributes: { phone: '1' } } });
    const bad = await api.put(`/api/v2/leads/${lead.data.id}`, token, { lead: { name: 'B2', address_attributes: { phone: '2', lat: 'north' } } });
    expect(bad).toMatchObject({ code: 100406, error: 'invalid_parameter' });
    expect(bad.message).toContain('lead[address_attributes][lat]');
    const long = await api.put(`/api/v2/leads/${lead.data.id}`, token, { lead: { address_attributes: { tel: 'x'.repeat(256) } } });
    expect(long.code).toBe(100406);
    const after = (await api.get(`/api/v2/leads/${lead.data.id}`, token)).data;
    expect(after).toMatchObject({ name: 'B', address: { phone: '1', lat: null, tel: '' } });
    expect(await api.post('/api/v2/customers', token, { customer: { name: 'C', address_attributes: 'x' } })).toMatchObject({ code: 100406 });
  });

  it('nests the customer on opportunity and contract items', async () => {
    const customer = await f.entity(org, rep, 'customers', { label: '母公司' });
    await f.entity(org, rep, 'opportunities', { label: '商机', customerId: customer });
    await f.entity(org, rep, 'contracts', { label: '合同', customerId: customer });
    const nested = { id: customer, name: '母公司', user_id: rep.id, user_name: '销售甲', before_user: null };
    const opp = (await api.get(`/api/v2/opportunities?customer_id=${customer}`, token)).data.opportunities[0];
    expect(opp).toMatchObject({ customer_id: customer, customer_name: '母公司', customer: nested });
    const contract = (await api.get(`/api/v2/contracts?customer_id=${customer}`, token)).data.contracts[0];
    expect(contract.customer).toEqual(nested);
    expect(opp).not.toHaveProperty('address');
    const contact = await f.entity(org, rep, 'contacts', { label: '人', customerId: customer });
    expect((await api.get(`/api/v2/contacts/${contact}`, token)).data).not.toHaveProperty('customer');
  });

  it("stores and presents customers' company_name, source and note", async () => {
    const form = `customer[name]=X&customer[company_name]=${encodeURIComponent('某某有限公司')}&customer[source]=${encodeURIComponent('展会')}&customer[note]=${encodeURIComponent('备注\n第二行')}`;
    const created = await api.postForm('/api/v2/customers', token, form);
    expect(created.data).toMatchObject({ company_name: '某某有限公司', source: '展会', note: '备注\n第二行' });
    const updated = await api.put(`/api/v2/customers/${created.data.id}`, token, { customer: { note: 'n'.repeat(5000), source: null } });
    expect(updated.data).toMatchObject({ company_name: '某某有限公司', source: null, note: 'n'.repeat(5000) });
    const tooLong = await api.put(`/api/v2/customers/${created.data.id}`, token, { customer: { note: 'n'.repeat(5001) } });
    expect(tooLong.code).toBe(100406);
    expect(tooLong.message).toContain('customer[note]');
    expect((await api.get(`/api/v2/customers/${created.data.id}`, token)).data.note).toBe('n'.repeat(5000));
  });
});
