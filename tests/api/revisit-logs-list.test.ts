import { Value } from '@sinclair/typebox/value';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RevisitLogListResponse } from '../../src/features/revisit-logs/revisit-logs.schemas.ts';
import type { DepartmentRow } from '../../src/features/directory/departments.repository.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const SH = 'Asia/Shanghai';
const at = (iso: string) => DateTime.fromISO(iso, { zone: SH }).toMillis();
const NOW = at('2026-11-30T12:00:00'); // a Monday

describeEachDialect('GET /api/v2/revisit_logs/new_index filters', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let org: TestOrg;
  let depts: Record<'a' | 'a1' | 'a1x' | 'b', DepartmentRow>;
  let users: Record<'admin' | 'aHead' | 'a1Manager' | 'a1xSales' | 'bSales' | 'aSelf', UserRow>;
  let tokens: Record<keyof typeof users, string>;
  let customer: number;
  let lead: number;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    f = factories(t.ctx);
    org = await f.org({ timeZone: SH });
    const a = await f.department(org, org.rootDepartment, 'A');
    const a1 = await f.department(org, a, 'A1');
    const a1x = await f.department(org, a1, 'A1x');
    const b = await f.department(org, org.rootDepartment, 'B');
    depts = { a, a1, a1x, b };
    users = {
      admin: await f.user(org, { scope: 'all', admin: true }),
      aHead: await f.user(org, { department: a, scope: 'department_and_below' }),
      a1Manager: await f.user(org, { department: a1, scope: 'department' }),
      a1xSales: await f.user(org, { department: a1x, scope: 'self' }),
      bSales: await f.user(org, { department: b, scope: 'self' }),
      aSelf: await f.user(org, { department: a, scope: 'self' }),
    };
    tokens = Object.fromEntries(await Promise.all(Object.entries(users).map(async ([k, u]) => [k, await f.token(u)]))) as typeof tokens;
    customer = await f.customer(org, users.admin);
    lead = await f.lead(org, users.admin);
    const c = { type: 'Customer' as const, id: customer };
    // Day boundaries in Shanghai: 23:59 the day before vs 00:00 today.
    await f.revisitLogs(org, users.a1xSales, c, [at('2026-11-29T23:59:00'), at('2026-11-30T00:00:00'), at('2026-11-30T11:59:00')]);
    await f.revisitLogs(org, users.a1Manager, c, [at('2026-11-30T09:00'), at('2026-11-23T00:00'), at('2026-11-22T23:59')]);
    await f.revisitLogs(org, users.aHead, { type: 'Lead', id: lead }, [at('2026-11-30T08:00'), at('2026-10-01T00:00'), at('2026-09-30T23:59')]);
    await f.revisitLogs(org, users.bSales, c, [at('2026-11-30T10:00'), at('2026-01-01T00:00'), at('2025-12-31T23:59')]);
    await f.revisitLogs(org, users.aSelf, c, [at('2026-11-30T07:00')]);
    // Never listed: soft-deleted; a draft listed only to its author.
    await f.revisitLogs(org, users.bSales, c, [at('2026-11-30T10:30')], { deleted_at: NOW });
    await f.revisitLogs(org, users.a1xSales, c, [at('2026-11-30T10:45')], { is_draft: 1 });
  });
  afterAll(() => t.close());

  async function list(who: keyof typeof users, query: string) {
    const res = await t.app.inject({ method: 'GET', url: `/api/v2/revisit_logs/new_index?${query}`, headers: { authorization: `Token token=${tokens[who]}` } });
    expect(res.statusCode).toBe(200);
    return res.json();
  }
  const times = (body: { data: { revisit_logs: { real_revisit_at: string }[] } }) => body.data.revisit_logs.map((r) => r.real_revisit_at);

  it('lists today by default, newest first, in the organization zone', async () => {
    const body = await list('admin', '');
    expect(times(body)).toEqual([
      '2026-11-30 11:59',
      '2026-11-30 10:00',
      '2026-11-30 09:00',
      '2026-11-30 08:00',
      '2026-11-30 07:00',
      '2026-11-30 00:00',
    ]);
    expect(body.data.total_count).toBe(6);
    expect(body.data.has_next_page).toBe(false);
    expect(body.data.per_page).toBe(15);
    expect(body.data.page).toBe(1);
    expect(Value.Check(RevisitLogListResponse, body)).toBe(true);
  });

  it('answers every period at its boundaries', async () => {
    expect((await list('admin', 'date=yesterday')).data.total_count).toBe(1); // 11-29 23:59
    expect((await list('admin', 'date=week')).data.total_count).toBe(6); // now is Monday: the week began at 00:00 today
    expect((await list('admin', 'date=last_week')).data.total_count).toBe(2); // 11-23 00:00 and 11-29 23:59
    expect((await list('admin', 'date=this_quarter')).data.total_count).toBe(10); // from 10-01 00:00
    expect((await list('admin', 'date=quarter')).data.total_count).toBe(10);
    expect((await list('admin', 'date=last_quarter')).data.total_count).toBe(1); // 09-30 23:59
    expect((await list('admin', 'date=year')).data.total_count).toBe(12); // from 01-01 00:00
    expect((await list('admin', 'date=last_year')).data.total_count).toBe(1);
    expect((await list('admin', 'date=all')).data.total_count).toBe(13);
    expect((await list('admin', 'date=month')).data.total_count).toBe(9);
    expect((await list('admin', 'date=last_7_days')).data.total_count).toBe(7);
    expect((await list('admin', 'date=this_week')).data.total_count).toBe(6);
    expect((await list('admin', 'date=this_month')).data.total_count).toBe(9);
    expect((await list('admin', 'date=this_year')).data.total_count).toBe(12);
    expect((await list('admin', 'date=last_month')).data.total_count).toBe(1); // 10-01 00:00 only
    expect((await list('admin', 'date=last_30_days')).data.total_count).toBe(9); // from 11-01 00:00
    expect((await list('admin', 'date=TODAY')).data.total_count).toBe(6);
    expect((await list('admin', 'date=other&start_date=2026-11-30&end_date=2026-11-30')).data.total_count).toBe(6);
    expect((await list('admin', 'start_date=2026-11-29&end_date=2026-11-29')).data.total_count).toBe(1);
    expect((await list('admin', 'date=other&end_date=2025-12-31')).data.total_count).toBe(1);
  });

  it('filters by author, department subtree and entity', async () => {
    expect((await list('admin', `date=all&user_id=${users.a1xSales.id}`)).data.total_count).toBe(3);
    expect((await list('admin', `date=all&user_id[]=${users.a1xSales.id}&user_id[]=${users.bSales.id}`)).data.total_count).toBe(6);
    expect((await list('admin', `date=all&user_id=${users.a1xSales.id},${users.aHead.id}`)).data.total_count).toBe(6);
    expect((await list('admin', `date=all&department_id=${depts.a.id}`)).data.total_count).toBe(10);
    expect((await list('admin', `date=all&department_id=${depts.a1.id}`)).data.total_count).toBe(6);
    expect((await list('admin', `date=all&department_id=${depts.a1.id}&include_sub_departments=0`)).data.total_count).toBe(3);
    expect((await list('admin', `date=all&department_id=${depts.b.id}`)).data.total_count).toBe(3);
    expect((await list('admin', `date=all&loggable_type=lead`)).data.total_count).toBe(3);
    expect((await list('admin', `date=all&loggable_type=Customer`)).data.total_count).toBe(10);
    expect((await list('admin', `date=all&loggable_type=opportunity`)).data.total_count).toBe(0);
  });

  it('gives an entity its whole timeline when loggable_id comes without date', async () => {
    const body = await list('admin', `loggable_type=lead&loggable_id=${lead}`);
    expect(times(body)).toEqual(['2026-11-30 08:00', '2026-10-01 00:00', '2026-09-30 23:59']);
    expect(body.data.total_count).toBe(3);
    expect((await list('admin', `loggable_type=lead&loggable_id=${lead}&date=today`)).data.total_count).toBe(1);
  });

  it('applies each data scope', async () => {
    expect((await list('admin', 'date=all')).data.total_count).toBe(13);
    expect((await list('aHead', 'date=all')).data.total_count).toBe(10); // A and everything below
    expect((await list('a1Manager', 'date=all')).data.total_count).toBe(3); // A1 itself only
    expect((await list('a1xSales', 'date=all')).data.total_count).toBe(4); // own, with own draft
    expect((await list('bSales', 'date=all')).data.total_count).toBe(3); // own (the deleted one never)
    expect((await list('aSelf', 'date=all')).data.total_count).toBe(1);
  });

  it('intersects filters with the scope: outside users and departments give an empty page, not an error', async () => {
    const outside = await list('a1Manager', `date=all&user_id=${users.bSales.id}`);
    expect(outside.code).toBe(0);
    expect(outside.data.total_count).toBe(0);
    expect(outside.data.revisit_logs).toEqual([]);
    expect((await list('a1Manager', `date=all&department_id=${depts.b.id}`)).data.total_count).toBe(0);
    expect((await list('admin', 'date=all&department_id=999999')).data.total_count).toBe(0);
  });

  it('shows drafts to their author only', async () => {
    const own = await list('a1xSales', `date=all&user_id=${users.a1xSales.id}`);
    expect(own.data.revisit_logs.filter((r: { is_draft: number }) => r.is_draft === 1)).toHaveLength(1);
    const admin = await list('admin', `date=all&user_id=${users.a1xSales.id}`);
    expect(admin.data.revisit_logs.every((r: { is_draft: number }) => r.is_draft === 0)).toBe(true);
  });

  it('reads page 0 as page 1, caps per_page at 200 and says so', async () => {
    const body = await list('admin', 'date=all&page=0&per_page=500');
    expect(body.data.page).toBe(1);
    expect(body.data.per_page).toBe(200);
    expect(body.data.revisit_logs).toHaveLength(13);
    const second = await list('admin', 'date=all&page=2&per_page=5');
    expect(second.data.revisit_logs).toHaveLength(5);
    expect(second.data.has_next_page).toBe(true);
    expect((await list('admin', 'date=all&page=3&per_page=5')).data.has_next_page).toBe(false);
  });

  it('answers every invalid parameter with a 100406 envelope naming it', async () => {
    const cases: Array<[string, string]> = [
      ['page=abc', 'page'],
      ['per_page=ten', 'per_page'],
      ['date=fortnight', 'date'],
      ['date=other&start_date=2026-02-30', 'start_date'],
      ['date=other&end_date=20261130', 'end_date'],
      ['date=other&start_date=2026-11-30&end_date=2026-11-01', 'start_date'],
      ['loggable_type=invoice', 'loggable_type'],
      ['loggable_id=5', 'loggable_type'],
      ['loggable_type=lead&loggable_id=abc', 'loggable_id'],
      ['user_id=abc', 'user_id'],
      ['department_id=-1', 'department_id'],
      ['include_sub_departments=maybe', 'include_sub_departments'],
    ];
    for (const [query, parameter] of cases) {
      const body = await list('admin', query);
      expect(body.code, query).toBe(100406);
      expect(body.error, query).toBe('invalid_parameter');
      expect(body.message, query).toContain(parameter);
      expect(Object.keys(body).sort(), query).toEqual(['code', 'error', 'message']);
    }
  });

  it('serves the older /api/v2/revisit_logs the same way', async () => {
    const older = await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs?date=all&per_page=4', headers: { authorization: `Token token=${tokens.admin}` } });
    const newer = await list('admin', 'date=all&per_page=4');
    expect(older.json()).toEqual(newer);
  });

  it('requires a token', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs/new_index' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ code: 100401, message: '您的登录已经过期,请重新登录!', error: 'user_authentication_error' });
  });
});

