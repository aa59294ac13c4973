import { afterAll, beforeAll, expect, it } from 'vitest';
import { DAY_MS } from '../../src/domain/utc-days.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { runGenjin } from '../support/cli.ts';

const AT = Date.UTC(2026, 10, 30, 3);

describeEachDialect('CLI genjin counts verify', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  const genjin = (...args: string[]) => runGenjin(t.database.url, args);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const f = factories(t.ctx);
    org = await f.org();
    const author = await f.user(org);
    const customer = await f.customer(org, author);
    await f.revisitLogs(org, author, { type: 'Customer', id: customer }, [AT, AT + 60_000, AT + DAY_MS]);
  });
  afterAll(() => t.close());

  it('reports nothing when the roll-ups agree, exits 1 on a drifted one, and --repair rebuilds it', async () => {
    expect(await genjin('counts', 'verify')).toEqual({ code: 0, json: { mismatches: 0, examples: [], repaired_organizations: [], mismatches_after_repair: null }, stderr: '' });
    const day = Math.floor(AT / DAY_MS);
    await t.ctx.database.db.updateTable('revisit_log_org_day_counts').set({ count: 5 }).where('organization_id', '=', org.id).where('day', '=', day).execute();
    const found = await genjin('counts', 'verify', '--organization', String(org.id));
    expect(found.code).toBe(1);
    const repaired = await genjin('counts', 'verify', '--repair');
    expect(repaired).toEqual({
      code: 0,
      json: { mismatches: 1, examples: [{ organization_id: org.id, user_id: null, day, difference: -3 }], repaired_organizations: [org.id], mismatches_after_repair: 0 },
      stderr: '',
    });
    const row = await t.ctx.database.db.selectFrom('revisit_log_org_day_counts').select('count').where('organization_id', '=', org.id).where('day', '=', day).executeTakeFirstOrThrow();
    expect(Number(row.count)).toBe(2);
  }, 180_000);
});
