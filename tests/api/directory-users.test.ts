import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DepartmentRow } from '../../src/features/directory/departments.repository.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { apiClient } from '../support/api-client.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

describeEachDialect('directory: users and departments', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  // A four-level tree: root → sales → east → shanghai.
  let sales: DepartmentRow;
  let east: DepartmentRow;
  let shanghai: DepartmentRow;
  let support: DepartmentRow;
  let director: UserRow;
  let eastRep: UserRow;
  let shanghaiRep: UserRow;
  let supportRep: UserRow;
  let disabled: UserRow;
  let outsider: UserRow;
  let token: string;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    api = apiClient(t.app);
    const f = factories(t.ctx);
    org = await f.org({ name: '目录公司' });
    other = await f.org();
    sales = await f.department(org, org.rootDepartment, '销售部');
    east = await f.department(org, sales, '华东区');
    shanghai = await f.department(org, east, '上海组');
    support = await f.department(org, org.rootDepartment, '客服部');
    director = await f.user(org, { department: sales, scope: 'department_and_below', name: '总监', login: '13600000001' });
    eastRep = await f.user(org, { department: east, scope: 'department', name: '东区经理', email: 'east@example.com' });
    shanghaiRep = await f.user(org, { department: shanghai, scope: 'self', name: '上海销售' });
    supportRep = await f.user(org, { department: support, scope: 'self', name: '客服' });
    disabled = await f.user(org, { department: shanghai, disabled: true, name: '离职员工' });
    outsider = await f.user(other, { name: '外人' });
    token = await f.token(shanghaiRep);
  });
  afterAll(() => t.close());

  it('lists the whole organization directory to a self-scoped user, in the IKCRM shape', async () => {
    const res = await api.get('/api/v2/user/list?per_page=50', token);
    expect(res.code).toBe(0);
    const ids = res.data.users.map((u: { id: number }) => u.id);
    expect(ids).toEqual([org.adminId, director.id, eastRep.id, shanghaiRep.id, supportRep.id]);
    expect(res.data).toMatchObject({ total_count: 5, has_next_page: false, per_page: 50, page: 1 });
    const user = res.data.users.find((u: { id: number }) => u.id === director.id);
    expect(Object.keys(user).sort()).toEqual(
      [
        'id', 'email', 'created_at', 'name', 'organization_id', 'phone', 'role_id', 'workflow_state', 'job', 'tel', 'gender', 'role',
        'role_json', 'department_id', 'department_name', 'avatar_url', 'superior_id', 'superior_name', 'organization_name', 'uid', 'disabled',
      ].sort(),
    );
    expect(user).toMatchObject({
      id: director.id,
      email: null,
      name: '总监',
      organization_id: org.id,
      phone: '13600000001',
      role_id: director.role_id,
      workflow_state: 'organization_staff',
      role_json: { id: director.role_id, entity_grant_scope: 'department_and_below' },
      department_id: sales.id,
      department_name: '销售部',
      superior_id: null,
      organization_name: '目录公司',
      uid: null,
      disabled: false,
    });
    expect(user.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?\+08:00$/);
    expect(typeof user.role).toBe('string');
  });

  it('filters by department including every sub-department (four levels)', async () => {
    const ids = async (q: string) => (await api.get(`/api/v2/user/list?${q}`, token)).data.users.map((u: { id: number }) => u.id);
    expect(await ids(`department_id=${sales.id}`)).toEqual([director.id, eastRep.id, shanghaiRep.id]);
    expect(await ids(`department_id=${east.id}`)).toEqual([eastRep.id, shanghaiRep.id]);
    expect(await ids(`department_id=${shanghai.id}`)).toEqual([shanghaiRep.id]);
    expect(await ids(`department_id=${org.rootDepartment.id}&sort=id&order=desc`)).toEqual([
      supportRep.id,
      shanghaiRep.id,
      eastRep.id,
      director.id,
      org.adminId,
    ]);
    expect(await ids(`user_id[]=${eastRep.id}&user_id[]=${supportRep.id}`)).toEqual([eastRep.id, supportRep.id]);
    expect(await ids(`name=${encodeURIComponent('经理')}`)).toEqual([eastRep.id]);
    expect(await ids(`phone=13600000001`)).toEqual([director.id]);
  });

  it('pages: page 0 is page 1, per_page is capped at 200 and reported, non-integers are 100406', async () => {
    const first = await api.get('/api/v2/user/list?per_page=2&page=0', token);
    expect(first.data).toMatchObject({ page: 1, per_page: 2, total_count: 5, has_next_page: true });
    const last = await api.get('/api/v2/user/list?per_page=2&page=3', token);
    expect(last.data.users).toHaveLength(1);
    expect(last.data.has_next_page).toBe(false);
    expect((await api.get('/api/v2/user/list?per_page=500', token)).data.per_page).toBe(200);
    expect((await api.get('/api/v2/user/list?page=', token)).data.page).toBe(1);
    expect((await api.get('/api/v2/user/list?page=-3', token)).data.page).toBe(1);
    const bad = await api.get('/api/v2/user/list?page=abc', token);
    expect(bad).toMatchObject({ code: 100406, error: 'invalid_parameter' });
    expect(bad.message).toContain('page');
    expect((await api.get('/api/v2/user/list?per_page=1.5', token)).code).toBe(100406);
    expect((await api.get('/api/v2/user/list?sort=password_hash', token)).code).toBe(100406);
    expect((await api.get(`/api/v2/user/list?department_id=${other.rootDepartment.id}`, token)).code).toBe(100406);
  });

  it('answers one user, the caller, and 100100 for other tenants and missing ids alike', async () => {
    const one = await api.get(`/api/v2/user/${eastRep.id}`, token);
    expect(one.data).toMatchObject({ id: eastRep.id, email: 'east@example.com', department_name: '华东区' });
    const info = await api.get('/api/v2/user/info', token);
    expect(info.data).toMatchObject({ id: shanghaiRep.id, name: '上海销售', department_id: shanghai.id, role_json: { entity_grant_scope: 'self' } });
    expect((await api.get(`/api/v2/user/${disabled.id}`, token)).data.disabled).toBe(true);
    const foreign = await api.get(`/api/v2/user/${outsider.id}`, token);
    const missing = await api.get('/api/v2/user/99999999', token);
    expect(foreign).toEqual(missing);
    expect(missing).toEqual({ code: 100100, error: 'active_record/record_not_found', message: '您没有权限查看该对象或该对象不存在。' });
  });

  it('serves simple_list at the top level and under data', async () => {
    const res = await api.get('/api/v2/user/simple_list', token);
    const expected = [org.adminId, director.id, eastRep.id, shanghaiRep.id, supportRep.id].map((id) => ({ value: String(id), label: expect.any(String) }));
    expect(res.simple_users).toEqual(expected);
    expect(res.data.simple_users).toEqual(res.simple_users);
    expect(res.simple_users[1]).toEqual({ value: String(director.id), label: '总监' });
  });

  it('lists departments with level, path, parent and user counts', async () => {
    const res = await api.get('/api/v2/user/department_list', await factories(t.ctx).token(director));
    const byId = new Map(res.data.options.map((o: { id: number }) => [o.id, o]));
    expect(res.data.options).toHaveLength(5);
    expect(byId.get(org.rootDepartment.id)).toEqual({
      id: org.rootDepartment.id,
      name: '目录公司',
      level: 1,
      parent_id: null,
      can_use: false,
      path: `/${org.rootDepartment.id}/`,
      users_count: 1,
      total_users_count: 5,
    });
    expect(byId.get(shanghai.id)).toEqual({
      id: shanghai.id,
      name: '上海组',
      level: 4,
      parent_id: east.id,
      can_use: true,
      path: `/${org.rootDepartment.id}/${sales.id}/${east.id}/${shanghai.id}/`,
      users_count: 1,
      total_users_count: 1,
    });
    expect(byId.get(sales.id)).toMatchObject({ level: 2, users_count: 1, total_users_count: 3, can_use: true });
    expect(byId.get(support.id)).toMatchObject({ can_use: false });
  });
});
