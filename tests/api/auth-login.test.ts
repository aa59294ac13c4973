import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, TEST_PASSWORD, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const LOGIN_FAILED = { code: 100400, message: '用户名或密码错误', error: 'login_failed' };
const BAD_DEVICE = { code: 100000, message: 'device参数错误', error: 'invalid_app_error' };
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describeEachDialect('POST /api/v2/auth/login', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = factories(t.ctx);
    org = await f.org();
  });
  afterAll(() => t.close());

  const login = (payload: Record<string, string>) => t.app.inject({ method: 'POST', url: '/api/v2/auth/login', payload });
  const session = (token: string) =>
    t.app.inject({ method: 'GET', url: '/api/v2/auth/session', headers: { authorization: `Token token=${token}` } });

  function expectSuccess(body: unknown, userId: number, expected: TestOrg = org): string {
    const parsed = body as { code: number; data: Record<string, unknown> };
    expect(parsed.code).toBe(0);
    expect(Object.keys(parsed.data)).toEqual(['user_token', 'user_id', 'corp_id', 'organization_id']);
    expect(parsed.data).toMatchObject({ user_id: userId, corp_id: expected.corpId, organization_id: expected.id });
    const token = parsed.data.user_token as string;
    // 256 random bits, base64url without padding.
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    return token;
  }

  it('accepts a JSON body', async () => {
    const user = await f.user(org);
    const res = await login({ login: user.login, password: TEST_PASSWORD, device: 'open_api', version_code: '9.9.9' });
    expect(res.statusCode).toBe(200);
    expectSuccess(res.json(), user.id);
  });

  it('accepts a form body', async () => {
    const user = await f.user(org);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/auth/login',
      headers: FORM,
      payload: `login=${user.login}&password=${TEST_PASSWORD}&device=dingtalk&version_code=3.13.0`,
    });
    expectSuccess(res.json(), user.id);
  });

  it('accepts query parameters with no body', async () => {
    const user = await f.user(org);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v2/auth/login?login=${user.login}&password=${TEST_PASSWORD}&device=open_api&version_code=9.9.9`,
    });
    expectSuccess(res.json(), user.id);
  });

  it('accepts a phone number sent as a JSON number', async () => {
    const user = await f.user(org);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/auth/login',
      payload: { login: Number(user.login), password: TEST_PASSWORD },
    });
    expectSuccess(res.json(), user.id);
  });

  it('accepts the e-mail address as login', async () => {
    const user = await f.user(org, { email: `sales${Date.now()}@example.com` });
    const res = await login({ login: user.email!, password: TEST_PASSWORD, device: 'web' });
    expectSuccess(res.json(), user.id);
  });

  it('the token it issues authenticates, and the row stores only its SHA-256', async () => {
    const user = await f.user(org);
    const token = expectSuccess((await login({ login: user.login, password: TEST_PASSWORD, device: 'open_api', version_code: '9.9.9' })).json(), user.id);
    expect((await session(token)).json()).toMatchObject({ code: 0, data: { user_id: user.id, organization_id: org.id } });

    const rows = await t.ctx.database.db.selectFrom('api_tokens').selectAll().where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(rows[0]!.device).toBe('open_api');
    expect(rows[0]!.version_code).toBe('9.9.9');
    const everything = JSON.stringify(await t.ctx.database.db.selectFrom('api_tokens').selectAll().execute());
    expect(everything).not.toContain(token);
  });

  it('answers a wrong password and an unknown login with the same envelope', async () => {
    const user = await f.user(org);
    const wrong = await login({ login: user.login, password: 'not-the-password', device: 'open_api' });
    const unknown = await login({ login: '19999999999', password: TEST_PASSWORD, device: 'open_api' });
    expect(wrong.statusCode).toBe(200);
    expect(wrong.json()).toEqual(LOGIN_FAILED);
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toBe(wrong.body);
  });

  it('refuses a disabled user with the same envelope', async () => {
    const user = await f.user(org, { disabled: true });
    expect((await login({ login: user.login, password: TEST_PASSWORD })).json()).toEqual(LOGIN_FAILED);
  });

  it('answers 100000 for a device outside the accepted set', async () => {
    const user = await f.user(org);
    const res = await login({ login: user.login, password: TEST_PASSWORD, device: 'palm_pilot' });
    expect(res.body).toBe(JSON.stringify(BAD_DEVICE));
  });

  it('names a missing login or password', async () => {
    expect((await login({ password: TEST_PASSWORD })).json()).toEqual({
      code: 100406,
      message: '参数错误：缺少 login',
      error: 'invalid_parameter',
    });
    expect((await login({ login: '13800000000' })).json()).toEqual({
      code: 100406,
      message: '参数错误：缺少 password',
      error: 'invalid_parameter',
    });
  });

  it('does not revoke earlier tokens on a new login', async () => {
    const user = await f.user(org);
    const first = expectSuccess((await login({ login: user.login, password: TEST_PASSWORD })).json(), user.id);
    const second = expectSuccess((await login({ login: user.login, password: TEST_PASSWORD })).json(), user.id);
    expect(second).not.toBe(first);
    expect((await session(first)).json()).toMatchObject({ code: 0, data: { user_id: user.id } });
    expect((await session(second)).json()).toMatchObject({ code: 0, data: { user_id: user.id } });
  });

  describe('a login present in two organizations', () => {
    let other: TestOrg;
    let here: Awaited<ReturnType<Factories['user']>>;
    let there: Awaited<ReturnType<Factories['user']>>;
    const shared = '15500001111';

    beforeAll(async () => {
      other = await f.org();
      here = await f.user(org, { login: shared });
      there = await f.user(other, { login: shared });
    });

    it('asks for corp_id, naming it and nothing about the organizations', async () => {
      const res = await login({ login: shared, password: TEST_PASSWORD, device: 'open_api' });
      expect(res.json()).toEqual({ code: 100406, message: '参数错误：缺少 corp_id', error: 'invalid_parameter' });
      expect(res.body).not.toContain(org.corpId);
      expect(res.body).not.toContain(other.corpId);
    });

    it('answers 100400 (not 100406) when the password is wrong', async () => {
      expect((await login({ login: shared, password: 'wrong-password' })).json()).toEqual(LOGIN_FAILED);
    });

    it('logs into the organization corp_id names', async () => {
      expectSuccess((await login({ login: shared, password: TEST_PASSWORD, corp_id: other.corpId })).json(), there.id, other);
      expectSuccess((await login({ login: shared, password: TEST_PASSWORD, corp_id: org.corpId })).json(), here.id, org);
    });

    it('answers 100400 for a corp_id the login does not belong to', async () => {
      expect((await login({ login: shared, password: TEST_PASSWORD, corp_id: 'no-such-corp' })).json()).toEqual(LOGIN_FAILED);
    });
  });
});
