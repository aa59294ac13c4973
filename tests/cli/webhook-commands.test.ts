import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { runGenjin } from '../support/cli.ts';


describeEachDialect('CLI webhooks commands', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  const genjin = (...args: string[]) => runGenjin(t.database.url, args, { WEBHOOK_ALLOW_PRIVATE: '1' });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    org = await factories(t.ctx).org();
  });
  afterAll(() => t.close());

  it('adds, lists and removes an endpoint; an unknown event is refused', async () => {
    const added = await genjin('webhooks', 'add', '--corp-id', org.corpId, '--url', 'http://127.0.0.1:9/hook', '--event', 'revisit_log.created,comment.created');
    expect(added.code).toBe(0);
    expect(added.json).toMatchObject({ url: 'http://127.0.0.1:9/hook', events: ['revisit_log.created', 'comment.created'], secret: expect.stringMatching(/^whsec_/) });
    expect((await genjin('webhooks', 'add', '--corp-id', org.corpId, '--url', 'http://127.0.0.1:9/x', '--event', 'nope')).code).toBe(1);
    const listed = await genjin('webhooks', 'list', '--corp-id', org.corpId);
    expect(listed.json).toEqual({ webhooks: [{ id: added.json!.id, url: 'http://127.0.0.1:9/hook', events: ['revisit_log.created', 'comment.created'], created_at: expect.any(String), last_delivery: null }] });
    expect((await genjin('webhooks', 'remove', '--corp-id', org.corpId, '--id', String(added.json!.id))).json).toEqual({ id: added.json!.id });
    expect(await t.ctx.database.db.selectFrom('webhook_endpoints').select('deleted_at').execute()).toEqual([
      { deleted_at: expect.any(Number) },
    ]);
    // Each command is a cold process (the TypeScript loader compiles on start): slow on a busy machine.
  }, 180_000);
});
