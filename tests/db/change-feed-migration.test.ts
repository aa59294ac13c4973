import { afterAll, beforeAll, expect, it } from 'vitest';
import * as changeFeed from '../../src/db/migrations/2026-12-02T05-00-00-change-feed.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const T = Date.UTC(2026, 0, 5, 2, 0);

// Follow-ups stored before the feed existed are numbered by the migration, per organization, in id order.
describeEachDialect('change-feed migration', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: T });
  });
  afterAll(() => t.close());

  it('numbers existing follow-ups (deleted ones as deleted) and sets each organization’s counter', async () => {
    const f = factories(t.ctx);
    const a = await f.org();
    const b = await f.org();
    const ua = await f.user(a);
    const ub = await f.user(b);
    const ca = await f.customer(a, ua);
    const cb = await f.customer(b, ub);
    const [a1, a2] = await f.revisitLogs(a, ua, { type: 'Customer', id: ca }, [T, T + 1000]);
    await f.revisitLogs(a, ua, { type: 'Customer', id: ca }, [T + 2000], { deleted_at: T + 5000 });
    const [b1] = await f.revisitLogs(b, ub, { type: 'Customer', id: cb }, [T]);
    const db = t.ctx.database.db;
    await changeFeed.down(db);
    await changeFeed.up(db);
    const rows = await db.selectFrom('revisit_log_changes').selectAll().orderBy('organization_id').orderBy('change_id').execute();
    expect(rows.map((r) => [Number(r.organization_id), Number(r.revisit_log_id), Number(r.change_id), r.action])).toEqual([
      [a.id, a1, 1, 'created'],
      [a.id, a2, 2, 'created'],
      [a.id, a2! + 1, 3, 'deleted'],
      [b.id, b1, 1, 'created'],
    ]);
    const counters = await db.selectFrom('change_counters').selectAll().orderBy('organization_id').execute();
    expect(counters.map((c) => [Number(c.organization_id), Number(c.last_change_id)])).toEqual([
      [a.id, 3],
      [b.id, 1],
    ]);
  });
});
