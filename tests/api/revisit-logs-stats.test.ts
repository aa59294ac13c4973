import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DepartmentRow } from '../../src/features/directory/departments.repository.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { apiClient } from '../support/api-client.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const SH = 'Asia/Shanghai';
const at = (iso: string) => DateTime.fromISO(iso, { zone: SH }).toMillis();
const NOW = at('2026-12-02T12:00:00'); // a Wednesday; its week is Mon 2026-11-30 … Sun 2026-12-06

describeEachDialect('GET /api/v2/revisit_logs/stats', (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof apiClient>;
  let org: TestOrg;
  let d: Record<'a' | 'a1' | 'b', DepartmentRow>;
  let u: Record<'admin' | 'a' | 'a1' | 'b', UserRow>;
  let tok: Record<'admin' | 'b', string>;
  let cat: { id: number; name: string }[];
  let customer: number;
  let lead: number;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    api = apiClient(t.app);
    const f = factories(t.ctx);
    org = await f.org({ timeZone: SH });
    const a = await f.department(org, org.rootDepartment, '销售一部');
    const a1 = await f.department(org, a, '一部华东组');
    const b = await f.department(org, org.rootDepartment, '销售二部');
    d = { a, a1, b };
    u = {
      admin: await f.user(org, { scope: 'all', name: '管理员' }),
      a: await f.user(org, { department: a, scope: 'self', name: '甲' }),
      a1: await f.user(org, { department: a1, scope: 'self', name: '乙' }),
      b: await f.user(org, { department: b, scope: 'self', name: '丙' }),
    };
    tok = { admin: await f.token(u.admin), b: await f.token(u.b) };
    cat = (await f.categories(org)).slice(0, 2);
    customer = await f.customer(org, u.admin, '客户甲');
    const customer2 = await f.customer(org, u.admin, '客户乙');
    lead = await f.lead(org, u.admin, '线索甲');
    const C = { type: 'Customer' as const, id: customer };
    // This week: Monday 00:00 and Sunday 23:59 are in; the Sunday before and the Monday after are not.
    await f.revisitLogs(org, u.a, C, [at('2026-11-30T00:00'), at('2026-11-30T09:00'), at('2026-12-06T23:59')], { category: cat[0]!.id });
    await f.revisitLogs(org, u.a1, { type: 'Customer', id: customer2 }, [at('2026-12-01T10:00')], { category: cat[1]!.id });
    await f.revisitLogs(org, u.a1, C, [at('2026-12-02T08:00')]);
    await f.revisitLogs(org, u.b, { type: 'Lead', id: lead }, [at('2026-12-02T09:00'), at('2026-11-29T23:59')], { category: cat[0]!.id });
    await f.revisitLogs(org, u.admin, { type: 'Lead', id: lead }, [at('2026-12-07T00:00'), at('2026-10-15T12:00')]);
    await f.revisitLogs(org, u.a, C, [at('2026-12-01T11:00')], { deleted_at: NOW });
  });
  afterAll(() => t.close());

  async function stats(query: string, token = tok.admin) {
    const res = await api.get(`/api/v2/revisit_logs/stats?${query}`, token);
    expect(res.code).toBe(0);
    return res.data as { groups: { key: string; name: string; count: number; entities: number }[]; total: number };
  }

  it('groups by author, most follow-ups first, with distinct entities', async () => {
    expect(await stats('group_by=user&date=week')).toEqual({
      groups: [
        { key: String(u.a.id), name: '甲', count: 3, entities: 1 },
        { key: String(u.a1.id), name: '乙', count: 2, entities: 2 },
        { key: String(u.b.id), name: '丙', count: 1, entities: 1 },
      ],
      total: 6,
    });
  });

  it('lists every day of the week Monday to Sunday in the organization zone, empty days too', async () => {
    const data = await stats('group_by=day&date=week');
    expect(data.groups.map((g) => [g.key, g.count, g.entities])).toEqual([
      ['2026-11-30', 2, 1],
      ['2026-12-01', 1, 1],
      ['2026-12-02', 2, 2],
      ['2026-12-03', 0, 0],
      ['2026-12-04', 0, 0],
      ['2026-12-05', 0, 0],
      ['2026-12-06', 1, 1],
    ]);
    expect(data.groups[0]!.name).toBe('2026-11-30');
    expect(data.total).toBe(6);
  });

  it('keys weeks by their Monday and months by YYYY-MM, ascending, over an open period', async () => {
    expect((await stats('group_by=week&date=month')).groups.map((g) => [g.key, g.count])).toEqual([
      ['2026-11-30', 4], // only its December days are in the period
      ['2026-12-07', 1],
      ['2026-12-14', 0],
      ['2026-12-21', 0],
      ['2026-12-28', 0],
    ]);
    expect((await stats('group_by=month&date=all')).groups.map((g) => [g.key, g.count])).toEqual([
      ['2026-10', 1],
      ['2026-11', 3],
      ['2026-12', 5],
    ]);
    expect(await stats(`group_by=day&date=all&user_id=${u.admin.id}&loggable_type=customer`)).toEqual({ groups: [], total: 0 });
  });

  it('counts each follow-up under its author\'s own department, or rolls subtrees up on request', async () => {
    const own = await stats('group_by=department&date=week');
    expect(own.groups.map((g) => [g.key, g.name, g.count])).toEqual([
      [String(d.a.id), '销售一部', 3],
      [String(d.a1.id), '一部华东组', 2],
      [String(d.b.id), '销售二部', 1],
    ]);
    const rolled = await stats('group_by=department&date=all&include_sub_departments=1');
    expect(rolled.groups.map((g) => [g.key, g.count, g.entities])).toEqual([
      [String(d.a.id), 5, 2],
      [String(org.rootDepartment.id), 2, 1], // its own members; a tie is ordered by key
      [String(d.b.id), 2, 1],
    ]);
    const inA = await stats(`group_by=department&date=all&include_sub_departments=1&department_id=${d.a.id}`);
    expect(inA.groups.map((g) => [g.key, g.count])).toEqual([
      [String(d.a.id), 3],
      [String(d.a1.id), 2],
    ]);
  });

  it('groups by category (uncategorized as "") and by entity type', async () => {
    expect((await stats('group_by=category&date=week')).groups).toEqual([
      { key: String(cat[0]!.id), name: cat[0]!.name, count: 4, entities: 2 },
      { key: '', name: '未分类', count: 1, entities: 1 },
      { key: String(cat[1]!.id), name: cat[1]!.name, count: 1, entities: 1 },
    ]);
    expect((await stats('group_by=loggable_type&date=all')).groups).toEqual([
      { key: 'Customer', name: '客户', count: 5, entities: 2 },
      { key: 'Lead', name: '线索', count: 4, entities: 1 },
    ]);
  });

  it('stays within the caller\'s data scope', async () => {
    expect(await stats('group_by=user&date=all', tok.b)).toEqual({
      groups: [{ key: String(u.b.id), name: '丙', count: 2, entities: 1 }],
      total: 2,
    });
  });

  it('adds up to new_index total_count for the same filters, for every group_by', async () => {
    const filters = ['date=week', 'date=all', `date=all&department_id=${d.a.id}`, `date=month&user_id=${u.a.id},${u.b.id}`, 'date=all&q=客户甲', `date=all&category=${cat[0]!.id}`, 'date=year&loggable_type=lead'];
    for (const filter of filters) {
      for (const token of [tok.admin, tok.b]) {
        const list = await api.get(`/api/v2/revisit_logs/new_index?${filter}`, token);
        expect(list.code).toBe(0);
        for (const groupBy of ['user', 'department', 'day', 'week', 'month', 'category', 'loggable_type']) {
          for (const extra of groupBy === 'department' ? ['', '&include_sub_departments=1'] : ['']) {
            const data = await stats(`group_by=${groupBy}&${filter}${extra}`, token);
            const sum = data.groups.reduce((s, g) => s + g.count, 0);
            expect({ filter, groupBy, extra, sum, total: data.total }).toEqual({ filter, groupBy, extra, sum: list.data.total_count, total: list.data.total_count });
          }
        }
      }
    }
  });

  it('answers 100406 for a missing or unknown group_by', async () => {
    expect((await api.get('/api/v2/revisit_logs/stats', tok.admin)).code).toBe(100406);
    expect((await api.get('/api/v2/revisit_logs/stats?group_by=year', tok.admin)).code).toBe(100406);
  });
});
