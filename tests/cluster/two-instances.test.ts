import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../src/app-context.ts';
import { createClient } from '../../src/client/index.ts';
import { testConfig } from '../../src/config.ts';
import type { DepartmentRow } from '../../src/features/directory/departments.repository.ts';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { TEST_POSTGRES_URL } from '../support/dialects.ts';
import { TEST_PASSWORD, factories, type TestOrg } from '../support/factories.ts';
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

  const call = async (base: string, route: string, init: { method?: string; token?: string; json?: unknown; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Token token=${init.token}`;
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${base}${route}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.json !== undefined ? JSON.stringify(init.json) : undefined,
    });
    return { status: res.status, text: await res.text(), headers: res.headers };
  };
  // Raw `call` where the test compares answers byte for byte or counts 429s; the typed client elsewhere.
  const clientOf = (base: string, token?: string) => createClient({ baseUrl: base, token, maxRetries: 0 });
  const login = async (base: string, loginName: string) =>
    (await clientOf(base).login({ login: loginName, password: TEST_PASSWORD, corp_id: org.corpId })).user_token;

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
    const uploaded = await clientOf(lb.url, repToken).attachments.upload({ file: new Uint8Array(png), fileName: '现场.png', contentType: 'image/png' });
    const link = new URL(uploaded.origin_url);
    for (const base of [a.url, b.url, lb.url, lb.url]) {
      const file = await clientOf(base).download(`${link.pathname}${link.search}`);
      expect([base, file.contentType, Buffer.from(file.bytes).equals(png)]).toEqual([base, 'image/png', true]);
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
    await clientOf(a.url, adminToken).request('PUT', `/api/v2/admin/users/${rep.id}`, { body: { department_id: north.id } });
    const inNorth = await same(`/api/v2/revisit_logs/new_index?date=all&department_id=${north.id}`, adminToken);
    expect(inNorth.data.revisit_logs.map((r: { id: number }) => r.id)).toEqual([created]);
    const inEast = await same(`/api/v2/revisit_logs/new_index?date=all&department_id=${east.id}`, adminToken);
    expect(inEast.data.total_count).toBe(0);

    // A logout on B ends the token on A.
    await clientOf(b.url, repToken).logout();
    await expect(clientOf(a.url, repToken).session()).rejects.toMatchObject({ code: 100401, error: 'user_authentication_error' });
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
    const client = clientOf(lb.url, token);
    const before = await client.revisitLogs.list({ date: 'all' });
    await a.stop();
    for (let i = 0; i < 6; i++) expect([i, await client.revisitLogs.list({ date: 'all' })]).toEqual([i, before]);
  });
});
