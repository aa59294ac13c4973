import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCompiledOnce } from '../../src/db/compiled-queries.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

describeEachDialect('runCompiledOnce', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let names: Map<number, string>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const f = factories(t.ctx);
    org = await f.org({ name: '甲公司' });
    other = await f.org({ name: '乙公司' });
    const users = [await f.user(org, { name: '张三' }), await f.user(org, { name: '李四' }), await f.user(other, { name: '王五' })];
    names = new Map(users.map((u) => [u.id, u.name]));
  });
  afterAll(() => t.close());

  const usersOf = (organizationId: number, ids: number[]) =>
    runCompiledOnce(t.ctx.database.db, `test.users:${ids.length}`, [organizationId, ...ids], () =>
      t.ctx.database.db.selectFrom('users').select(['id', 'name']).where('organization_id', '=', organizationId).where('id', 'in', ids).orderBy('id').compile(),
    );

  it('runs the text of the first compile with each call’s own parameters, one statement per call', async () => {
    const ids = [...names.keys()];
    t.statements.length = 0;
    const first = await usersOf(org.id, ids);
    const second = await usersOf(other.id, ids);
    expect(first).toEqual(ids.slice(0, 2).map((id) => ({ id, name: names.get(id) })));
    expect(second).toEqual([{ id: ids[2], name: '王五' }]);
    expect(t.statements).toHaveLength(2);
    expect(t.statements[1]!.sql).toBe(t.statements[0]!.sql);
    expect(t.statements.map((s) => s.parameters)).toEqual([
      [org.id, ...ids],
      [other.id, ...ids],
    ]);
  });

  it('a shape of another size compiles its own text', async () => {
    const [a] = [...names.keys()];
    t.statements.length = 0;
    expect(await usersOf(org.id, [a!])).toEqual([{ id: a, name: names.get(a!) }]);
    expect(t.statements).toHaveLength(1);
    expect(t.statements[0]!.parameters).toEqual([org.id, a]);
  });

  it('refuses parameters that are not the builder’s, before running anything', async () => {
    const ids = [...names.keys()];
    t.statements.length = 0;
    const wrong = runCompiledOnce(t.ctx.database.db, 'test.wrong-order', [...ids, org.id], () =>
      t.ctx.database.db.selectFrom('users').select('id').where('organization_id', '=', org.id).where('id', 'in', ids).compile(),
    );
    await expect(wrong).rejects.toThrow("runCompiledOnce(test.wrong-order): the parameters given are not the builder's");
    expect(t.statements).toHaveLength(0);
  });

  it('inside a transaction compiles each time and sees the transaction’s writes', async () => {
    const [a] = [...names.keys()];
    const seen = await t.ctx.database.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ name: '张三丰' }).where('id', '=', a!).execute();
      const rows = await runCompiledOnce(trx, `test.users:1`, [org.id, a], () =>
        trx.selectFrom('users').select(['id', 'name']).where('organization_id', '=', org.id).where('id', 'in', [a!]).orderBy('id').compile(),
      );
      await trx.updateTable('users').set({ name: names.get(a!)! }).where('id', '=', a!).execute();
      return rows;
    });
    expect(seen).toEqual([{ id: a, name: '张三丰' }]);
  });
});
