import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../src/app-context.ts';
import { createClient } from '../../src/client/index.ts';
import { testConfig } from '../../src/config.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/** Writes in flight when the process dies; BURST_WRITES in all, CONCURRENCY at a time. */
const BURST_WRITES = Number(process.env.FAULT_BURST_WRITES ?? 300);
const CONCURRENCY = 12;

describeEachDialect('kill -9 of a Genjin process during a burst of writes', (dialect) => {
  let database: TestDatabase;
  let ctx: AppContext;
  let server: ServerProcess;
  let storageDir: string;
  let token: string;
  let customerId: number;
  let colleagueId: number;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-kill-'));
    ctx = createAppContext(testConfig({ databaseUrl: database.url, storageDir }), { database: database.handle });
    const f = factories(ctx);
    const org = await f.org();
    const author = await f.user(org, { scope: 'all' });
    colleagueId = (await f.user(org)).id;
    token = await f.token(author);
    customerId = await f.customer(org, author);
    server = await startServerProcess({ DATABASE_URL: database.url, STORAGE_DIR: storageDir });
  });
  afterAll(async () => {
    await server?.kill9();
    await database.drop();
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write, whole, and no half-written one', async () => {
    const acknowledged: { id: number; content: string }[] = [];
    let sent = 0;
    let killed = false;
    // The client never retries a write after a dropped connection, so each write is sent exactly once.
    const client = createClient({ baseUrl: server.baseUrl, token });
    const worker = async () => {
      while (sent < BURST_WRITES && !killed) {
        const content = `崩溃测试 ${sent++}`;
        try {
          const created = await client.revisitLogs.create({ loggable_type: 'Customer', loggable_id: customerId, content }, { at_user_ids: [colleagueId] });
          acknowledged.push({ id: created.id, content });
          // Kill once a third of the burst is acknowledged, with writes still in flight.
          if (!killed && acknowledged.length >= BURST_WRITES / 3) {
            killed = true;
            await server.kill9();
          }
        } catch (error) {
          // The connection died with the process: this write was never acknowledged.
          if (!killed) throw new Error(`a write failed before the kill: ${String(error)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(killed).toBe(true);
    expect(server.child.signalCode).toBe('SIGKILL');

    const db = database.handle.db;
    const rows = await db.selectFrom('revisit_logs').select(['id', 'content']).where('content', 'like', '崩溃测试 %').execute();
    const byId = new Map(rows.map((r) => [r.id, r.content]));
    for (const write of acknowledged) expect(byId.get(write.id)).toBe(write.content);
    // Whole or absent: every stored follow-up has its @-mention and the customer's count matches.
    const mentions = await db
      .selectFrom('revisit_log_at_users')
      .select((eb) => ['revisit_log_id', eb.fn.countAll<number>().as('n')])
      .groupBy('revisit_log_id')
      .execute();
    const mentionCount = new Map(mentions.map((m) => [m.revisit_log_id, Number(m.n)]));
    for (const row of rows) expect(mentionCount.get(row.id)).toBe(1);
    const customer = await db.selectFrom('customers').select('revisit_logs_count').where('id', '=', customerId).executeTakeFirstOrThrow();
    expect(Number(customer.revisit_logs_count)).toBe(rows.length);

    // And the database opens cleanly for a fresh process after the crash.
    const again = await startServerProcess({ DATABASE_URL: database.url, STORAGE_DIR: storageDir });
    try {
      const page = await createClient({ baseUrl: again.baseUrl, token }).revisitLogs.list({ per_page: 1 });
      expect(page.total_count).toBe(rows.length);
    } finally {
      await again.kill9();
    }
  });
});
