import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { AUTH_FAILURES_PER_MINUTE } from '../../src/http/rate-limit.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, TEST_PASSWORD, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** CI sets it; without it the shared-counter suite is reported as skipped. */
const TEST_REDIS_URL = process.env.TEST_REDIS_URL?.trim() || undefined;
const UNAUTHENTICATED = { code: 100401, message: '您的登录已经过期,请重新登录!', error: 'user_authentication_error' };
const LOGIN_FAILED = { code: 100400, message: '用户名或密码错误', error: 'login_failed' };

interface Answer {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
}

function expectThrottled(res: Answer): void {
  expect(res.statusCode).toBe(429);
  expect(res.body).toBe('Retry later\n');
  expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
  // The window is one minute and these tests run well inside it.
  expect(['59', '60']).toContain(res.headers['retry-after']);
}

const session = (app: FastifyInstance, token: string) =>
  app.inject({ method: 'GET', url: '/api/v2/auth/session', headers: { authorization: `Token token=${token}` } });

describeEachDialect('rate limits', (dialect) => {
  describe('general limit: RATE_LIMIT_PER_MINUTE=3', () => {
    let t: TestApp;
    let f: Factories;
    let org: TestOrg;

    beforeAll(async () => {
      t = await createTestApp(dialect, { config: { rateLimitPerMinute: 3, loginRateLimitPerMinute: 0 } });
      f = factories(t.ctx);
      org = await f.org();
    });
    afterAll(() => t.close());

    it('counts per token, wherever the token is sent', async () => {
      const user = await f.user(org);
      const [first, second] = [await f.token(user), await f.token(user)];
      for (let i = 0; i < 3; i++) {
        const res = await session(t.app, first);
        expect([res.statusCode, res.json<{ code: number }>().code]).toEqual([200, 0]);
        expect(res.headers['retry-after']).toBeUndefined();
      }
      expectThrottled(await session(t.app, first));
      expectThrottled(await t.app.inject({ method: 'GET', url: `/api/v2/auth/session?user_token=${first}` }));
      expectThrottled(
        await t.app.inject({
          method: 'POST',
          url: '/api/v2/auth/session',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: `user_token=${first}`,
        }),
      );
      // Another token of the same user, from the same address, has its own count.
      expect((await session(t.app, second)).json()).toMatchObject({ code: 0, data: { user_id: user.id } });
    });

    it('counts per client IP before login', async () => {
      const from = (remoteAddress: string) => t.app.inject({ method: 'GET', url: '/api/v2/auth/session', remoteAddress });
      for (let i = 0; i < 3; i++) expect((await from('10.1.0.1')).json()).toEqual(UNAUTHENTICATED);
      expectThrottled(await from('10.1.0.1'));
      expectThrottled(
        await t.app.inject({ method: 'POST', url: '/api/v2/auth/login', remoteAddress: '10.1.0.1', payload: { login: org.adminLogin, password: TEST_PASSWORD } }),
      );
      expect((await from('10.1.0.2')).json()).toEqual(UNAUTHENTICATED);
    });

    it('counts public routes per client IP, whatever token a request makes up', async () => {
      const fake = () => randomBytes(16).toString('hex');
      const login = () =>
        t.app.inject({ method: 'POST', url: `/api/v2/auth/login?user_token=${fake()}`, remoteAddress: '10.1.0.3', payload: { login: 'nobody', password: 'x' } });
      for (let i = 0; i < 3; i++) expect((await login()).json()).toEqual(LOGIN_FAILED);
      expectThrottled(await login());
      const file = () =>
        t.app.inject({ method: 'GET', url: `/files/1/origin/a.png?exp=1&sig=x&user_token=${fake()}`, remoteAddress: '10.1.0.4' });
      for (let i = 0; i < 3; i++) expect((await file()).statusCode).toBe(403);
      expectThrottled(await file());
    });
  });

  describe('made-up tokens: a new token per request is still limited per IP', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect, { config: { rateLimitPerMinute: 1000, loginRateLimitPerMinute: 0 } });
    });
    afterAll(() => t.close());

    it(`throttles an address after ${AUTH_FAILURES_PER_MINUTE} failed authentications in a minute`, async () => {
      const fake = (remoteAddress: string) =>
        t.app.inject({ method: 'GET', url: '/api/v2/auth/session', remoteAddress, headers: { authorization: `Token token=${randomBytes(16).toString('hex')}` } });
      for (let i = 0; i < AUTH_FAILURES_PER_MINUTE; i++) expect((await fake('10.2.0.1')).json()).toEqual(UNAUTHENTICATED);
      expectThrottled(await fake('10.2.0.1'));
      expect((await fake('10.2.0.2')).json()).toEqual(UNAUTHENTICATED);
    });
  });

  describe('RATE_LIMIT_PER_MINUTE=0 and LOGIN_RATE_LIMIT_PER_MINUTE=0', () => {
    let t: TestApp;
    let f: Factories;

    beforeAll(async () => {
      t = await createTestApp(dialect, { config: { rateLimitPerMinute: 0, loginRateLimitPerMinute: 0 } });
      f = factories(t.ctx);
    });
    afterAll(() => t.close());

    it('turn limiting off', async () => {
      const org = await f.org();
      const token = await f.token(await f.user(org));
      const statuses = new Set<number>();
      for (let i = 0; i < 40; i++) statuses.add((await session(t.app, token)).statusCode);
      expect([...statuses]).toEqual([200]);
      for (let i = 0; i < 6; i++) {
        const res = await t.app.inject({ method: 'POST', url: '/api/v2/auth/login', payload: { login: org.adminLogin, password: 'wrong' } });
        expect(res.json()).toEqual(LOGIN_FAILED);
      }
    });
  });

  describe('login limits: LOGIN_RATE_LIMIT_PER_MINUTE=2 (10 per IP), under a general limit', () => {
    let t: TestApp;
    let f: Factories;
    let org: TestOrg;

    beforeAll(async () => {
      t = await createTestApp(dialect, { config: { rateLimitPerMinute: 1000, loginRateLimitPerMinute: 2 } });
      f = factories(t.ctx);
      org = await f.org();
    });
    afterAll(() => t.close());

    const attempt = (login: string, password: string, remoteAddress: string) =>
      t.app.inject({ method: 'POST', url: '/api/v2/auth/login', remoteAddress, payload: { login, password, device: 'open_api' } });

    it('allows 2 attempts per login per minute, then 429 even with the right password', async () => {
      const user = await f.user(org, { email: 'Limit.Me@example.com' });
      expect((await attempt(user.login, 'wrong-1', '10.2.0.1')).json()).toEqual(LOGIN_FAILED);
      expect((await attempt(` ${user.login} `, 'wrong-2', '10.2.0.2')).json()).toEqual(LOGIN_FAILED);
      expectThrottled(await attempt(user.login, TEST_PASSWORD, '10.2.0.3'));
      // Another login from the same addresses is not affected.
      const other = await f.user(org);
      expect((await attempt(other.login, TEST_PASSWORD, '10.2.0.1')).json()).toMatchObject({ code: 0, data: { user_id: other.id } });
      // The login key ignores case: an e-mail counts once whatever its spelling.
      expect((await attempt('limit.me@example.com', 'wrong-1', '10.2.0.4')).json()).toEqual(LOGIN_FAILED);
      expect((await attempt('LIMIT.ME@example.com', 'wrong-2', '10.2.0.4')).json()).toEqual(LOGIN_FAILED);
      expectThrottled(await attempt('Limit.Me@example.com', TEST_PASSWORD, '10.2.0.4'));
    });

    it('allows 10 attempts per IP per minute across logins', async () => {
      for (let i = 0; i < 10; i++) {
        expect((await attempt(`1880000${String(i).padStart(4, '0')}`, 'guess', '10.3.0.1')).json()).toEqual(LOGIN_FAILED);
      }
      expectThrottled(await attempt('18800009999', 'guess', '10.3.0.1'));
      expect((await attempt('18800009999', 'guess', '10.3.0.2')).json()).toEqual(LOGIN_FAILED);
    });
  });

  describe.skipIf(!TEST_REDIS_URL)('in Redis (REDIS_URL)', () => {
    let t: TestApp;
    let f: Factories;
    const namespace = `genjin-test-${randomBytes(6).toString('hex')}:`;
    const others: FastifyInstance[] = [];

    beforeAll(async () => {
      t = await createTestApp(dialect, {
        config: { rateLimitPerMinute: 3, loginRateLimitPerMinute: 0, redisUrl: TEST_REDIS_URL },
        build: { rateLimitNamespace: namespace },
      });
      f = factories(t.ctx);
    });
    afterAll(async () => {
      for (const app of others) await app.close();
      await t.close();
    });

    async function anotherInstance(rateLimitNamespace: string): Promise<FastifyInstance> {
      const app = await buildApp(t.ctx, { logger: false, rateLimitNamespace });
      others.push(app);
      await app.ready();
      return app;
    }

    it('shares one counter between two app instances', async () => {
      const second = await anotherInstance(namespace);
      const token = await f.token(await f.user(await f.org()));
      expect((await session(t.app, token)).json()).toMatchObject({ code: 0 });
      expect((await session(second, token)).json()).toMatchObject({ code: 0 });
      expect((await session(t.app, token)).json()).toMatchObject({ code: 0 });
      expectThrottled(await session(second, token));
      expectThrottled(await session(t.app, token));
      // An instance counting under another namespace does not see those requests.
      const elsewhere = await anotherInstance(`${namespace}other:`);
      expect((await session(elsewhere, token)).json()).toMatchObject({ code: 0 });
    });
  });
});
