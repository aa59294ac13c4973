import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/features/auth/tokens.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, type Factories, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const UNAUTHENTICATED = { code: 100401, message: '您的登录已经过期,请重新登录!', error: 'user_authentication_error' };
const BAD_DEVICE_BODY = '{"code":100000,"message":"device参数错误","error":"invalid_app_error"}';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const MINUTE = 60_000;
const DAY = 86_400_000;
// 2026-01-15 10:00 in Asia/Shanghai.
const T0 = Date.UTC(2026, 0, 15, 2, 0);

describeEachDialect('credentials on authenticated routes', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let org: TestOrg;
  let user: UserRow;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: T0 });
    f = factories(t.ctx);
    org = await f.org();
    user = await f.user(org);
    token = await f.token(user, 30 * DAY);
  });
  afterAll(() => t.close());
  beforeEach(() => {
    t.clock.now = T0;
  });

  const expected = () => ({
    code: 0,
    data: { user_id: user.id, organization_id: org.id, corp_id: org.corpId, expires_at: '2026-02-14 10:00' },
  });
  const tokenRow = (value: string) =>
    t.ctx.database.db
      .selectFrom('api_tokens')
      .select(['last_used_at', 'expires_at', 'revoked_at'])
      .where('token_hash', '=', hashToken(value))
      .executeTakeFirstOrThrow();

  describe('each credential form authenticates', () => {
    const headerForms: Array<[string, (tok: string) => string]> = [
      ['Token with device and version', (tok) => `Token token=${tok}, device=open_api, version_code=9.9.9`],
      ['Token with quoted values', (tok) => `Token token="${tok}", device="dingtalk", version_code="3.13.0"`],
      ['bare Token token=', (tok) => `Token token=${tok}`],
      ['Token without token=', (tok) => `Token ${tok}`],
      ['Bearer', (tok) => `Bearer ${tok}`],
    ];
    for (const [name, header] of headerForms) {
      it(`Authorization: ${name}`, async () => {
        const res = await t.app.inject({ method: 'GET', url: '/api/v2/auth/session', headers: { authorization: header(token) } });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toEqual(expected());
      });
    }

    it('user_token in the query', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v2/auth/session?user_token=${token}&device=open_api&version_code=9.9.9`,
      });
      expect(res.json()).toEqual(expected());
    });

    for (const method of ['POST', 'GET'] as const) {
      it(`user_token in a form body on ${method}`, async () => {
        const res = await t.app.inject({
          method,
          url: '/api/v2/auth/session',
          headers: FORM,
          payload: `user_token=${token}&device=wxwork&version_code=1.0`,
        });
        expect(res.json()).toEqual(expected());
      });
    }

    it('user_token in a JSON body on POST', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v2/auth/session', payload: { user_token: token, device: 'web' } });
      expect(res.json()).toEqual(expected());
    });

    it('access-token header', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v2/auth/session',
        headers: { 'access-token': token, 'x-lxy-platform': 'lixiaoyun', 'x-lxy-app': 'crm' },
      });
      expect(res.json()).toEqual(expected());
    });
  });

  describe('device', () => {
    it('answers exactly 100000 for an explicit device outside the accepted set, wherever it is sent', async () => {
      const forms = [
        t.app.inject({ method: 'GET', url: '/api/v2/auth/session', headers: { authorization: `Token token=${token}, device=palm_pilot` } }),
        t.app.inject({ method: 'GET', url: `/api/v2/auth/session?user_token=${token}&device=palm_pilot` }),
        t.app.inject({ method: 'POST', url: '/api/v2/auth/session', headers: FORM, payload: `user_token=${token}&device=palm_pilot` }),
        // The device is checked before the token, as IKCRM does.
        t.app.inject({ method: 'GET', url: '/api/v2/auth/session?device=palm_pilot' }),
      ];
      for (const res of await Promise.all(forms)) {
        expect(res.statusCode).toBe(200);
        expect(res.body).toBe(BAD_DEVICE_BODY);
      }
    });

    it('accepts a token issued for another device (tokens are not bound to a device)', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v2/auth/session',
        headers: { authorization: `Token token=${token}, device=android` },
      });
      expect(res.json()).toEqual(expected());
    });
  });

  describe('failures answer 100401', () => {
    const get = (headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: '/api/v2/auth/session', headers });

    it('missing token', async () => {
      const res = await get();
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(UNAUTHENTICATED);
      expect((await get({ authorization: 'Token device=open_api' })).json()).toEqual(UNAUTHENTICATED);
      expect((await get({ authorization: 'Basic dXNlcjpwYXNz' })).json()).toEqual(UNAUTHENTICATED);
    });

    it('wrong token', async () => {
      expect((await get({ authorization: `Token token=${token}x` })).json()).toEqual(UNAUTHENTICATED);
    });

    it('expired token', async () => {
      // Two tokens with the same expiry: using one slides it, so each instant gets its own.
      const justBefore = await f.token(user, 10 * MINUTE);
      const atExpiry = await f.token(user, 10 * MINUTE);
      t.clock.now = T0 + 10 * MINUTE - 1;
      expect((await get({ authorization: `Token token=${justBefore}` })).json()).toMatchObject({ code: 0 });
      t.clock.now = T0 + 10 * MINUTE;
      expect((await get({ authorization: `Token token=${atExpiry}` })).json()).toEqual(UNAUTHENTICATED);
    });

    it('token of a user disabled after it was issued', async () => {
      const other = await f.user(org);
      const otherToken = await f.token(other);
      expect((await get({ authorization: `Token token=${otherToken}` })).json()).toMatchObject({ code: 0 });
      await t.ctx.database.db.updateTable('users').set({ disabled_at: T0 }).where('id', '=', other.id).execute();
      expect((await get({ authorization: `Token token=${otherToken}` })).json()).toEqual(UNAUTHENTICATED);
    });
  });

  it('slides the expiry, writing last_used_at/expires_at at most once a minute', async () => {
    const sliding = await f.token(user, 30 * DAY);
    const use = () =>
      t.app.inject({ method: 'GET', url: '/api/v2/auth/session', headers: { authorization: `Token token=${sliding}` } });

    t.clock.now = T0 + 30_000;
    expect((await use()).json()).toMatchObject({ code: 0, data: { expires_at: '2026-02-14 10:00' } });
    expect(await tokenRow(sliding)).toEqual({ last_used_at: T0, expires_at: T0 + 30 * DAY, revoked_at: null });

    const touched = T0 + 61_000;
    t.clock.now = touched;
    expect((await use()).json()).toMatchObject({ code: 0, data: { expires_at: '2026-02-14 10:01' } });
    expect(await tokenRow(sliding)).toEqual({ last_used_at: touched, expires_at: touched + 30 * DAY, revoked_at: null });

    // Past the original expiry, still valid because each use extended it.
    t.clock.now = T0 + 30 * DAY + MINUTE;
    expect((await use()).json()).toMatchObject({ code: 0 });
    const last = t.clock.now;
    expect(await tokenRow(sliding)).toEqual({ last_used_at: last, expires_at: last + 30 * DAY, revoked_at: null });

    t.clock.now = last + 30 * DAY;
    expect((await use()).json()).toEqual(UNAUTHENTICATED);
  });

  it('logout revokes only the token it was called with', async () => {
    const first = await f.token(user);
    const second = await f.token(user);
    t.clock.now = T0 + 5_000;
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v2/auth/logout', headers: { authorization: `Token token=${first}` } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ code: 0, data: {} });
    expect((await tokenRow(first)).revoked_at).toBe(T0 + 5_000);
    expect((await tokenRow(second)).revoked_at).toBeNull();

    const again = (tok: string) =>
      t.app.inject({ method: 'GET', url: '/api/v2/auth/session', headers: { authorization: `Token token=${tok}` } });
    expect((await again(first)).json()).toEqual(UNAUTHENTICATED);
    expect((await again(second)).json()).toMatchObject({ code: 0, data: { user_id: user.id } });
    // A revoked token cannot log out again either.
    const twice = await t.app.inject({ method: 'DELETE', url: '/api/v2/auth/logout', headers: { authorization: `Token token=${first}` } });
    expect(twice.json()).toEqual(UNAUTHENTICATED);
  });

  it('logout accepts the token in a form body', async () => {
    const viaForm = await f.token(user);
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v2/auth/logout', headers: FORM, payload: `user_token=${viaForm}&device=open_api` });
    expect(res.json()).toEqual({ code: 0, data: {} });
    expect((await tokenRow(viaForm)).revoked_at).toBe(T0);
  });
});
