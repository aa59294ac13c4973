import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { apiClient } from '../support/api-client.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// issue 14, item 10: custom fields on entities (definitions, values, presentation, filters).
describeEachDialect('custom fields: admin API, values on entities, filters', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let api: ReturnType<typeof apiClient>;
  let org: TestOrg;
  let admin: UserRow;
  let rep: UserRow;
  let adminToken: string;
  let token: string;
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = factories(t.ctx);
    api = apiClient(t.app);
    org = await f.org();
    admin = await f.user(org, { scope: 'all', admin: true });
    rep = await f.user(org, { scope: 'self' });
    adminToken = await f.token(admin);
    token = await f.token(rep);
  });
  afterAll(() => t.close());

  const define = async (body: object) => {
    const res = await api.post('/api/v2/admin/custom_fields', adminToken, body);
    expect(res.code).toBe(0);
    return res.data;
  };

  it('defines fields with generated IKCRM-style keys, or a given key; lists them by_group', async () => {
    const text = await define({ custom_field: { entity: 'customer', label: '行业', label_en: 'Industry', type: 'text' } });
    expect(text).toEqual({
      id: expect.any(Number),
      entity: 'customer',
      key: expect.stringMatching(/^text_asset_[0-9a-f]{8}$/),
      name: text.key,
      label: '行业',
      label_en: 'Industry',
      type: 'text',
      options: [],
      required: false,
      position: 1,
      enabled: true,
    });
    keys.text = text.key;
    keys.number = (await define({ entity: 'customer', label: '员工数', type: 'number' })).key;
    expect(keys.number).toMatch(/^numeric_asset_[0-9a-f]{8}$/);
    keys.datetime = (await define({ entity: 'customer', label: '签约时间', type: 'datetime' })).key;
    expect(keys.datetime).toMatch(/^datetime_asset_/);
    keys.date = (await define({ entity: 'customer', label: '生日', type: 'date', key: 'date_asset_1a2b' })).key;
    expect(keys.date).toBe('date_asset_1a2b');
    const select = await api.postForm('/api/v2/admin/custom_fields', adminToken, `custom_field[entity]=customer&custom_field[label]=L&custom_field[type]=select&custom_field[options][]=A&custom_field[options][]=B`);
    expect(select.data).toMatchObject({ type: 'select', options: ['A', 'B'], position: 5 });
    keys.select = select.data.key;
    keys.multi = (await define({ entity: 'customer', label: 'M', type: 'multi_select', options: ['x', 'y', 'z'] })).key;

    const groups = await api.get('/api/v2/custom_fields/customer/by_group', token);
    expect(groups.code).toBe(0);
    expect(groups.data).toHaveLength(1);
    expect(groups.data[0]).toMatchObject({ name: '自定义信息' });
    expect(groups.data[0].custom_fields.map((x: { key: string }) => x.key)).toEqual([keys.text, keys.number, keys.datetime, keys.date, keys.select, keys.multi]);
    expect((await api.get('/api/v2/custom_fields/lead/by_group', token)).data[0].custom_fields).toEqual([]);
    expect((await api.get('/api/v2/custom_fields/spaceship/by_group', token)).code).toBe(100406);
  });

  it('rejects bad definitions and non-admins, creating nothing', async () => {
    const before = (await api.get('/api/v2/admin/custom_fields?entity=customer', adminToken)).data.custom_fields.length;
    expect((await api.post('/api/v2/admin/custom_fields', adminToken, { entity: 'customer', label: 'x', type: 'colour' })).code).toBe(100406);
    expect((await api.post('/api/v2/admin/custom_fields', adminToken, { entity: 'planet', label: 'x', type: 'text' })).code).toBe(100406);
    expect((await api.post('/api/v2/admin/custom_fields', adminToken, { entity: 'customer', label: 'x', type: 'select' })).code).toBe(100406);
    expect((await api.post('/api/v2/admin/custom_fields', adminToken, { entity: 'customer', label: 'x', type: 'text', key: 'name' })).code).toBe(100406);
    expect((await api.post('/api/v2/admin/custom_fields', adminToken, { entity: 'lead', label: 'x', type: 'date', key: 'date_asset_1a2b' })).code).toBe(100406);
    expect((await api.post('/api/v2/admin/custom_fields', token, { entity: 'customer', label: 'x', type: 'text' })).code).toBe(100403);
    expect((await api.get('/api/v2/admin/custom_fields?entity=customer', adminToken)).data.custom_fields).toHaveLength(before);
  });

  it('stores values from the bracket keys clients send, validated by type, and presents them as top-level keys', async () => {
    const form = [
      'customer[name]=C1',
      `customer[${keys.text}]=${encodeURIComponent('制造业')}`,
      `customer[${keys.number}]=120`,
      `customer[${keys.datetime}]=${encodeURIComponent('2026-11-30 14:05')}`,
      `customer[${keys.date}]=2026-1-5`,
      `customer[${keys.select}]=B`,
      `customer[${keys.multi}][]=x&customer[${keys.multi}][]=z`,
      'customer[text_asset_ffff]=ignored',
    ].join('&');
    const created = await api.postForm('/api/v2/customers', token, form);
    expect(created.code).toBe(0);
    expect(created.data).toMatchObject({
      [keys.text!]: '制造业',
      [keys.number!]: 120,
      [keys.datetime!]: '2026-11-30 14:05',
      [keys.date!]: '2026-01-05',
      [keys.select!]: 'B',
      [keys.multi!]: ['x', 'z'],
    });
    expect(created.data).not.toHaveProperty('text_asset_ffff');
    const plain = await api.post('/api/v2/customers', token, { customer: { name: 'C2', [keys.number!]: '7.5' } });
    expect(plain.data).toMatchObject({ [keys.text!]: null, [keys.number!]: 7.5, [keys.multi!]: [], [keys.datetime!]: null });
    // An update changes only the keys it sends; an empty value clears.
    const updated = await api.put(`/api/v2/customers/${created.data.id}`, token, { customer: { [keys.text!]: '', [keys.number!]: 121 } });
    expect(updated.data).toMatchObject({ [keys.text!]: null, [keys.number!]: 121, [keys.select!]: 'B' });
  });

  it('answers 100406 naming the key for a bad value, and changes nothing', async () => {
    const before = (await api.get('/api/v2/customers?per_page=50', token)).data;
    for (const [key, value] of [
      [keys.number, 'lots'],
      [keys.date, '2025-02-30'],
      [keys.datetime, 'tomorrow'],
      [keys.select, 'C'],
      [keys.multi, ['x', 'q']],
    ] as const) {
      const res = await api.post('/api/v2/customers', token, { customer: { name: 'bad', [key!]: value } });
      expect(res.code).toBe(100406);
      expect(res.message).toContain(`customer[${key}]`);
    }
    const id = before.customers[0].id;
    const res = await api.put(`/api/v2/customers/${id}`, token, { customer: { name: 'renamed', [keys.number!]: 'x' } });
    expect(res.code).toBe(100406);
    expect((await api.get('/api/v2/customers?per_page=50', token)).data).toEqual(before);
  });

  it('filters lists by <key>=, <key>_from / <key>_to', async () => {
    const names = async (q: string) => {
      const res = await api.get(`/api/v2/customers?per_page=50&${q}`, token);
      expect(res.code).toBe(0);
      return res.data.customers.map((c: { name: string }) => c.name).sort();
    };
    expect(await names(`${keys.number}=121`)).toEqual(['C1']);
    expect(await names(`${keys.number}_from=7&${keys.number}_to=100`)).toEqual(['C2']);
    expect(await names(`${keys.number}_from=7`)).toEqual(['C1', 'C2']);
    expect(await names(`${keys.select}=B`)).toEqual(['C1']);
    expect(await names(`${keys.multi}=z`)).toEqual(['C1']);
    expect(await names(`${keys.multi}=y`)).toEqual([]);
    expect(await names(`${keys.date}_from=2026-01-01&${keys.date}_to=2026-1-31`)).toEqual(['C1']);
    expect(await names(`${keys.datetime}=2026-11-30`)).toEqual(['C1']);
    expect(await names(`${keys.datetime}_to=2026-11-29`)).toEqual([]);
    expect(await names('text_asset_ffff=1')).toEqual(['C1', 'C2']);
    expect((await api.get(`/api/v2/customers?${keys.number}_from=abc`, token)).code).toBe(100406);
    expect((await api.get(`/api/v2/customers?${keys.select}_from=A`, token)).code).toBe(100406);
  });

  it('updates and deletes definitions; a required field must be given on create', async () => {
    const def = await define({ entity: 'lead', label: '必填', type: 'text', required: true });
    const missing = await api.post('/api/v2/leads', token, { lead: { name: 'L' } });
    expect(missing.code).toBe(100406);
    expect(missing.message).toContain(`lead[${def.key}]`);
    expect((await api.post('/api/v2/leads', token, { lead: { name: 'L', [def.key]: 'v' } })).data[def.key]).toBe('v');
    const relabeled = await api.put(`/api/v2/admin/custom_fields/${def.id}`, adminToken, { label: '改名', required: false });
    expect(relabeled.data).toMatchObject({ label: '改名', required: false, key: def.key });
    expect((await api.put(`/api/v2/admin/custom_fields/${def.id}`, adminToken, { type: 'number' })).code).toBe(100406);
    expect(await api.del(`/api/v2/admin/custom_fields/${def.id}`, adminToken)).toEqual({ code: 0, data: { id: def.id } });
    const lead = (await api.get('/api/v2/leads', token)).data.leads[0];
    expect(lead).not.toHaveProperty(def.key);
    expect((await api.del(`/api/v2/admin/custom_fields/${def.id}`, adminToken)).code).toBe(100100);
    const stored = await t.ctx.database.db.selectFrom('custom_field_values').select('value_text').where('field_id', '=', def.id).execute();
    expect(stored).toEqual([{ value_text: 'v' }]);
  });
});
