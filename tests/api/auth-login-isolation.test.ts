import type * as Argon2 from '@node-rs/argon2';
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, TEST_PASSWORD, type Factories, type TestOrg } from '../support/factories.ts';
import { hashPassword } from '../../src/features/auth/passwords.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// Counts argon2 verifications: the cost of an attempt is the number of hashes checked, not a timing.
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof Argon2>();
  return {
    ...real,
    verify: (...args: Parameters<typeof real.verify>) => {
      verifications.count += 1;
      return real.verify(...args);
    },
  };
});

const LOGIN_FAILED = { code: 100400, message: '用户名或密码错误', error: 'login_failed' };

describeEachDialect('login: other organizations never block or slow a login', (dialect) => {
  let t: TestApp;
  let f: Factories;
  let victimOrg: TestOrg;
  let attackerOrg: TestOrg;
  const victimLogin = '15811112222';
  const victimEmail = 'boss@victim.example';
  let victimId: number;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = factories(t.ctx);
    attackerOrg = await f.org();
    // The attacker's look-alikes exist before the victim, so they come first in id order.
    for (let i = 0; i < 60; i += 1) await f.user(attackerOrg, { login: `fake${i}`, email: victimLogin });
    for (let i = 0; i < 60; i += 1) await f.user(attackerOrg, { login: `fakemail${i}`, email: victimEmail });
    await f.user(attackerOrg, { login: victimEmail });
    // The attacker does not know the victim's password.
    const otherHash = await hashPassword('attacker-password-9');
    await t.ctx.database.db.updateTable('users').set({ password_hash: otherHash }).where('organization_id', '=', attackerOrg.id).execute();
    victimOrg = await f.org();
    victimId = (await f.user(victimOrg, { login: victimLogin, email: victimEmail })).id;
  }, 120_000);
  afterAll(() => t.close());
  beforeEach(() => {
    verifications.count = 0;
  });

  const login = (payload: Record<string, string>) => t.app.inject({ method: 'POST', url: '/api/v2/auth/login', payload });

  it('logs in by login with and without corp_id, checking at most a few hashes', async () => {
    const without = (await login({ login: victimLogin, password: TEST_PASSWORD })).json();
    expect(without).toMatchObject({ code: 0, data: { user_id: victimId, organization_id: victimOrg.id } });
    expect(verifications.count).toBeLessThanOrEqual(3);
    verifications.count = 0;
    const withCorp = (await login({ login: victimLogin, password: TEST_PASSWORD, corp_id: victimOrg.corpId })).json();
    expect(withCorp).toMatchObject({ code: 0, data: { user_id: victimId, organization_id: victimOrg.id } });
    expect(verifications.count).toBe(1);
  });

  it('logs in by e-mail although another organization has a user whose login is that e-mail', async () => {
    const without = (await login({ login: victimEmail, password: TEST_PASSWORD })).json();
    expect(without).toMatchObject({ code: 0, data: { user_id: victimId, organization_id: victimOrg.id } });
    expect(verifications.count).toBeLessThanOrEqual(3);
    verifications.count = 0;
    const withCorp = (await login({ login: victimEmail, password: TEST_PASSWORD, corp_id: victimOrg.corpId })).json();
    expect(withCorp).toMatchObject({ code: 0, data: { user_id: victimId, organization_id: victimOrg.id } });
    expect(verifications.count).toBeLessThanOrEqual(2);
  });

  it('a wrong password costs the same few checks', async () => {
    expect((await login({ login: victimLogin, password: 'wrong-password' })).json()).toEqual(LOGIN_FAILED);
    expect(verifications.count).toBeLessThanOrEqual(3);
    verifications.count = 0;
    expect((await login({ login: victimLogin, password: 'wrong-password', corp_id: victimOrg.corpId })).json()).toEqual(LOGIN_FAILED);
    expect(verifications.count).toBe(1);
  });

  it('an unknown login still costs one check', async () => {
    expect((await login({ login: 'nobody-at-all', password: TEST_PASSWORD })).json()).toEqual(LOGIN_FAILED);
    expect(verifications.count).toBe(1);
  });
});
