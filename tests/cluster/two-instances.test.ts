import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../src/app-context.ts';
import { testConfig } from '../../src/config.ts';
import type { DepartmentRow } from '../../src/features/directory/departments.repository.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { TEST_POSTGRES_URL } from '../support/dialects.ts';
import { TEST_PASSWORD, factories, type TestOrg } from '../support/factories.ts';
import { multipart } from '../support/multipart.ts';
import { sampleFiles } from '../support/sample-files.ts';
import { startGenjin, startNginx, type ServerProcess } from '../support/server-process.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const REDIS = process.env.TEST_REDIS_URL?.trim();
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].some((p) => fs.existsSync(p));
const LIMIT = 150;

/**
 * Two `genjin serve` processes on one PostgreSQL and one Redis behind nginx round robin: each answer must
 * not depend on which instance gives it.
 */
describe.skipIf(!TEST_POSTGRES_URL || !REDIS || !NGINX)('two stateless instances behind nginx', () => {
  let database: TestDatabase;
  let ctx: AppContext;
  let dir: string;
  let a: ServerProcess;
  let b: ServerProcess;
  let lb: ServerProcess;
  let org: TestOrg;
  let admin: UserRow;
  let rep: UserRow;
  let east: DepartmentRow;
  let north: DepartmentRow;
  let customerId: number;

  const call = async (base: string, route: string, init: { method?: string; token?: string; json?: unknown; body?: Buffer; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Token token=${init.token}`;
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${base}${route}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body ? new Uint8Array(init.body) : undefined,
    });
    return { status: res.status, text: await res.text(), headers: res.headers };
  };
  const login = async (base: string, loginName: string) => {
    const res = await call(base, '/api/v2/auth/login', { method: 'POST', json: { login: loginName, password: TEST_PASSWORD, corp_id: org.corpId } });
    const body = JSON.parse(res.text);
    expect(body.code).toBe(0);
    return body.data.user_token as string;
  };

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-cluster-'));
    ctx = createAppContext(testConfig({ databaseUrl: database.url }), { database: database.handle });
    const f = factories(ctx);
    org = await f.org();
    admin = await f.user(org, { scope: 'all', admin: true });
    east = await f.department(org, org.rootDepartment, '华东区');
    north = await f.department(org, org.rootDepartment, '华北区');
    rep = await f.user(org, { scope: 'self', department: east });
    customerId = await f.customer(org, rep, '星辰科技');
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: REDIS!,
      REDIS_KEY_PREFIX: `genjin-cluster-${randomBytes(4).toString('hex')}:`,
      STORAGE_DIR: path.join(dir, 'files'),
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
      LOGIN_RATE_LIMIT_PER_MINUTE: '100',
      ATTACHMENT_SWEEP_INTERVAL_MINUTES: '0',
    };
    [a, b] = await Promise.all([startGenjin(env), startGenjin(env)]);
    lb = await startNginx(dir, [a.port, b.port]);
  }, 120_000);
  afterAll(async () => {
    await lb?.stop();
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a mixed workload the same whichever instance serves it', async () => {
    const repToken = await login(lb.url, rep.login);
    const adminToken = await login(lb.url, admin.login);

    // A retried write with one Idempotency-Key, the retry sent to the other instance: one follow-up.
    const write = { revisit_log: { loggable_type: 'customer', loggable_id: customerId, content: '两台实例的写入' } };
    const key = { 'idempotency-key': `cluster-${randomBytes(4).toString('hex')}` };
    const first = await call(a.url, '/api/v2/revisit_logs', { method: 'POST', token: repToken, json: write, headers: key });
    const retry = await call(b.url, '/api/v2/revisit_logs', { method: 'POST', token: repToken, json: write, headers: key });
    expect(JSON.parse(first.text).code).toBe(0);
    expect(retry.text).toBe(first.text);
    const created = JSON.parse(first.text).data.id as number;
    const rows = await ctx.database.db.selectFrom('revisit_logs').select('id').where('organization_id', '=', org.id).execute();
    expect(rows.map((r) => r.id)).toEqual([created]);

    // An upload through the balancer; its signed link opens on either instance.
    const png = await sampleFiles.png();
    const form = multipart([{ name: 'file', filename: '现场.png', contentType: 'image/png', data: png }]);
    const uploaded = JSON.parse((await call(lb.url, '/api/v2/attachments', { method: 'POST', token: repToken, body: form.payload, headers: form.headers })).text);
    expect(uploaded.code).toBe(0);
    const link = new URL(uploaded.data.origin_url as string);
    for (const base of [a.url, b.url, lb.url, lb.url]) {
      const res = await fetch(`${base}${link.pathname}${link.search}`);
      expect([base, res.status]).toEqual([base, 200]);
      expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    }

    // Reads: byte-identical from A, from B and from the balancer (both of its upstreams).
    const reads = [
      '/api/v2/revisit_logs/new_index?date=all',
      `/api/v2/revisit_logs/${created}`,
      '/api/v2/user/list',
      `/api/v2/revisit_logs/new_index?date=all&department_id=${east.id}`,
    ];
    const same = async (route: string, token: string) => {
      const answers = await Promise.all([a.url, b.url, lb.url, lb.url].map(async (base) => (await call(base, route, { token })).text));
      expect(JSON.parse(answers[0]!).code).toBe(0);
      for (const answer of answers) expect([route, answer]).toEqual([route, answers[0]]);
      return JSON.parse(answers[0]!);
    };
    for (const route of reads) await same(route, adminToken);

    // A department move on A is seen at once by B: no instance keeps the tree in memory.
    const moved = await call(a.url, `/api/v2/admin/users/${rep.id}`, { method: 'PUT', token: adminToken, json: { department_id: north.id } });
    expect(JSON.parse(moved.text).code).toBe(0);
    const inNorth = await same(`/api/v2/revisit_logs/new_index?date=all&department_id=${north.id}`, adminToken);
    expect(inNorth.data.revisit_logs.map((r: { id: number }) => r.id)).toEqual([created]);
    const inEast = await same(`/api/v2/revisit_logs/new_index?date=all&department_id=${east.id}`, adminToken);
    expect(inEast.data.total_count).toBe(0);

    // A logout on B ends the token on A.
    expect(JSON.parse((await call(b.url, '/api/v2/auth/logout', { method: 'DELETE', token: repToken })).text).code).toBe(0);
    expect(JSON.parse((await call(a.url, '/api/v2/auth/session', { token: repToken })).text).code).toBe(100401);
  });

  it('holds one rate limit across both instances (counted in Redis)', async () => {
    const token = await login(lb.url, admin.login);
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 10; i++) statuses.push((await call(i % 2 ? a.url : b.url, '/api/v2/auth/session', { token })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
    expect(statuses.slice(LIMIT)).toEqual(Array(10).fill(429));
  });

  it('keeps serving through the balancer when one instance stops', async () => {
    const token = await login(lb.url, admin.login);
    await a.stop();
    for (let i = 0; i < 6; i++) {
      const res = await call(lb.url, '/api/v2/revisit_logs/new_index?date=all', { token });
      expect([i, res.status, JSON.parse(res.text).code]).toEqual([i, 200, 0]);
    }
  });
});
