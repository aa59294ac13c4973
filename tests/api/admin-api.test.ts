import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DepartmentRow } from '../../src/features/directory/departments.repository.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { apiClient } from '../support/api-client.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, TEST_PASSWORD, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

describeEachDialect('admin API', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let api: ReturnType<typeof apiClient>;
  let org: TestOrg;
  let other: TestOrg;
  let sales: DepartmentRow;
  let east: DepartmentRow;
  let shanghai: DepartmentRow;
  let north: DepartmentRow;
  let admin: UserRow;
  let adminToken: string;
  let foreignUser: UserRow;
  let foreignDepartment: DepartmentRow;

  const count = async (table: 'users' | 'departments' | 'roles' | 'field_options') =>
    Number((await t.ctx.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = factories(t.ctx);
    api = apiClient(t.app);
    org = await f.org();
    other = await f.org();
    sales = await f.department(org, org.rootDepartment, '销售部');
    east = await f.department(org, sales, '华东区');
    shanghai = await f.department(org, east, '上海组');
    north = await f.department(org, sales, '华北区');
    admin = await f.user(org, { scope: 'all', admin: true });
    adminToken = await f.token(admin);
    foreignUser = await f.user(other);
    foreignDepartment = await f.department(other);
  });
  afterAll(() => t.close());

  it('answers 100403 to everyone but an all-scope administrator, on every admin route', async () => {
    const allNotAdmin = await f.user(org, { scope: 'all', admin: false });
    const adminButScoped = await f.user(org, { scope: 'department_and_below', admin: true, department: sales });
    const rep = await f.user(org, { scope: 'self', department: shanghai });
    const routes: [string, string][] = [
      ['POST', '/api/v2/admin/users'],
      ['PUT', `/api/v2/admin/users/${rep.id}`],
      ['POST', `/api/v2/admin/users/${rep.id}/disable`],
      ['POST', `/api/v2/admin/users/${rep.id}/enable`],
      ['POST', `/api/v2/admin/users/${rep.id}/reset_password`],
      ['POST', '/api/v2/admin/departments'],
      ['PUT', `/api/v2/admin/departments/${north.id}`],
      ['POST', `/api/v2/admin/departments/${north.id}/move`],
      ['DELETE', `/api/v2/admin/departments/${north.id}`],
      ['GET', '/api/v2/admin/roles'],
      ['POST', '/api/v2/admin/roles'],
      ['POST', '/api/v2/admin/options'],
      ['PUT', '/api/v2/admin/options/1'],
      ['POST', '/api/v2/admin/options/1/disable'],
      ['POST', '/api/v2/admin/options/1/enable'],
    ];
    const before = await Promise.all((['users', 'departments', 'roles', 'field_options'] as const).map(count));
    for (const user of [allNotAdmin, adminButScoped, rep]) {
      const token = await f.token(user);
      for (const [method, url] of routes) {
        const res = await t.app.inject({ method: method as 'GET', url, headers: { authorization: `Token token=${token}` }, payload: method === 'GET' ? undefined : { name: 'x', password: 'long-enough-1', parent_id: sales.id } });
        expect(res.json(), `${method} ${url}`).toEqual({ code: 100403, message: '您没有权限进行此操作', error: 'permission_denied' });
      }
    }
    expect(await Promise.all((['users', 'departments', 'roles', 'field_options'] as const).map(count))).toEqual(before);
  });

  it('creates and updates users; a duplicate or bad reference is refused and writes nothing', async () => {
    const roles = (await api.get('/api/v2/admin/roles', adminToken)).data.roles;
    const selfRole = roles.find((r: { data_scope: string }) => r.data_scope === 'self');
    const created = await api.postForm(
      '/api/v2/admin/users',
      adminToken,
      `user[login]=13911112222&user[password]=s3cret-pass&user[name]=${encodeURIComponent('新人')}&user[department_id]=${east.id}&user[role_id]=${selfRole.id}&user[job]=${encodeURIComponent('销售')}`,
    );
    expect(created.data).toMatchObject({ name: '新人', phone: '13911112222', department_id: east.id, role_id: selfRole.id, job: '销售', disabled: false });
    const updated = await api.put(`/api/v2/admin/users/${created.data.id}`, adminToken, { user: { name: '老人', superior_id: admin.id, tel: '021-1' } });
    expect(updated.data).toMatchObject({ name: '老人', superior_id: admin.id, tel: '021-1', job: '销售' });
    const before = await count('users');
    for (const [body, param] of [
      [{ login: '13911112222', password: 's3cret-pass', name: 'x', department_id: east.id, role_id: selfRole.id }, null],
      [{ login: '13911113333', password: 'short', name: 'x', department_id: east.id, role_id: selfRole.id }, 'password'],
      [{ login: '13911113333', password: 's3cret-pass', name: 'x', department_id: foreignDepartment.id, role_id: selfRole.id }, 'department_id'],
      [{ login: '13911113333', password: 's3cret-pass', name: 'x', department_id: east.id, role_id: 99999999 }, 'role_id'],
    ] as const) {
      const res = await api.post('/api/v2/admin/users', adminToken, body);
      if (param) {
        expect(res.code).toBe(100406);
        expect(res.message).toContain(param);
      } else expect(res.code).toBe(100409);
    }
    expect(await count('users')).toBe(before);
    expect((await api.put(`/api/v2/admin/users/${foreignUser.id}`, adminToken, { name: 'x' })).code).toBe(100100);
    expect((await api.post(`/api/v2/admin/users/${foreignUser.id}/disable`, adminToken)).code).toBe(100100);
  });

  it('disabling a user stops their tokens at once; a reset password ends sessions too', async () => {
    const user = await f.user(org, { department: north });
    const token = await f.token(user);
    expect((await api.get('/api/v2/user/info', token)).code).toBe(0);
    const res = await api.post(`/api/v2/admin/users/${user.id}/disable`, adminToken);
    expect(res.data.disabled).toBe(true);
    expect((await api.get('/api/v2/user/info', token))).toMatchObject({ code: 100401, error: 'user_authentication_error' });
    expect((await api.post(`/api/v2/admin/users/${user.id}/enable`, adminToken)).data.disabled).toBe(false);
    expect((await api.get('/api/v2/user/info', token)).code).toBe(100401);
    expect((await api.post(`/api/v2/admin/users/${admin.id}/disable`, adminToken)).code).toBe(100406);

    const fresh = await f.token(user);
    expect((await api.post(`/api/v2/admin/users/${user.id}/reset_password`, adminToken, { password: 'short' })).code).toBe(100406);
    expect((await api.post(`/api/v2/admin/users/${user.id}/reset_password`, adminToken, { password: 'brand-new-pass' })).data).toEqual({ id: user.id });
    expect((await api.get('/api/v2/user/info', fresh)).code).toBe(100401);
    const login = await t.app.inject({ method: 'POST', url: '/api/v2/auth/login', payload: { login: user.login, password: 'brand-new-pass', corp_id: org.corpId } });
    expect(login.json().code).toBe(0);
    const old = await t.app.inject({ method: 'POST', url: '/api/v2/auth/login', payload: { login: user.login, password: TEST_PASSWORD, corp_id: org.corpId } });
    expect(old.json().code).toBe(100400);
  });

  it('creates, renames, moves (rewriting the subtree) and deletes departments; refuses cycles', async () => {
    const created = await api.post('/api/v2/admin/departments', adminToken, { department: { name: '苏州组', parent_id: east.id } });
    expect(created.data).toEqual({ id: created.data.id, name: '苏州组', parent_id: east.id, level: 4, path: `${east.path}${created.data.id}/` });
    const renamed = await api.put(`/api/v2/admin/departments/${created.data.id}`, adminToken, { name: '苏州二组' });
    expect(renamed.data.name).toBe('苏州二组');

    // Move east (with shanghai and suzhou below it) under north: every path and depth in the subtree changes.
    const moved = await api.post(`/api/v2/admin/departments/${east.id}/move`, adminToken, { parent_id: north.id });
    expect(moved.data).toMatchObject({ parent_id: north.id, level: 4, path: `${north.path}${east.id}/` });
    const options = (await api.get('/api/v2/user/department_list', adminToken)).data.options;
    const byId = new Map(options.map((o: { id: number }) => [o.id, o]));
    expect(byId.get(shanghai.id)).toMatchObject({ level: 5, path: `${north.path}${east.id}/${shanghai.id}/` });
    expect(byId.get(created.data.id)).toMatchObject({ level: 5, parent_id: east.id, path: `${north.path}${east.id}/${created.data.id}/` });

    const before = JSON.stringify(options);
    for (const parent of [east.id, shanghai.id, created.data.id]) {
      const res = await api.post(`/api/v2/admin/departments/${east.id}/move`, adminToken, { parent_id: parent });
      expect(res.code).toBe(100406);
      expect(res.message).toContain('parent_id');
    }
    expect((await api.put(`/api/v2/admin/departments/${north.id}`, adminToken, { parent_id: shanghai.id, name: '不该改名' })).code).toBe(100406);
    expect((await api.post(`/api/v2/admin/departments/${org.rootDepartment.id}/move`, adminToken, { parent_id: sales.id })).code).toBe(100406);
    expect((await api.post(`/api/v2/admin/departments/${east.id}/move`, adminToken, { parent_id: foreignDepartment.id })).code).toBe(100406);
    expect((await api.post(`/api/v2/admin/departments/${foreignDepartment.id}/move`, adminToken, { parent_id: sales.id })).code).toBe(100100);
    expect(JSON.stringify((await api.get('/api/v2/user/department_list', adminToken)).data.options)).toBe(before);

    expect((await api.del(`/api/v2/admin/departments/${east.id}`, adminToken)).code).toBe(100406);
    expect((await api.del(`/api/v2/admin/departments/${foreignDepartment.id}`, adminToken)).code).toBe(100100);
    expect((await api.del(`/api/v2/admin/departments/${created.data.id}`, adminToken)).data).toEqual({ id: created.data.id });
    expect((await api.del(`/api/v2/admin/departments/${created.data.id}`, adminToken)).code).toBe(100100);
  });

  it('moves and filters by the exact subtree when one department id is a prefix of another (/…/12/ vs /…/120/)', async () => {
    const prefixed = await f.department(org, sales);
    let lookalike: DepartmentRow | undefined;
    for (let i = 0; i < 2000 && !lookalike; i++) {
      const d = await f.department(org, sales);
      if (String(d.id).startsWith(String(prefixed.id))) lookalike = d;
    }
    const child = await f.department(org, lookalike!);
    const lookalikeUser = await f.user(org, { department: child });
    const ownUser = await f.user(org, { department: prefixed });
    const listed = await api.get(`/api/v2/user/list?department_id=${prefixed.id}&per_page=200`, adminToken);
    expect(listed.data.users.map((u: { id: number }) => u.id)).toEqual([ownUser.id]);

    const before = await t.ctx.database.db.selectFrom('departments').selectAll().where('id', 'in', [lookalike!.id, child.id]).orderBy('id').execute();
    expect((await api.post(`/api/v2/admin/departments/${prefixed.id}/move`, adminToken, { parent_id: north.id })).data.path).toBe(`${north.path}${prefixed.id}/`);
    expect(await t.ctx.database.db.selectFrom('departments').selectAll().where('id', 'in', [lookalike!.id, child.id]).orderBy('id').execute()).toEqual(before);
    // Moving the prefixed one below the look-alike's child is no cycle.
    expect((await api.post(`/api/v2/admin/departments/${prefixed.id}/move`, adminToken, { parent_id: child.id })).data.path).toBe(`${child.path}${prefixed.id}/`);
    expect((await api.get(`/api/v2/user/list?department_id=${lookalike!.id}&per_page=200`, adminToken)).data.users.map((u: { id: number }) => u.id).sort((a: number, b: number) => a - b)).toEqual(
      [lookalikeUser.id, ownUser.id].sort((a, b) => a - b),
    );
  });

  it('serializes concurrent department moves: of two moves that would form a cycle together, one is refused', async () => {
    for (let i = 0; i < 5; i++) {
      const a = await f.department(org, sales);
      const b = await f.department(org, sales);
      const answers = await Promise.all([
        api.post(`/api/v2/admin/departments/${a.id}/move`, adminToken, { parent_id: b.id }),
        api.post(`/api/v2/admin/departments/${b.id}/move`, adminToken, { parent_id: a.id }),
      ]);
      expect(answers.map((r) => r.code).sort()).toEqual([0, 100406]);
      // The tree stays a tree: every path is its parent's path plus its own id.
      const rows = await t.ctx.database.db.selectFrom('departments').select(['id', 'parent_id', 'path', 'depth']).where('id', 'in', [a.id, b.id]).execute();
      const parentPaths = new Map((await t.ctx.database.db.selectFrom('departments').select(['id', 'path']).execute()).map((r) => [r.id, r.path]));
      for (const row of rows) {
        expect(row.path).toBe(`${parentPaths.get(row.parent_id!)}${row.id}/`);
        expect(row.depth).toBe(row.path.split('/').filter(Boolean).length);
      }
    }
  });

  it('answers the conflict, not an internal error, to concurrent creations of one login', async () => {
    const roles = (await api.get('/api/v2/admin/roles', adminToken)).data.roles;
    const roleId = roles.find((r: { data_scope: string }) => r.data_scope === 'self').id;
    for (let i = 0; i < 3; i++) {
      const login = `1520000000${i}`;
      const body = { user: { login, password: 'long-enough-1', name: '并发', department_id: north.id, role_id: roleId } };
      const answers = await Promise.all([1, 2, 3].map(() => api.post('/api/v2/admin/users', adminToken, body)));
      expect(answers.map((r) => r.code).sort()).toEqual([0, 100409, 100409]);
      const rows = await t.ctx.database.db.selectFrom('users').select('id').where('organization_id', '=', org.id).where('login', '=', login).execute();
      expect(rows).toHaveLength(1);
    }
  });

  it('creates roles with a data scope', async () => {
    const role = await api.post('/api/v2/admin/roles', adminToken, { role: { name: '区域经理', data_scope: 'department_and_below' } });
    expect(role.data).toEqual({ id: role.data.id, name: '区域经理', data_scope: 'department_and_below', entity_grant_scope: 'department_and_below', is_admin: false });
    const before = await count('roles');
    expect((await api.post('/api/v2/admin/roles', adminToken, { name: 'x', data_scope: 'everything' })).code).toBe(100406);
    expect(await count('roles')).toBe(before);
  });

  it('manages option sets: add, rename with i18n, reorder, disable (still shown on old records)', async () => {
    const added = await api.post('/api/v2/admin/options', adminToken, { option: { field_key: 'revisit_log.category', name: '视频会议', name_en: 'Video call' } });
    expect(added.data).toMatchObject({ value: '视频会议', i18n: { zh: '视频会议', en: 'Video call' }, position: 8, enabled: true, status: 'enabled', field_key: 'revisit_log.category' });
    const renamed = await api.put(`/api/v2/admin/options/${added.data.id}`, adminToken, { name: '视频', name_en: 'Video' });
    expect(renamed.data).toMatchObject({ value: '视频', i18n: { zh: '视频', en: 'Video' } });
    const reordered = await api.put(`/api/v2/admin/options/${added.data.id}`, adminToken, { position: 1 });
    expect(reordered.data.position).toBe(1);
    const values = (await api.get('/api/v2/field_maps/revisit_log', adminToken)).data.field_values;
    expect(values.map((v: { value: string }) => v.value)).toEqual(['视频', '电话', '微信', '拜访', '邮件', '短信', 'QQ', '其他']);
    expect(values.map((v: { position: number }) => v.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    const stage = (await f.options(org, 'lead.status'))[1]!;
    const lead = await f.entity(org, admin, 'leads', { state: stage.id });
    const disabled = await api.post(`/api/v2/admin/options/${stage.id}/disable`, adminToken);
    expect(disabled.data).toMatchObject({ status: 'disabled', enabled: false });
    expect((await api.get(`/api/v2/leads/${lead}`, adminToken)).data).toMatchObject({ status: String(stage.id), status_mapped: stage.name });
    const listed = (await api.get('/api/v2/field_maps/lead', adminToken)).data.field_values.find((v: { id: string }) => v.id === String(stage.id));
    expect(listed).toMatchObject({ status: 'disabled', enabled: false });
    expect((await api.post('/api/v2/leads', adminToken, { lead: { name: 'x', status: String(stage.id) } })).code).toBe(100406);

    const before = await count('field_options');
    expect((await api.post('/api/v2/admin/options', adminToken, { field_key: 'user.mood', name: 'x' })).code).toBe(100406);
    expect((await api.post('/api/v2/admin/options', adminToken, { field_key: 'lead.status', name: ' ' })).code).toBe(100406);
    expect(await count('field_options')).toBe(before);
    const untouched = await t.ctx.database.db.selectFrom('field_options').selectAll().where('id', '=', Number(added.data.id)).executeTakeFirstOrThrow();
    expect((await api.put(`/api/v2/admin/options/${added.data.id}`, adminToken, {})).code).toBe(100406);
    expect(await t.ctx.database.db.selectFrom('field_options').selectAll().where('id', '=', Number(added.data.id)).executeTakeFirstOrThrow()).toEqual(untouched);
    const foreignOption = (await f.options(other, 'lead.status'))[0]!;
    expect((await api.put(`/api/v2/admin/options/${foreignOption.id}`, adminToken, { name: 'x' })).code).toBe(100100);
  });

  it('moving a user changes what managers see at once', async () => {
    const southDept = await f.department(org, sales, '华南区');
    const westDept = await f.department(org, sales, '西南区');
    const southManager = await f.user(org, { department: southDept, scope: 'department' });
    const westManager = await f.user(org, { department: westDept, scope: 'department_and_below' });
    const rep = await f.user(org, { department: southDept, scope: 'self' });
    const customer = await f.entity(org, rep, 'customers', { label: '搬家客户' });
    const southToken = await f.token(southManager);
    const westToken = await f.token(westManager);
    expect((await api.get(`/api/v2/customers/${customer}`, southToken)).code).toBe(0);
    expect((await api.get(`/api/v2/customers/${customer}`, westToken)).code).toBe(100100);
    await api.put(`/api/v2/admin/users/${rep.id}`, adminToken, { department_id: westDept.id });
    expect((await api.get(`/api/v2/customers/${customer}`, southToken)).code).toBe(100100);
    expect((await api.get(`/api/v2/customers/${customer}`, westToken)).code).toBe(0);
    expect((await api.get('/api/v2/customers', westToken)).data.customers.map((c: { id: number }) => c.id)).toEqual([customer]);
  });
});
