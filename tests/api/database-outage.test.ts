import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { closeAppContext, createAppContext, type AppContext } from '../../src/app-context.ts';
import { testConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { TEST_POSTGRES_URL } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const UNAVAILABLE = { code: 100503, message: '服务暂不可用', error: 'service_unavailable' };

describe('SQLite: a write lock held past the busy timeout', () => {
  it('counts as unavailable (100503), a constraint violation does not', () => {
    const handle = openDatabase('sqlite::memory:');
    try {
      expect(handle.ops.isUnavailable(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))).toBe(true);
      expect(handle.ops.isUnavailable(Object.assign(new Error('locked'), { code: 'SQLITE_LOCKED_SHAREDCACHE' }))).toBe(true);
      expect(handle.ops.isUnavailable(Object.assign(new Error('unique'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBe(false);
      expect(handle.ops.isUnavailable(new Error('boom'))).toBe(false);
    } finally {
      void handle.close();
    }
  });
});

describe.skipIf(!TEST_POSTGRES_URL)('PostgreSQL going away and coming back [postgres]', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let ctx: AppContext;
  let app: FastifyInstance;
  let strictCtx: AppContext;
  let strictApp: FastifyInstance;
  let token: string;
  let customerId: number;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const target = new URL(TEST_POSTGRES_URL!);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(database.url);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const config = testConfig({ databaseUrl: viaProxy.toString(), dbPoolSize: 6, dbConnectTimeoutMs: 2000 });
    ctx = createAppContext(config);
    app = await buildApp(ctx, { logger: false });
    strictCtx = createAppContext({ ...config, errorStatusMode: 'strict' });
    strictApp = await buildApp(strictCtx, { logger: false });
    const f = factories(ctx);
    const org = await f.org();
    const user = await f.user(org, { scope: 'all' });
    token = await f.token(user);
    customerId = await f.customer(org, user);
  });
  afterAll(async () => {
    proxy.restore();
    await app.close();
    await strictApp.close();
    await closeAppContext(ctx);
    await closeAppContext(strictCtx);
    await proxy.close();
    await database.drop();
  });

  const list = (target = app) => target.inject({ method: 'GET', url: '/api/v2/revisit_logs', headers: { authorization: `Token token=${token}` } });
  const create = (content: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v2/revisit_logs',
      headers: { authorization: `Token token=${token}` },
      payload: { revisit_log: { loggable_type: 'Customer', loggable_id: customerId, content } },
    });

  it('answers 100503 promptly while down, 503 from /healthz and in strict mode, and serves again after', async () => {
    // Fill both pools with idle connections, which the cut then kills under them.
    await Promise.all(Array.from({ length: 6 }, () => list()));
    await Promise.all(Array.from({ length: 4 }, () => list(strictApp)));
    proxy.cut();

    const started = Date.now();
    const answers = await Promise.all([list(), list(), create('断线时写入'), list()]);
    for (const res of answers) {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(UNAVAILABLE);
    }
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'unavailable', ...UNAVAILABLE });
    const strict = await list(strictApp);
    expect(strict.statusCode).toBe(503);
    expect(strict.json()).toEqual(UNAVAILABLE);
    expect(strict.headers['retry-after']).toBe('5');
    expect(Date.now() - started).toBeLessThan(15_000);

    proxy.restore();
    const back = Date.now();
    let res = await list();
    while (res.json().code !== 0 && Date.now() - back < 20_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      res = await list();
    }
    expect(res.json()).toMatchObject({ code: 0 });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await list(strictApp)).statusCode).toBe(200);
  });

  it('loses no acknowledged write when the connection is cut in the middle of a burst', async () => {
    let acknowledgedSoFar = 0;
    const burst = Array.from({ length: 60 }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 3));
      const res = await create(`突发${i}`);
      // The cut comes with writes in flight: some acknowledged before it, some caught by it.
      if (res.json().code === 0 && ++acknowledgedSoFar === 10) proxy.cut();
      return res;
    });
    const answers = await Promise.all(burst);
    proxy.restore();
    const codes = answers.map((a) => a.json().code as number);
    expect(codes.every((c) => c === 0 || c === 100503)).toBe(true);
    expect(codes.filter((c) => c === 0).length).toBeGreaterThanOrEqual(10);
    expect(codes.filter((c) => c === 100503).length).toBeGreaterThan(0);
    const acknowledged = answers.filter((a) => a.json().code === 0).map((a) => a.json().data.id as number);
    const rows = await database.handle.db
      .selectFrom('revisit_logs')
      .select(['id', 'content'])
      .where('content', 'like', '突发%')
      .execute();
    const stored = new Set(rows.map((r) => r.id));
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    // Unacknowledged writes either committed whole or not at all: every stored row is a complete one.
    for (const row of rows) expect(row.content).toMatch(/^突发\d+$/);
  });
});
