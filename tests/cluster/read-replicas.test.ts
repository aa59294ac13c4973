import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { closeAppContext, createAppContext, type AppContext } from '../../src/app-context.ts';
import { testConfig } from '../../src/config.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { factories, type TestOrg } from '../support/factories.ts';
import { canStartPostgres, startReplicaPair, type ReplicaPair } from '../support/pg-replica-pair.ts';

/** A primary and a hot standby of Debian's PostgreSQL 15 on loopback ports of their own. */
describe.skipIf(!canStartPostgres)('read replicas (DATABASE_REPLICA_URLS)', () => {
  let pair: ReplicaPair;
  let ctx: AppContext;
  let app: FastifyInstance;
  let org: TestOrg;
  let writer: UserRow;
  let writerToken: string;
  let readerToken: string;
  let customerId: number;
  let n = 0;

  const open = async (maxLag: number) => {
    const c = createAppContext(
      testConfig({ databaseUrl: pair.primaryUrl('genjin'), databaseReplicaUrls: [pair.replicaUrl('genjin')], replicaMaxLagSeconds: maxLag }),
    );
    return { c, a: await buildApp(c, { logger: false }) };
  };
  const ids = async (a: FastifyInstance, token: string) => {
    const res = await a.inject({ method: 'GET', url: '/api/v2/revisit_logs/new_index?date=all&per_page=200', headers: { authorization: `Token token=${token}` } });
    const body = res.json();
    expect(body.code).toBe(0);
    return (body.data.revisit_logs as { id: number }[]).map((r) => r.id);
  };
  const write = async (a: FastifyInstance) => {
    const res = await a.inject({
      method: 'POST',
      url: '/api/v2/revisit_logs',
      headers: { authorization: `Token token=${writerToken}` },
      payload: { revisit_log: { loggable_type: 'customer', loggable_id: customerId, content: `副本测试 ${++n}` } },
    });
    expect(res.json().code).toBe(0);
    return res.json().data.id as number;
  };

  beforeAll(async () => {
    pair = await startReplicaPair();
    const admin = new pg.Client({ connectionString: pair.primaryUrl('postgres') });
    await admin.connect();
    await admin.query('create database genjin');
    await admin.end();
    ({ c: ctx, a: app } = await open(30));
    await migrateToLatest(ctx.database.db);
    const f = factories(ctx);
    org = await f.org();
    writer = await f.user(org, { scope: 'all' });
    writerToken = await f.token(writer);
    readerToken = await f.token(await f.user(org, { scope: 'all' }));
    customerId = await f.customer(org, writer);
    await write(app);
    await pair.caughtUp();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    if (ctx) await closeAppContext(ctx);
    await pair?.stop();
  });

  it('serves reads from the standby, and a token reads its own writes from the primary until the standby has them', async () => {
    const first = await ids(app, readerToken);
    expect(first).toHaveLength(1);
    await pair.onReplica('select pg_wal_replay_pause()');
    try {
      const fresh = await write(app);
      // The reader is served by the paused standby: it does not have the new follow-up yet.
      expect(await ids(app, readerToken)).toEqual(first);
      // The writer is sent to the primary, which has it.
      expect(await ids(app, writerToken)).toEqual([fresh, ...first]);
    } finally {
      await pair.onReplica('select pg_wal_replay_resume()');
    }
    await pair.caughtUp();
    expect(await ids(app, readerToken)).toHaveLength(2);
    expect(await ids(app, writerToken)).toHaveLength(2);
  });

  it('skips a standby lagging beyond REPLICA_MAX_LAG_SECONDS', async () => {
    const { c, a } = await open(1);
    try {
      await ids(a, readerToken);
      await pair.onReplica('select pg_wal_replay_pause()');
      try {
        const fresh = await write(app);
        await new Promise((resolve) => setTimeout(resolve, 2500));
        expect((await ids(a, readerToken))[0]).toBe(fresh);
        const metrics = await a.inject({ method: 'GET', url: '/metrics' });
        expect(Number(/^genjin_db_replica_lag_seconds (\S+)$/m.exec(metrics.body)?.[1])).toBeGreaterThan(1);
      } finally {
        await pair.onReplica('select pg_wal_replay_resume()');
      }
    } finally {
      await a.close();
      await closeAppContext(c);
    }
    await pair.caughtUp();
  });

  it('keeps serving from the primary while the standby is down, and goes back to it when it returns', async () => {
    const before = await ids(app, readerToken);
    await pair.stopReplica();
    try {
      const fresh = await write(app);
      expect(await ids(app, readerToken)).toEqual([fresh, ...before]);
      expect(await ids(app, readerToken)).toEqual([fresh, ...before]);
    } finally {
      await pair.startReplica();
    }
    await pair.caughtUp();
    await new Promise((resolve) => setTimeout(resolve, 5500));
    await pair.onReplica('select pg_wal_replay_pause()');
    try {
      const unseen = await write(app);
      expect(await ids(app, readerToken)).not.toContain(unseen);
    } finally {
      await pair.onReplica('select pg_wal_replay_resume()');
    }
  });
});
