import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../support/dialects.ts';
import { factories } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const NOT_FOUND = { code: 100404, message: '接口不存在', error: 'routing_error' };

describeEachDialect('metrics, request ids and readiness', (dialect) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const f = factories(t.ctx);
    const org = await f.org();
    token = await f.token(await f.user(org));
  });
  afterAll(() => t.close());

  describe('GET /metrics', () => {
    it('counts answers by route pattern and status, never by raw URL', async () => {
      const list = () =>
        t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs/new_index?date=all', headers: { authorization: `Token token=${token}` } });
      expect((await list()).json().code).toBe(0);
      expect((await list()).json().code).toBe(0);
      await t.app.inject({ method: 'GET', url: '/api/v2/revisit_logs/123456', headers: { authorization: `Token token=${token}` } });
      const res = await t.app.inject({ method: 'GET', url: '/metrics' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
      const text = res.body;
      expect(text).toContain('genjin_http_requests_total{method="GET",route="/api/v2/revisit_logs/new_index",status_code="200"} 2');
      expect(text).toContain('genjin_http_requests_total{method="GET",route="/api/v2/revisit_logs/:id",status_code="200"} 1');
      expect(text).not.toContain('123456');
      expect(text).toMatch(/genjin_http_request_duration_seconds_bucket\{le="0\.001",method="GET",route="\/api\/v2\/revisit_logs\/new_index",status_code="200"\} \d+/);
      expect(text).toContain('genjin_http_request_duration_seconds_count{method="GET",route="/api/v2/revisit_logs/new_index",status_code="200"} 2');
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
      expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
      if (dialect === 'postgres') expect(text).toMatch(/^genjin_db_pool_connections [1-9]\d*$/m);
      else expect(text).not.toMatch(/^genjin_db_pool_connections \d/m);
    });

    it('is hidden from addresses outside METRICS_ALLOW, as a missing route', async () => {
      for (const remoteAddress of ['10.1.2.3', '192.168.0.7', '2001:db8::1']) {
        const res = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress });
        expect([remoteAddress, res.statusCode, res.json()]).toEqual([remoteAddress, 404, NOT_FOUND]);
      }
      expect((await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '::1' })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '::ffff:127.0.0.1' })).statusCode).toBe(200);
    });
  });

  describe('X-Request-Id', () => {
    it('echoes a plain id sent by a proxy and makes one otherwise', async () => {
      const sent = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'lb-7f3a.42:1' } });
      expect(sent.headers['x-request-id']).toBe('lb-7f3a.42:1');
      const made = await t.app.inject({ method: 'GET', url: '/api/v2/nowhere' });
      expect(made.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const second = await t.app.inject({ method: 'GET', url: '/api/v2/nowhere' });
      expect(second.headers['x-request-id']).not.toBe(made.headers['x-request-id']);
    });

    it('replaces an id that could forge log lines or is too long', async () => {
      for (const bad of ['a b', 'x"}{"level":60', 'é', 'a'.repeat(129)]) {
        const res = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': bad } });
        expect(res.headers['x-request-id']).not.toBe(bad);
        expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      }
    });
  });

  describe('GET /readyz', () => {
    it('is ready when the database, migrations and storage answer (Redis skipped without REDIS_URL)', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok', redis: 'skipped', storage: 'ok' } });
    });

    it('answers 503 while draining at shutdown, though requests are still served', async () => {
      t.app.lifecycle.draining = true;
      try {
        const res = await t.app.inject({ method: 'GET', url: '/readyz' });
        expect(res.statusCode).toBe(503);
        expect(res.json()).toEqual({ status: 'draining', checks: { database: 'ok', migrations: 'ok', redis: 'skipped', storage: 'ok' } });
        expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      } finally {
        t.app.lifecycle.draining = false;
      }
    });

    it('answers 503 when a migration this code knows has not run', async () => {
      const last = await t.ctx.database.db.selectFrom('kysely_migration' as never).select('name' as never).orderBy('name' as never, 'desc').executeTakeFirstOrThrow();
      const name = (last as { name: string }).name;
      await t.ctx.database.db.deleteFrom('kysely_migration' as never).where('name' as never, '=', name as never).execute();
      try {
        const res = await t.app.inject({ method: 'GET', url: '/readyz' });
        expect(res.statusCode).toBe(503);
        expect(res.json()).toEqual({ status: 'unavailable', checks: { database: 'ok', migrations: 'pending', redis: 'skipped', storage: 'ok' } });
      } finally {
        await t.ctx.database.db.insertInto('kysely_migration' as never).values({ name, timestamp: new Date().toISOString() } as never).execute();
      }
      expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    });
  });
});

describe('readiness when storage is unwritable', () => {
  it('reports storage failed with 503', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-notdir-'));
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'not a folder');
    const t = await createTestApp('sqlite', { config: { storageDir: file } });
    try {
      const res = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'unavailable', checks: { database: 'ok', migrations: 'ok', redis: 'skipped', storage: 'failed' } });
    } finally {
      await t.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
