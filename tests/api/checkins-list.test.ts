import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentRow } from '../../src/features/directory/departments.repository.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { insertCheckin } from '../../src/features/checkins/checkins.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// 2026-03-10 10:00 in Asia/Shanghai.
const NOW = Date.UTC(2026, 2, 10, 2, 0);
const HOUR = 3_600_000;
const auth = (token: string) => ({ authorization: `Token token=${token}, device=open_api, version_code=9.9.9` });

describeEachDialect('check-in list, scopes and periods', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let sales: DepartmentRow;
  let north: DepartmentRow;
  let east: DepartmentRow;
  const users = {} as Record<'admin' | 'manager' | 'rep' | 'peer' | 'far', UserRow>;
  const tokens = {} as Record<keyof typeof users, string>;
  /** Ids by who made them, today's newest first. */
  const today = {} as Record<keyof typeof users, number[]>;
  let yesterday: number;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    const f = factories(t.ctx);
    org = await f.org();
    sales = await f.department(org, org.rootDepartment, '销售部');
    north = await f.department(org, sales, '北区');
    east = await f.department(org, org.rootDepartment, '东区');
    users.admin = await f.user(org, { scope: 'all', admin: true, name: '管理员' });
    users.manager = await f.user(org, { scope: 'department', department: sales, name: '经理' });
    users.rep = await f.user(org, { department: sales, name: '外勤甲' });
    users.peer = await f.user(org, { department: north, name: '外勤乙' });
    users.far = await f.user(org, { department: east, name: '外勤丙' });
    for (const k of Object.keys(users) as (keyof typeof users)[]) {
      tokens[k] = await f.token(users[k]);
      today[k] = [];
    }
    // Today from 08:00 on, one hour apart: rep ×3, peer, far, manager.
    const order: (keyof typeof users)[] = ['rep', 'peer', 'rep', 'far', 'manager', 'rep'];
    for (const [i, who] of order.entries()) {
      t.clock.now = NOW - 2 * HOUR + i * 10 * 60_000;
      const res = await t.app.inject({ method: 'POST', url: '/api/v2/checkins', headers: auth(tokens[who]), payload: { checkin: { lat: 30 + i, lng: 120, address: `地点${i}` } } });
      today[who].unshift(res.json().data.id);
    }
    t.clock.now = NOW;
    // Yesterday 18:00, written straight to the table as an older client's check-in would be.
    yesterday = await insertCheckin(t.ctx.database.db, {
      organization_id: org.id, user_id: users.rep.id, lat: 1, lng: 2, address: '昨天的地点', note: '', loggable_type: null, loggable_id: null,
      revisit_log_id: null, created_at: NOW - 16 * HOUR, deleted_at: null,
    });
  });
  afterAll(() => t.close());

  const list = async (query: string, who: keyof typeof users = 'admin') =>
    (await t.app.inject({ method: 'GET', url: `/api/v2/checkins${query}`, headers: auth(tokens[who]) })).json();
  const ids = (answer: { data: { checkins: { id: number }[] } }) => answer.data.checkins.map((c) => c.id);
  const allToday = () => [...today.rep, ...today.peer, ...today.far, ...today.manager].sort((a, b) => b - a);

  describe('periods', () => {
    it('lists today by default, newest first, with the paging fields', async () => {
      const answer = await list('');
      expect(answer.code).toBe(0);
      expect(ids(answer)).toEqual(allToday());
      expect(answer.data).toMatchObject({ total_count: 6, has_next_page: false, per_page: 15, page: 1 });
      expect(answer.data.checkins.map((c: { created_at: string }) => c.created_at)).toEqual(['2026-03-10 08:50', '2026-03-10 08:40', '2026-03-10 08:30', '2026-03-10 08:20', '2026-03-10 08:10', '2026-03-10 08:00']);
    });

    it("takes new_index's date values and day ranges", async () => {
      expect(ids(await list('?date=yesterday'))).toEqual([yesterday]);
      expect(ids(await list('?start_date=2026-03-09&end_date=2026-03-09'))).toEqual([yesterday]);
      expect(ids(await list('?date=other&start_date=2026-03-09&end_date=2026-03-10'))).toEqual([...allToday(), yesterday]);
      expect((await list('?date=all')).data.total_count).toBe(7);
      expect(ids(await list('?date=last_month'))).toEqual([]);
      expect(await list('?date=someday')).toMatchObject({ code: 100406, error: 'invalid_parameter' });
    });
  });

  describe('scopes and filters', () => {
    it('shows a self-scope rep only their own check-ins, in the list and by id', async () => {
      expect(ids(await list('?date=all', 'rep'))).toEqual([...today.rep, yesterday]);
      expect(ids(await list(`?date=all&user_id=${users.far.id}`, 'rep'))).toEqual([]);
      const byId = (id: number) => t.app.inject({ method: 'GET', url: `/api/v2/checkins/${id}`, headers: auth(tokens.rep) });
      const hidden = await byId(today.far[0]!);
      expect(hidden.json()).toMatchObject({ code: 100100 });
      expect(hidden.body).toBe((await byId(987_654_321)).body);
      expect((await byId(today.rep[0]!)).json().data.id).toBe(today.rep[0]);
    });

    it('shows a department manager their department, an all-scope member the organization', async () => {
      expect(ids(await list('', 'manager'))).toEqual([...today.rep, ...today.manager].sort((a, b) => b - a));
      expect(ids(await list('', 'admin'))).toEqual(allToday());
    });

    it('filters by user and by department (with sub-departments unless told otherwise)', async () => {
      expect(ids(await list(`?user_id=${users.peer.id},${users.far.id}`))).toEqual([...today.peer, ...today.far].sort((a, b) => b - a));
      expect(ids(await list(`?user_id[]=${users.far.id}`))).toEqual(today.far);
      expect(ids(await list(`?department_id=${sales.id}`))).toEqual([...today.rep, ...today.peer, ...today.manager].sort((a, b) => b - a));
      expect(ids(await list(`?department_id=${sales.id}&include_sub_departments=0`))).toEqual([...today.rep, ...today.manager].sort((a, b) => b - a));
      expect(ids(await list(`?department_id=987654`))).toEqual([]);
      // Filters are intersected with the scope: the manager's department filter on east shows nothing.
      expect(ids(await list(`?department_id=${east.id}`, 'manager'))).toEqual([]);
    });
  });

  describe('paging', () => {
    it('pages with exact totals, has_next_page and the per_page served', async () => {
      const all = allToday();
      const pages = await Promise.all([1, 2, 3, 4].map((page) => list(`?per_page=2&page=${page}`)));
      expect(pages.map(ids)).toEqual([all.slice(0, 2), all.slice(2, 4), all.slice(4, 6), []]);
      expect(pages.map((p) => [p.data.total_count, p.data.has_next_page, p.data.per_page, p.data.page])).toEqual([
        [6, true, 2, 1],
        [6, true, 2, 2],
        [6, false, 2, 3],
        [6, false, 2, 4],
      ]);
      expect((await list('?per_page=500&page=0')).data).toMatchObject({ per_page: 200, page: 1, total_count: 6 });
    });

    it('runs the same number of queries for a page of one and a page of six', async () => {
      const queriesFor = async (perPage: number) => {
        t.queries.length = 0;
        await list(`?per_page=${perPage}`);
        return t.queries.filter((q) => !/api_tokens|token_write_positions/.test(q)).length;
      };
      const one = await queriesFor(1);
      // Page, count, attachments, users (entities too when a check-in has one).
      expect(one).toBeGreaterThanOrEqual(4);
      expect(await queriesFor(6)).toBe(one);
    });
  });
});
