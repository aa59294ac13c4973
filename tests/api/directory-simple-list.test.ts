import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DepartmentRow } from '../../src/features/directory/departments.repository.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { apiClient } from '../support/api-client.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// issue 14, item 8: simple_list honours department_id (with sub-departments) and page/per_page.
describeEachDialect('directory: simple_list filters and paging', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let api: ReturnType<typeof apiClient>;
  let org: TestOrg;
  let sales: DepartmentRow;
  let east: DepartmentRow;
  let users: UserRow[];
  let token: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = factories(t.ctx);
    api = apiClient(t.app);
    org = await f.org();
    sales = await f.department(org, org.rootDepartment, '销售部');
    east = await f.department(org, sales, '华东区');
    const support = await f.department(org, org.rootDepartment, '客服部');
    users = [
      await f.user(org, { department: sales, name: '甲' }),
      await f.user(org, { department: east, name: '乙' }),
      await f.user(org, { department: east, name: '丙' }),
      await f.user(org, { department: support, name: '丁' }),
    ];
    token = await f.token(users[3]!);
  });
  afterAll(() => t.close());

  const simple = (u: UserRow) => ({ value: String(u.id), label: u.name });

  it('filters by department with its sub-departments', async () => {
    const res = await api.get(`/api/v2/user/simple_list?department_id=${sales.id}`, token);
    expect(res.simple_users).toEqual(users.slice(0, 3).map(simple));
    expect(res.data).toEqual({ simple_users: users.slice(0, 3).map(simple) });
    expect((await api.get(`/api/v2/user/simple_list?department_id=${east.id}`, token)).simple_users).toEqual(users.slice(1, 3).map(simple));
    expect((await api.get('/api/v2/user/simple_list?department_id=99999999', token)).code).toBe(100406);
  });

  it('pages with page/per_page and reports the counts; without them lists everyone', async () => {
    const all = await api.get('/api/v2/user/simple_list', token);
    expect(all.simple_users).toHaveLength(5);
    const page2 = await api.get(`/api/v2/user/simple_list?department_id=${sales.id}&per_page=2&page=2`, token);
    expect(page2.simple_users).toEqual([simple(users[2]!)]);
    expect(page2.data).toEqual({ simple_users: [simple(users[2]!)], total_count: 3, per_page: 2, page: 2, has_next_page: false });
    const page1 = await api.get('/api/v2/user/simple_list?per_page=2', token);
    expect(page1.data).toMatchObject({ total_count: 5, per_page: 2, page: 1, has_next_page: true });
    expect(page1.simple_users).toHaveLength(2);
    expect((await api.get('/api/v2/user/simple_list?per_page=x', token)).code).toBe(100406);
  });
});
