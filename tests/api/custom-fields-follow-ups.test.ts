import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { apiClient } from '../support/api-client.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const at = (text: string) => DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm', { zone: 'Asia/Shanghai' }).toMillis();

// issue 14, item 10: custom fields on follow-ups (written in revisit_log[…], shown on the item, filterable).
describeEachDialect('custom fields on follow-ups', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let api: ReturnType<typeof apiClient>;
  let org: TestOrg;
  let rep: UserRow;
  let token: string;
  let customer: number;
  let textKey: string;
  let numberKey: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: at('2026-11-30 12:00') });
    f = factories(t.ctx);
    api = apiClient(t.app);
    org = await f.org();
    const admin = await f.user(org, { scope: 'all', admin: true });
    rep = await f.user(org, { scope: 'self' });
    token = await f.token(rep);
    customer = await f.entity(org, rep, 'customers');
    const adminToken = await f.token(admin);
    textKey = (await api.post('/api/v2/admin/custom_fields', adminToken, { entity: 'revisit_log', label: '拜访目的', type: 'text' })).data.key;
    numberKey = (await api.post('/api/v2/admin/custom_fields', adminToken, { entity: 'revisit_log', label: '时长', type: 'number' })).data.key;
  });
  afterAll(() => t.close());

  const create = (extra: string) =>
    api.postForm('/api/v2/revisit_logs', token, `revisit_log[loggable_type]=Customer&revisit_log[loggable_id]=${customer}&revisit_log[content]=hi${extra}`);

  it('writes values from revisit_log[<key>] and shows them as top-level keys of the item and the list', async () => {
    const created = await create(`&revisit_log[${textKey}]=${encodeURIComponent('签单')}&revisit_log[${numberKey}]=30&revisit_log[text_asset_1a2b]=x`);
    expect(created.code).toBe(0);
    expect(created.data[textKey]).toBe('签单');
    expect(created.data[numberKey]).toBe(30);
    expect(created.data).not.toHaveProperty('text_asset_1a2b');
    const shown = await api.get(`/api/v2/revisit_logs/${created.data.id}`, token);
    expect(shown.data).toMatchObject({ [textKey]: '签单', [numberKey]: 30 });
    const updated = await api.put(`/api/v2/revisit_logs/${created.data.id}`, token, { revisit_log: { [numberKey]: 45 } });
    expect(updated.data).toMatchObject({ [textKey]: '签单', [numberKey]: 45 });
    const other = await create('');
    expect(other.data).toMatchObject({ [textKey]: null, [numberKey]: null });
    const list = await api.get('/api/v2/revisit_logs/new_index?date=all', token);
    expect(list.data.revisit_logs.map((r: Record<string, unknown>) => [r.id, r[numberKey]])).toEqual([
      [other.data.id, null],
      [created.data.id, 45],
    ]);
  });

  it('rejects a bad value naming the key and stores nothing', async () => {
    const before = (await api.get('/api/v2/revisit_logs/new_index?date=all', token)).data.total_count;
    const bad = await create(`&revisit_log[${numberKey}]=half`);
    expect(bad).toMatchObject({ code: 100406 });
    expect(bad.message).toContain(`revisit_log[${numberKey}]`);
    expect((await api.get('/api/v2/revisit_logs/new_index?date=all', token)).data.total_count).toBe(before);
  });

  it('filters new_index by <key>= and <key>_from/_to, at a constant number of queries', async () => {
    const ids = async (q: string) => (await api.get(`/api/v2/revisit_logs/new_index?date=all&${q}`, token)).data.revisit_logs.map((r: { id: number }) => r.id);
    const withValue = (await ids(`${numberKey}=45`)) as number[];
    expect(withValue).toHaveLength(1);
    expect(await ids(`${numberKey}_from=40&${numberKey}_to=50`)).toEqual(withValue);
    expect(await ids(`${numberKey}_from=46`)).toEqual([]);
    expect(await ids(`${textKey}=${encodeURIComponent('签单')}`)).toEqual(withValue);
    expect((await api.get(`/api/v2/revisit_logs/new_index?date=all&${numberKey}_to=soon`, token)).code).toBe(100406);
    t.queries.length = 0;
    await api.get(`/api/v2/revisit_logs/new_index?date=all&per_page=1&${numberKey}_from=1`, token);
    const small = t.queries.length;
    t.queries.length = 0;
    await api.get(`/api/v2/revisit_logs/new_index?date=all&per_page=200&${numberKey}_from=1`, token);
    expect(t.queries.length).toBe(small);
  });
});
