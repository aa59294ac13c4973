import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { runGenjin } from '../support/cli.ts';


describeEachDialect('CLI custom-field commands', (dialect) => {
  let t: TestApp;
  let org: TestOrg;

  const genjin = (...args: string[]) => runGenjin(t.database.url, args);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    org = await factories(t.ctx).org();
  });
  afterAll(() => t.close());

  it('adds, lists, updates and deletes a field like the admin API', async () => {
    const added = await genjin('custom-field', 'add', '--corp-id', org.corpId, '--entity', 'lead', '--label', '等级', '--type', 'select', '--option', 'A', '--option', 'B');
    expect(added.code).toBe(0);
    expect(added.json).toMatchObject({ entity: 'lead', type: 'select', options: ['A', 'B'], key: expect.stringMatching(/^select_asset_[0-9a-f]{8}$/) });
    const id = String(added.json!.id);
    const updated = await genjin('custom-field', 'update', '--corp-id', org.corpId, '--id', id, '--label', '客户等级', '--enabled', 'false');
    expect(updated.json).toMatchObject({ label: '客户等级', enabled: false });
    const listed = await genjin('custom-field', 'list', '--corp-id', org.corpId, '--entity', 'lead');
    expect(listed.json).toMatchObject({ custom_fields: [{ id: Number(id), enabled: false }] });
    expect((await genjin('custom-field', 'delete', '--corp-id', org.corpId, '--id', id)).json).toEqual({ id: Number(id) });
    const stored = await t.ctx.database.db.selectFrom('custom_fields').select(['id', 'deleted_at']).execute();
    expect(stored).toEqual([{ id: Number(id), deleted_at: expect.any(Number) }]);
  }, 150_000);
});
