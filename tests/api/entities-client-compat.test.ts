import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { apiClient } from '../support/api-client.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const at = (text: string) => DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm', { zone: 'Asia/Shanghai' }).toMillis();

// What real IKCRM clients filter entity lists by (issue 14, items 5 and 6).
describeEachDialect('entities: list filters clients send', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let api: ReturnType<typeof apiClient>;
  let org: TestOrg;
  let admin: UserRow;
  let token: string;
  let stages: { id: number }[];
  let statuses: { id: number }[];
  let customer: number;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: at('2026-11-30 12:00') });
    f = factories(t.ctx);
    api = apiClient(t.app);
    org = await f.org();
    admin = await f.user(org, { scope: 'all', admin: true });
    token = await f.token(admin);
    stages = await f.options(org, 'opportunity.stage');
    statuses = await f.options(org, 'customer.status');
    customer = await f.entity(org, admin, 'customers', { label: '甲', state: statuses[0]!.id, updatedAt: at('2026-11-12 00:00') });
    await f.entity(org, admin, 'customers', { label: '乙', state: statuses[1]!.id, updatedAt: at('2026-11-12 23:59') });
    await f.entity(org, admin, 'customers', { label: '丙', state: null, updatedAt: at('2026-11-13 00:00') });
    await f.entity(org, admin, 'customers', { label: '丁', state: statuses[1]!.id, updatedAt: at('2026-11-11 23:59') });
    await f.entity(org, admin, 'opportunities', { label: '商机一', customerId: customer, state: stages[0]!.id });
    await f.entity(org, admin, 'opportunities', { label: '商机二', customerId: customer, state: stages[1]!.id });
  });
  afterAll(() => t.close());

  const names = async (path: string) => {
    const res = await api.get(path, token);
    expect(res.code).toBe(0);
    return res.data[path.split('?')[0]!.split('/')[3]!].map((x: { name: string }) => x.name).sort();
  };

  it('filters opportunities by stage and customers by status (option ids); an unknown id matches nothing', async () => {
    expect(await names(`/api/v2/opportunities?stage=${stages[1]!.id}`)).toEqual(['商机二']);
    expect(await names(`/api/v2/opportunities?stage[]=${stages[0]!.id}&stage[]=${stages[1]!.id}`)).toEqual(['商机一', '商机二']);
    expect(await names('/api/v2/opportunities?stage=999999')).toEqual([]);
    expect(await names(`/api/v2/customers?status=${statuses[1]!.id}`)).toEqual(['丁', '乙']);
    expect((await api.get('/api/v2/customers?status=999999', token)).data).toMatchObject({ customers: [], total_count: 0 });
    expect(await names(`/api/v2/customers?approve_status=approved&status=${statuses[0]!.id}`)).toEqual(['甲']);
    expect(await names('/api/v2/customers?approve_status=draft')).toEqual([]);
  });

  it('rejects a malformed known filter instead of ignoring it; ignores unknown parameters', async () => {
    const bad = await api.get('/api/v2/opportunities?stage=abc', token);
    expect(bad).toMatchObject({ code: 100406, error: 'invalid_parameter' });
    expect(bad.message).toContain('stage');
    expect((await api.get('/api/v2/customers?approve_status=nope', token)).code).toBe(100406);
    expect(await names('/api/v2/customers?no_such_filter=1')).toEqual(['丁', '丙', '乙', '甲']);
  });

  it('treats a bare updated_at=<date> as that whole day in the organization zone', async () => {
    expect(await names('/api/v2/customers?updated_at=2026-11-12')).toEqual(['乙', '甲']);
    expect(await names('/api/v2/customers?updated_at=2026-11-12&updated_at_to=2026-11-12 12:00')).toEqual(['甲']);
    expect(await names('/api/v2/customers?updated_at=2026-11-10')).toEqual([]);
    expect((await api.get('/api/v2/customers?updated_at=yesterday', token)).code).toBe(100406);
    expect(await names('/api/v2/customers?updated_at[from]=2026-11-13')).toEqual(['丙']);
  });

  it('answers 100404 for the out-of-scope endpoints the README names', async () => {
    for (const path of ['/api/v2/products', '/api/v2/schedule_reports', '/api/v2/common_customers', '/api/v2/leads/1/transfer']) {
      const res = await api.get(path, token);
      expect(res.code).toBe(100404);
    }
  });
});
