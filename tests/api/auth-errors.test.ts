import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { createAppContext } from '../../src/app-context.ts';
import { testConfig } from '../../src/config.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, TEST_PASSWORD, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const UNAUTHENTICATED = { code: 100401, message: '您的登录已经过期,请重新登录!', error: 'user_authentication_error' };
const ROUTE_NOT_FOUND = { code: 100404, message: '接口不存在', error: 'routing_error' };
const LOGIN_FAILED = { code: 100400, message: '用户名或密码错误', error: 'login_failed' };
const BAD_DEVICE = { code: 100000, message: 'device参数错误', error: 'invalid_app_error' };
const INTERNAL = { code: 100500, message: '服务器内部错误', error: 'internal_error' };

describeEachDialect('error envelope', (dialect) => {
  describe('compat mode (default)', () => {
    let t: TestApp;
    let f: Factories;
    let org: TestOrg;
    let token: string;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      f = factories(t.ctx);
      org = await f.org();
      token = await f.token(await f.user(org));
    });
    afterAll(() => t.close());

    it('answers unknown /api/v2 routes with 100404 on HTTP 200, with or without a token', async () => {
      for (const headers of [{}, { authorization: `Token token=${token}` }, { authorization: 'Token token=not-a-token' }]) {
        const res = await t.app.inject({ method: 'GET', url: '/api/v2/no_such_thing', headers });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(res.json()).toEqual(ROUTE_NOT_FOUND);
      }
      expect((await t.app.inject({ method: 'PUT', url: '/api/v2/auth/session' })).json()).toEqual(ROUTE_NOT_FOUND);
      // GET /nowhere is the web app's (tests/api/web-app.test.ts); other methods outside /api still get the envelope.
      expect((await t.app.inject({ method: 'POST', url: '/nowhere' })).json()).toEqual(ROUTE_NOT_FOUND);
    });

    it('answers the same for every spelling of a path the router matches', async () => {
      for (const url of ['/api/v2/auth/session/', '/%61pi/v2/auth/session', '/api/v2/auth/%73ession']) {
        const res = await t.app.inject({ method: 'GET', url });
        expect([url, res.json()]).toEqual([url, UNAUTHENTICATED]);
      }
      for (const url of ['//api/v2/auth/session', '/api/v2//auth/session']) {
        const res = await t.app.inject({ method: 'GET', url });
        expect([url, res.json()]).toEqual([url, ROUTE_NOT_FOUND]);
      }
    });

    it('answers a malformed JSON body with 100406 naming the body', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v2/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{"login": ',
      });
      expect(res.json()).toEqual({ code: 100406, message: '参数错误：body 无效', error: 'invalid_parameter' });
    });

    it('speaks English when Accept-Language prefers it', async () => {
      const en = { 'accept-language': 'en-US,en;q=0.9,zh-CN;q=0.5' };
      expect((await t.app.inject({ method: 'GET', url: '/api/v2/auth/session', headers: en })).json()).toEqual({
        code: 100401,
        message: 'Your session has expired, please log in again!',
        error: 'user_authentication_error',
      });
      const missing = await t.app.inject({ method: 'POST', url: '/api/v2/auth/login', headers: en, payload: { password: 'x' } });
      expect(missing.json()).toEqual({ code: 100406, message: 'Invalid parameter: login is required', error: 'invalid_parameter' });
      const unknown = await t.app.inject({ method: 'GET', url: '/api/v2/none', headers: en });
      expect(unknown.json()).toEqual({ code: 100404, message: 'No such endpoint', error: 'routing_error' });

      const zhFirst = { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' };
      expect((await t.app.inject({ method: 'GET', url: '/api/v2/auth/session', headers: zhFirst })).json()).toEqual(UNAUTHENTICATED);
    });
  });

  describe('strict mode', () => {
    let t: TestApp;
    let f: Factories;
    let org: TestOrg;

    beforeAll(async () => {
      t = await createTestApp(dialect, { config: { errorStatusMode: 'strict' } });
      f = factories(t.ctx);
      org = await f.org();
    });
    afterAll(() => t.close());

    it('answers real statuses with the same bodies', async () => {
      const cases: Array<[Promise<{ statusCode: number; json: () => unknown }>, number, unknown]> = [
        [t.app.inject({ method: 'GET', url: '/api/v2/auth/session' }), 401, UNAUTHENTICATED],
        [t.app.inject({ method: 'GET', url: '/api/v2/no_such_thing' }), 404, ROUTE_NOT_FOUND],
        [
          t.app.inject({ method: 'POST', url: '/api/v2/auth/login', payload: { password: 'x' } }),
          422,
          { code: 100406, message: '参数错误：缺少 login', error: 'invalid_parameter' },
        ],
        [t.app.inject({ method: 'POST', url: '/api/v2/auth/login', payload: { login: org.adminLogin, password: 'nope' } }), 401, LOGIN_FAILED],
        [t.app.inject({ method: 'GET', url: '/api/v2/auth/session?device=palm_pilot' }), 400, BAD_DEVICE],
      ];
      for (const [pending, status, body] of cases) {
        const res = await pending;
        expect([res.statusCode, res.json()]).toEqual([status, body]);
      }
    });

    it('still answers success with HTTP 200', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v2/auth/login', payload: { login: org.adminLogin, password: TEST_PASSWORD } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ code: 0, data: { organization_id: org.id } });
    });
  });

  describe('routes added by the test', () => {
    let database: TestDatabase;
    let storageDir: string;
    const logLines: string[] = [];
    const apps: FastifyInstance[] = [];

    async function appWithBoom(mode: 'compat' | 'strict'): Promise<FastifyInstance> {
      const ctx = createAppContext(testConfig({ databaseUrl: database.url, storageDir, errorStatusMode: mode }), {
        database: database.handle,
      });
      const app = await buildApp(ctx, { logger: { level: 'error', stream: { write: (line: string) => void logLines.push(line) } } });
      app.get('/api/v2/test/boom', { config: { public: true } }, () => {
        throw new Error('secret detail: password=hunter2');
      });
      // A route that never asks for the request context: only the hook stands between it and the client.
      app.get('/api/v2/test/echo', () => ({ code: 0, data: { reached: true } }));
      apps.push(app);
      await app.ready();
      return app;
    }

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-files-'));
    });
    afterAll(async () => {
      for (const app of apps) await app.close();
      await database.drop();
      fs.rmSync(storageDir, { recursive: true, force: true });
    });

    it('answers 100500 without the message or stack, and logs the stack', async () => {
      const app = await appWithBoom('compat');
      const res = await app.inject({ method: 'GET', url: '/api/v2/test/boom' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(JSON.stringify(INTERNAL));
      const logged = logLines.map((line) => JSON.parse(line) as { msg: string; err?: { message: string; stack: string } });
      const entry = logged.find((line) => line.msg === 'unhandled error');
      expect(entry?.err?.message).toBe('secret detail: password=hunter2');
      expect(entry?.err?.stack).toContain('auth-errors.test.ts');
    });

    it('authenticates a percent-encoded spelling of an /api/v2 path', async () => {
      const app = await appWithBoom('compat');
      for (const url of ['/api/v2/test/echo', '/%61pi/v2/test/echo', '/api/%762/test/echo']) {
        const res = await app.inject({ method: 'GET', url });
        expect([url, res.json()]).toEqual([url, UNAUTHENTICATED]);
      }
    });

    it('never writes a password, token or link signature from the query string to the request log', async () => {
      const lines: string[] = [];
      const ctx = createAppContext(testConfig({ databaseUrl: database.url, storageDir }), { database: database.handle });
      const app = await buildApp(ctx, { logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } } });
      apps.push(app);
      await app.inject({ method: 'POST', url: '/api/v2/auth/login?login=13800000000&password=hunter2&device=open_api' });
      await app.inject({ method: 'GET', url: '/api/v2/auth/session?device=open_api&user_token=tok-secret-1' });
      await app.inject({ method: 'GET', url: '/api/v2/auth/session?user%5Ftoken=tok-secret-2' });
      await app.inject({ method: 'GET', url: '/files/1/origin/a.png?exp=1&sig=sig-secret-3' });
      const logged = lines.join('\n');
      for (const secret of ['hunter2', 'tok-secret-1', 'tok-secret-2', 'sig-secret-3']) expect(logged).not.toContain(secret);
      const urls = lines.map((line) => (JSON.parse(line) as { req?: { url: string } }).req?.url).filter((u) => u !== undefined);
      expect(urls).toEqual([
        '/api/v2/auth/login?login=13800000000&password=[redacted]&device=open_api',
        '/api/v2/auth/session?device=open_api&user_token=[redacted]',
        '/api/v2/auth/session?user%5Ftoken=[redacted]',
        '/files/1/origin/a.png?exp=1&sig=[redacted]',
      ]);
    });

    it('answers HTTP 500 in strict mode with the same body', async () => {
      const app = await appWithBoom('strict');
      const res = await app.inject({ method: 'GET', url: '/api/v2/test/boom' });
      expect(res.statusCode).toBe(500);
      expect(res.body).toBe(JSON.stringify(INTERNAL));
    });
  });
});
