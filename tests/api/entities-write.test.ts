import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { apiClient } from '../support/api-client.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

describeEachDialect('entities: write API', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let api: ReturnType<typeof apiClient>;
  let org: TestOrg;
  let other: TestOrg;
  let rep: UserRow;
  let peer: UserRow;
  let outsider: UserRow;
  let token: string;
  let peerCustomer: number;
  let foreignCustomer: number;

  const count = async (table: 'customers' | 'contacts' | 'opportunities' | 'contracts' | 'leads') => {
    const row = await t.ctx.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = factories(t.ctx);
    api = apiClient(t.app);
    org = await f.org();
    other = await f.org();
    rep = await f.user(org, { scope: 'self', name: '销售甲' });
    peer = await f.user(org, { scope: 'self', name: '销售乙' });
    outsider = await f.user(other, { scope: 'all', admin: true });
    token = await f.token(rep);
    peerCustomer = await f.entity(org, peer, 'customers');
    foreignCustomer = await f.entity(other, outsider, 'customers');
  });
  afterAll(() => t.close());

  it('creates a customer from a nested form body and from JSON', async () => {
    const status = (await f.options(org, 'customer.status'))[1]!;
    const form = await api.postForm('/api/v2/customers', token, `customer[name]=${encodeURIComponent('新客户')}&customer[status]=${status.id}&customer[unknown_key]=x`);
    expect(form.code).toBe(0);
    expect(form.data).toMatchObject({ name: '新客户', user_id: rep.id, status: String(status.id), status_mapped: '意向', approve_status: 'approved', revisit_logs_count: 0 });
    const json = await api.post('/api/v2/customers', token, { customer: { name: 'JSON 客户' } });
    expect(json.data).toMatchObject({ name: 'JSON 客户', status: null });
    expect((await api.get(`/api/v2/customers/${json.data.id}`, token)).data.id).toBe(json.data.id);
  });

  it('updates with PUT and with POST to the record, and soft-deletes', async () => {
    const created = await api.post('/api/v2/leads', token, { lead: { name: '线索', company_name: '某公司' } });
    expect(created.data).toMatchObject({ name: '线索', company_name: '某公司' });
    const put = await api.put(`/api/v2/leads/${created.data.id}`, token, { lead: { name: '线索改' } });
    expect(put.data).toMatchObject({ name: '线索改', company_name: '某公司' });
    const post = await api.postForm(`/api/v2/leads/${created.data.id}`, token, 'lead[company_name]=');
    expect(post.data).toMatchObject({ name: '线索改', company_name: null });
    const before = await count('leads');
    expect(await api.del(`/api/v2/leads/${created.data.id}`, token)).toEqual({ code: 0, data: { id: created.data.id } });
    expect(await count('leads')).toBe(before);
    expect((await api.get(`/api/v2/leads/${created.data.id}`, token)).code).toBe(100100);
    expect((await api.del(`/api/v2/leads/${created.data.id}`, token)).code).toBe(100100);
  });

  it('requires a visible customer of the same organization for contacts, opportunities and contracts', async () => {
    const own = (await api.post('/api/v2/customers', token, { customer: { name: '自己的客户' } })).data.id as number;
    const contact = await api.post('/api/v2/contacts', token, { contact: { name: '张三', phone: '13800000000', customer_id: own } });
    expect(contact.data).toMatchObject({ name: '张三', phone: '13800000000', customer_id: own, customer_name: '自己的客户' });
    const opp = await api.post('/api/v2/opportunities', token, { opportunity: { title: '商机', customer_id: String(own), expect_amount: '12.5' } });
    expect(opp.data).toMatchObject({ title: '商机', name: '商机', expect_amount: 12.5, stage: null });
    const contract = await api.post('/api/v2/contracts', token, { contract: { name: '合同', customer_id: own, total_amount: 100 } });
    expect(contract.data).toMatchObject({ title: '合同', total_amount: 100 });

    for (const table of ['contacts', 'opportunities', 'contracts'] as const) {
      const singular = { contacts: 'contact', opportunities: 'opportunity', contracts: 'contract' }[table];
      const before = await count(table);
      for (const customerId of [undefined, peerCustomer, foreignCustomer, 99999999]) {
        const res = await api.post(`/api/v2/${table}`, token, { [singular]: { name: 'x', title: 'x', customer_id: customerId } });
        expect(res.code).toBe(100406);
        expect(res.message).toContain(`${singular}[customer_id]`);
      }
      expect(await count(table)).toBe(before);
    }
  });

  it('rejects invalid fields with 100406 naming the field and writes nothing', async () => {
    const before = await count('customers');
    const disabledOption = (await f.options(org, 'customer.status'))[0]!;
    await t.ctx.database.db.updateTable('field_options').set({ enabled: 0 }).where('id', '=', disabledOption.id).execute();
    const otherSet = (await f.options(org, 'lead.status'))[0]!;
    const cases: [unknown, string][] = [
      [{ customer: { name: '' } }, 'customer[name]'],
      [{ customer: {} }, 'customer[name]'],
      [{ customer: { name: 'x'.repeat(300) } }, 'customer[name]'],
      [{ customer: { name: 'ok', status: otherSet.id } }, 'customer[status]'],
      [{ customer: { name: 'ok', status: disabledOption.id } }, 'customer[status]'],
      [{ customer: { name: 'ok', approve_status: 'maybe' } }, 'customer[approve_status]'],
      [{ customer: { name: 'ok', user_id: peer.id } }, 'customer[user_id]'],
      [{ customer: { name: 'ok', user_id: outsider.id } }, 'customer[user_id]'],
    ];
    for (const [body, field] of cases) {
      const res = await api.post('/api/v2/customers', token, body);
      expect(res.code, JSON.stringify(body).slice(0, 80)).toBe(100406);
      expect(res.message).toContain(field);
    }
    expect(await count('customers')).toBe(before);
    const own = (await api.post('/api/v2/customers', token, { customer: { name: '保持原名' } })).data.id as number;
    expect((await api.put(`/api/v2/customers/${own}`, token, { customer: { name: '' } })).code).toBe(100406);
    expect((await api.get(`/api/v2/customers/${own}`, token)).data.name).toBe('保持原名');
    expect((await api.put(`/api/v2/customers/${peerCustomer}`, token, { customer: { name: 'x' } })).code).toBe(100100);
    expect((await api.put(`/api/v2/customers/${foreignCustomer}`, token, { customer: { name: 'x' } })).code).toBe(100100);
    expect((await api.del(`/api/v2/customers/${foreignCustomer}`, token)).code).toBe(100100);
  });

  it('keeps showing a disabled option on a record that already has it', async () => {
    const option = (await f.options(org, 'opportunity.stage'))[2]!;
    const customer = (await api.post('/api/v2/customers', token, { customer: { name: '阶段客户' } })).data.id as number;
    const opp = await api.post('/api/v2/opportunities', token, { opportunity: { title: '旧商机', customer_id: customer, stage: String(option.id) } });
    await t.ctx.database.db.updateTable('field_options').set({ enabled: 0 }).where('id', '=', option.id).execute();
    const again = await api.put(`/api/v2/opportunities/${opp.data.id}`, token, { opportunity: { title: '旧商机2', stage: String(option.id) } });
    expect(again.data).toMatchObject({ title: '旧商机2', stage: String(option.id), stage_mapped: option.name });
  });
});
