import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DepartmentRow } from '../../src/features/directory/departments.repository.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { apiClient } from '../support/api-client.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { runGenjin } from '../support/cli.ts';


describeEachDialect('CLI admin commands', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let org: TestOrg;
  let sales: DepartmentRow;
  let east: DepartmentRow;
  let north: DepartmentRow;
  let user: UserRow;

  // Each command is a separate process on the same database, as an operator would run it.
  const genjin = (...args: string[]) => runGenjin(t.database.url, args);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = factories(t.ctx);
    org = await f.org();
    sales = await f.department(org, org.rootDepartment, '销售部');
    east = await f.department(org, sales, '华东区');
    north = await f.department(org, org.rootDepartment, '华北区');
    user = await f.user(org, { department: east });
  });
  afterAll(() => t.close());

  it('disables and re-enables a user; the token stops working at once', async () => {
    const token = await f.token(user);
    const api = apiClient(t.app);
    expect(await genjin('user', 'disable', '--corp-id', org.corpId, '--id', String(user.id))).toMatchObject({ code: 0, json: { id: user.id, disabled: true } });
    expect((await api.get('/api/v2/user/info', token)).code).toBe(100401);
    expect((await genjin('user', 'disable', '--corp-id', org.corpId, '--id', String(user.id), '--enable')).json).toEqual({ id: user.id, disabled: false });
  }, 60_000);

  it('resets a password, moves a user, moves and renames departments', async () => {
    expect((await genjin('user', 'reset-password', '--corp-id', org.corpId, '--id', String(user.id), '--password', 'fresh-pass-9')).json).toEqual({ id: user.id });
    expect((await genjin('user', 'move', '--corp-id', org.corpId, '--id', String(user.id), '--department', String(north.id))).json).toEqual({
      id: user.id,
      department_id: north.id,
      department_name: '华北区',
    });
    expect((await genjin('department', 'move', '--corp-id', org.corpId, '--id', String(east.id), '--parent', String(north.id))).json).toEqual({
      id: east.id,
      name: '华东区',
      parent_id: north.id,
      level: 3,
      path: `${north.path}${east.id}/`,
    });
    const cycle = await genjin('department', 'move', '--corp-id', org.corpId, '--id', String(north.id), '--parent', String(east.id));
    expect(cycle.code).not.toBe(0);
    expect(cycle.stderr).toContain('parent_id');
    expect((await genjin('department', 'rename', '--corp-id', org.corpId, '--id', String(sales.id), '--name', '销售中心')).json).toMatchObject({ name: '销售中心' });
  }, 60_000);

  it('adds, renames and disables options', async () => {
    const added = (await genjin('options', 'add', '--corp-id', org.corpId, '--field-key', 'lead.status', '--name', '待跟进', '--name-en', 'Follow up')).json!;
    expect(added).toMatchObject({ value: '待跟进', field_key: 'lead.status', enabled: true, position: 5 });
    expect((await genjin('options', 'rename', '--corp-id', org.corpId, '--id', String(added.id), '--name', '待回访', '--name-en', 'Call back')).json).toMatchObject({
      value: '待回访',
      i18n: { zh: '待回访', en: 'Call back' },
    });
    expect((await genjin('options', 'disable', '--corp-id', org.corpId, '--id', String(added.id))).json).toMatchObject({ enabled: false, status: 'disabled' });
    const bad = await genjin('options', 'add', '--corp-id', org.corpId, '--field-key', 'nope', '--name', 'x');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('field_key');
    // A rename without a new name is bad input: a one-line reason, a non-zero exit, the option unchanged.
    const before = await t.ctx.database.db.selectFrom('field_options').selectAll().where('id', '=', Number(added.id)).executeTakeFirstOrThrow();
    const nothing = await genjin('options', 'rename', '--corp-id', org.corpId, '--id', String(added.id));
    expect(nothing.code).not.toBe(0);
    expect(nothing.stderr.trim().split('\n')).toHaveLength(1);
    expect(nothing.stderr).toContain('name');
    expect(await t.ctx.database.db.selectFrom('field_options').selectAll().where('id', '=', Number(added.id)).executeTakeFirstOrThrow()).toEqual(before);
  }, 60_000);
});
