import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { apiClient } from '../support/api-client.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, TEST_PASSWORD, writeFactories, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const SH = 'Asia/Shanghai';
const at = (text: string) => DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm', { zone: SH }).toMillis();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** One rule for where parameters come from and how they read, on every route (issues 10 and 14). */
describeEachDialect('parameters: sources and rules shared by every route', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let api: ReturnType<typeof apiClient>;
  let org: TestOrg;
  let admin: UserRow;
  let rep: UserRow;
  let adminToken: string;
  let token: string;
  let customer: number;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: at('2026-12-01 12:00') });
    f = factories(t.ctx);
    api = apiClient(t.app);
    org = await f.org();
    admin = await f.user(org, { admin: true, scope: 'all' });
    rep = await f.user(org, { scope: 'all' });
    adminToken = await f.token(admin);
    token = await f.token(rep);
    for (let i = 0; i < 3; i++) await f.entity(org, rep, 'customers', { label: `客户${i}`, updatedAt: at('2026-11-30 10:00') + i * 60_000 });
    customer = await f.customer(org, rep, '跟进客户');
    await f.revisitLogs(org, rep, { type: 'Customer', id: customer }, [at('2026-11-30 09:00'), at('2026-12-01 09:00'), at('2026-11-29 09:00')]);
  });
  afterAll(() => t.close());

  const get = (url: string, payload?: string) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Token token=${token}`, ...(payload ? FORM : {}) }, ...(payload ? { payload } : {}) }).then((r) => r.json());

  describe('query and body alike, query first (issue 14.1)', () => {
    it('reads GET list parameters from a form body, as Node scripts send them', async () => {
      const res = await get('/api/v2/customers', 'page=2&per_page=1');
      expect(res.code).toBe(0);
      expect([res.data.page, res.data.per_page, res.data.customers.length, res.data.total_count]).toEqual([2, 1, 1, 4]);
      const logs = await get('/api/v2/revisit_logs/new_index', 'date=all&per_page=2');
      expect([logs.data.per_page, logs.data.revisit_logs.length, logs.data.total_count]).toEqual([2, 2, 3]);
    });
    it('lets the query win when both carry a key', async () => {
      const res = await get('/api/v2/customers?per_page=3', 'per_page=1&page=1');
      expect([res.data.per_page, res.data.customers.length]).toEqual([3, 3]);
    });
    it('takes the token from the same body, and a JSON body works as well', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v2/user/list', headers: FORM, payload: `user_token=${token}&per_page=1` });
      expect([res.json().code, res.json().data.per_page]).toEqual([0, 1]);
      const json = await t.app.inject({ method: 'GET', url: '/api/v2/user/list', payload: { user_token: token, per_page: 2, page: 1 } });
      expect([json.json().code, json.json().data.per_page]).toEqual([0, 2]);
    });
  });

  describe('dates (issue 14.2, issue 10.13)', () => {
    it('accepts / and - separators and unpadded months and days on new_index', async () => {
      const padded = await get('/api/v2/revisit_logs/new_index?start_date=2026-11-30&end_date=2026-12-01');
      expect(padded.data.total_count).toBe(2);
      for (const [start, end] of [['2026/11/30', '2026/12/1'], ['2026-11-30', '2026-12-1'], ['2026/11/30', '2026/12/01']]) {
        const res = await get(`/api/v2/revisit_logs/new_index?start_date=${start}&end_date=${end}`);
        expect([res.code, res.data.total_count], `${start}..${end}`).toEqual([0, 2]);
      }
    });
    it('accepts them on entity lists too', async () => {
      const res = await get('/api/v2/customers?updated_at_from=2026/11/30&updated_at_to=2026/11/30');
      expect([res.code, res.data.total_count]).toEqual([0, 3]);
    });
    it('still rejects impossible dates and years outside 1970–9999, naming the parameter', async () => {
      for (const [query, name] of [
        ['start_date=2025-02-30', 'start_date'],
        ['end_date=2025/2/30', 'end_date'],
        ['start_date=0001-01-01', 'start_date'],
      ] as const) {
        const res = await get(`/api/v2/revisit_logs/new_index?${query}`);
        expect([res.code, res.message], query).toEqual([100406, expect.stringContaining(name)]);
      }
      expect((await get('/api/v2/customers?updated_at_from=2025-02-30')).code).toBe(100406);
    });
    it('refuses out-of-range follow-up times and writes nothing', async () => {
      const before = await writeFactories(t.ctx).counts();
      for (const time of ['+275760-09-13T00:00:00Z', '0001-01-01', '10000-01-01 00:00']) {
        const res = await api.post('/api/v2/revisit_logs', token, {
          revisit_log: { loggable_type: 'customer', loggable_id: customer, content: 'x', real_revisit_at: time },
        });
        expect([res.code, res.message], time).toEqual([100406, expect.stringContaining('revisit_log[real_revisit_at]')]);
      }
      expect(await writeFactories(t.ctx).counts()).toEqual(before);
    });
    it('accepts a C# client’s follow-up time with slashes', async () => {
      const res = await api.post('/api/v2/revisit_logs', token, {
        revisit_log: { loggable_type: 'customer', loggable_id: customer, content: '斜杠时间', real_revisit_at: '2026/11/30 9:05' },
      });
      expect([res.code, res.data.real_revisit_at]).toEqual([0, '2026-11-30 09:05']);
    });
  });

  describe('NUL characters (issue 10.8)', () => {
    it('answers 100406 naming the parameter wherever U+0000 appears, and writes nothing', async () => {
      const before = await writeFactories(t.ctx).counts();
      const create = await api.post('/api/v2/revisit_logs', token, {
        revisit_log: { loggable_type: 'customer', loggable_id: customer, content: 'a\u0000b' },
      });
      expect([create.code, create.message]).toEqual([100406, expect.stringContaining('revisit_log[content]')]);
      const form = await api.postForm('/api/v2/revisit_logs', token, `revisit_log[loggable_type]=customer&revisit_log[loggable_id]=${customer}&revisit_log[content]=%00`);
      expect(form.code).toBe(100406);
      expect(await writeFactories(t.ctx).counts()).toEqual(before);
      const filter = await get('/api/v2/customers?name=%00');
      expect([filter.code, filter.message]).toEqual([100406, expect.stringContaining('name')]);
      const login = await t.app.inject({ method: 'POST', url: '/api/v2/auth/login', payload: { login: `a\u0000`, password: TEST_PASSWORD } });
      expect([login.statusCode, login.json().code]).toEqual([200, 100406]);
      const path = await get('/api/v2/field_maps/lead%00');
      expect(path.code).toBe(100406);
    });
  });

  describe('list caps (issue 10.6)', () => {
    it('refuses more than 200 ids in any list form with 100406, writing nothing', async () => {
      const ids = Array.from({ length: 40_000 }, (_, i) => i + 1);
      const before = await writeFactories(t.ctx).counts();
      const base = { revisit_log: { loggable_type: 'customer', loggable_id: customer, content: '太多' } };
      for (const atUsers of [ids, ids.join(',')]) {
        const res = await api.post('/api/v2/revisit_logs', token, { ...base, at_user_ids: atUsers });
        expect([res.code, res.message]).toEqual([100406, expect.stringContaining('at_user_ids')]);
      }
      const form = await api.postForm(
        '/api/v2/revisit_logs',
        token,
        `revisit_log[loggable_type]=customer&revisit_log[loggable_id]=${customer}&revisit_log[content]=x&${ids.slice(0, 1500).map((id) => `at_user_ids[]=${id}`).join('&')}`,
      );
      expect(form.code).toBe(100406);
      expect(await writeFactories(t.ctx).counts()).toEqual(before);
      const filter = await get(`/api/v2/revisit_logs/new_index?user_id=${ids.slice(0, 5000).join(',')}`);
      expect([filter.code, filter.message]).toEqual([100406, expect.stringContaining('user_id')]);
    });
  });

  describe('names in paths (issue 10.9, issue 14.7)', () => {
    it('answers __proto__ and constructor like any unknown field_maps entity', async () => {
      const unknown = await get('/api/v2/field_maps/spaceship');
      expect(unknown.code).toBe(100406);
      for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        expect(await get(`/api/v2/field_maps/${name}`), name).toEqual(unknown);
      }
    });
    it('routes only digits as ids: unknown names answer 100404', async () => {
      for (const url of ['/api/v2/customers/no_such_action', '/api/v2/leads/filter_sort_group', '/api/v2/customers/abc', '/api/v2/user/by_name', '/api/v2/contacts/1x']) {
        expect((await get(url)).code, url).toBe(100404);
      }
      expect((await get(`/api/v2/customers/${customer}`)).data.id).toBe(customer);
      expect((await get('/api/v2/customers/99999999999999999999')).code).toBe(100406);
    });
  });

  describe('a missing body is an empty one (issue 10.11)', () => {
    it('runs the README’s bodiless admin calls', async () => {
      const user = await f.user(org);
      const bare = await t.app.inject({ method: 'POST', url: `/api/v2/admin/users/${user.id}/disable`, headers: { authorization: `Token token=${adminToken}` } });
      expect([bare.json().code, bare.json().data.disabled]).toEqual([0, true]);
      const emptyJson = await t.app.inject({
        method: 'POST',
        url: `/api/v2/admin/users/${user.id}/enable`,
        headers: { authorization: `Token token=${adminToken}`, 'content-type': 'application/json' },
        payload: '',
      });
      expect([emptyJson.json().code, emptyJson.json().data.disabled]).toEqual([0, false]);
      const [option] = await f.options(org, 'revisit_log.category');
      const disable = await t.app.inject({ method: 'POST', url: `/api/v2/admin/options/${option!.id}/disable`, headers: { authorization: `Token token=${adminToken}` } });
      expect([disable.json().code, disable.json().data.enabled]).toEqual([0, false]);
    });
    it('still answers a malformed JSON body with 100406 naming the body', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v2/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"login":' });
      expect(res.json()).toEqual({ code: 100406, message: '参数错误：body 无效', error: 'invalid_parameter' });
    });
  });
});