describeEachDialect('new_index in a time zone other than Shanghai', (dialect) => {
  const NY = 'America/New_York';
  const ny = (iso: string) => DateTime.fromISO(iso, { zone: NY }).toMillis();
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    // 2026-11-30 23:30 in New York is already 12-01 12:30 in Shanghai.
    t = await createTestApp(dialect, { now: ny('2026-11-30T23:30:00') });
    const f = factories(t.ctx);
    const org = await f.org({ timeZone: NY });
    const user = await f.user(org, { scope: 'all' });
    token = await f.token(user);
    const customer = await f.customer(org, user);
    await f.revisitLogs(org, user, { type: 'Customer', id: customer }, [ny('2026-11-29T23:59'), ny('2026-11-30T00:00'), ny('2026-11-30T23:29')]);
  });
  afterAll(() => t.close());

  it('cuts days and formats times in the organization zone', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs/new_index', headers: { authorization: `Token token=${token}` } });
    const body = res.json();
    expect(body.data.revisit_logs.map((r: { real_revisit_at: string }) => r.real_revisit_at)).toEqual(['2026-11-30 23:29', '2026-11-30 00:00']);
    const yesterday = await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs/new_index?date=yesterday', headers: { authorization: `Token token=${token}` } });
    expect(yesterday.json().data.revisit_logs.map((r: { real_revisit_at: string }) => r.real_revisit_at)).toEqual(['2026-11-29 23:59']);
  });
});
