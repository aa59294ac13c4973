import { spawn } from 'node:child_process';
import { DateTime } from 'luxon';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../support/dialects.ts';
import { runGenjin } from '../support/cli.ts';
import { factories, TEST_PASSWORD, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startFlakyProxy } from './flaky-proxy.ts';
import { entityView, followUpView, loginAnswer, rowCounts, storedHashes, userView } from './import-compare.ts';
import { buildSource, type SourceData } from './import-source.ts';

const FOLLOW_UPS = 40;
const LOGIN_FAILED = { code: 100400, message: '用户名或密码错误', error: 'login_failed' };

describeEachDialect('genjin import (Genjin → Genjin)', (dialect) => {
  let source: TestApp;
  let target: TestApp;
  let data: SourceData;
  let baseUrl: string;
  let sourceToken: string;
  let bystander: TestOrg;

  const env = () => ({ STORAGE_DIR: target.ctx.config.storageDir });
  const importArgs = (from: string, ...extra: string[]) => ['import', '--from', from, '--login', data.org.adminLogin, '--password', TEST_PASSWORD, '--corp-id', data.org.corpId, ...extra];
  const orgId = async (corpId: string) => (await target.ctx.database.db.selectFrom('organizations').select('id').where('corp_id', '=', corpId).executeTakeFirstOrThrow()).id;
  const targetToken = async (corpId: string) => (await loginAnswer(target.app, data.org.adminLogin, TEST_PASSWORD, corpId)).data.user_token as string;

  beforeAll(async () => {
    // The source always runs on SQLite; the target is the dialect under test.
    source = await createTestApp('sqlite');
    data = await buildSource(source, FOLLOW_UPS);
    await source.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(source.app.server.address() as AddressInfo).port}`;
    const admin = await source.ctx.database.db.selectFrom('users').selectAll().where('id', '=', data.org.adminId).executeTakeFirstOrThrow();
    sourceToken = await factories(source.ctx).token(admin);
    target = await createTestApp(dialect);
    const tf = factories(target.ctx);
    bystander = await tf.org();
    const owner = await tf.user(bystander);
    await tf.revisitLogs(bystander, owner, { type: 'Customer', id: await tf.customer(bystander, owner) }, [Date.now() - 1000, Date.now() - 2000]);
  }, 60_000);
  afterAll(async () => {
    await target?.close();
    await source?.close();
  });

  /** The target organization shows what the source shows: follow-ups, comments, files, entities, users. */
  async function expectFaithful(corpId: string) {
    const token = await targetToken(corpId);
    const expected = await followUpView(source.app, sourceToken);
    expect(expected).toHaveLength(data.followUps);
    expect(await followUpView(target.app, token)).toEqual(expected);
    expect(await entityView(target.app, token)).toEqual(await entityView(source.app, sourceToken));
    const ids = async (t: TestApp, org: number) => (await t.ctx.database.db.selectFrom('users').select('id').where('organization_id', '=', org).execute()).map((u) => u.id);
    const targetUsers = await userView(target.app, token, await ids(target, await orgId(corpId)));
    const sourceUsers = await userView(source.app, sourceToken, await ids(source, data.org.id));
    // The importer is an administrator of scope all in the new organization, whatever it was in the source.
    expect(targetUsers).toEqual(sourceUsers.map((u) => (u.phone === data.org.adminLogin ? { ...u, role: '管理员', scope: 'all' } : u)));
    expect(await storedHashes(target, await orgId(corpId))).toEqual(data.fileHashes);
  }

  it('imports everything once: counts, fields, bytes, reminders, feed, logins; a rerun adds nothing', async () => {
    const first = await runGenjin(target.database.url, importArgs(baseUrl), env());
    expect(first.stderr).toBe('');
    const org = await orgId(data.org.corpId);
    const counts = { organization_id: org, corp_id: data.org.corpId, users: data.users, entities: data.entities, follow_ups: data.followUps, attachments: data.attachments };
    expect(first.json).toEqual({ ...counts, seconds: expect.any(Number) });
    await expectFaithful(data.org.corpId);

    const rows = await rowCounts(target, org);
    expect(rows).toMatchObject({ revisit_logs: data.followUps, revisit_log_comments: 28, attachments: data.attachments, users: data.users, revisit_log_at_users: 1, revisit_log_contacts: 1 });
    // Numbered in the change feed like any write, but no webhook events, and only the future reminder scheduled.
    expect(rows).toMatchObject({ revisit_log_changes: data.followUps, pending_reminders: 1, outbox_events: 0 });
    const texts = (await target.ctx.database.db.selectFrom('revisit_logs').select('content').where('organization_id', '=', org).execute()).map((r) => r.content);
    expect(texts.filter((c) => c.startsWith(data.draftContent) || c === data.deletedContent)).toEqual([]);

    expect((await loginAnswer(target.app, data.org.adminLogin, TEST_PASSWORD, data.org.corpId)).code).toBe(0);
    expect(await loginAnswer(target.app, data.otherLogin, TEST_PASSWORD, data.org.corpId)).toEqual(LOGIN_FAILED);
    const stored = await target.ctx.database.db.selectFrom('users').select('password_hash').where('organization_id', '=', org).where('login', '=', data.otherLogin).executeTakeFirstOrThrow();
    expect(stored.password_hash.startsWith('!')).toBe(true);
    expect(await loginAnswer(target.app, data.otherLogin, stored.password_hash, data.org.corpId)).toEqual(LOGIN_FAILED);
    // An administrator's reset is what lets them in.
    const other = await target.ctx.database.db.selectFrom('users').select('id').where('organization_id', '=', org).where('login', '=', data.otherLogin).executeTakeFirstOrThrow();
    const reset = await target.app.inject({ method: 'POST', url: `/api/v2/admin/users/${other.id}/reset_password`, headers: { authorization: `Token token=${await targetToken(data.org.corpId)}` }, payload: { password: 'fresh-pass-9' } });
    expect(reset.json()).toMatchObject({ code: 0 });
    expect((await loginAnswer(target.app, data.otherLogin, 'fresh-pass-9', data.org.corpId)).code).toBe(0);

    const again = await runGenjin(target.database.url, importArgs(baseUrl), env());
    expect(again.json).toEqual({ ...counts, seconds: expect.any(Number) });
    expect(await rowCounts(target, org)).toEqual(rows);
    // The organization already there is untouched.
    expect(await rowCounts(target, bystander.id)).toMatchObject({ revisit_logs: 2, users: 2, attachments: 0 });
  }, 120_000);

  it('completes exactly through a server that throttles and drops connections (--as-corp-id)', async () => {
    const proxy = await startFlakyProxy(Number(new URL(baseUrl).port));
    try {
      const result = await runGenjin(target.database.url, importArgs(proxy.url, '--as-corp-id', 'flaky-copy'), env());
      expect(result.stderr).toBe('');
      expect(result.json).toMatchObject({ corp_id: 'flaky-copy', users: data.users, entities: data.entities, follow_ups: data.followUps, attachments: data.attachments });
      expect(proxy.counts.throttled).toBeGreaterThan(0);
      expect(proxy.counts.dropped).toBeGreaterThan(0);
    } finally {
      await proxy.close();
    }
    await expectFaithful('flaky-copy');
  }, 120_000);

  it('resumes after being killed halfway: nothing missing, nothing twice', async () => {
    const args = ['bin/genjin.js', ...importArgs(baseUrl, '--as-corp-id', 'resumed', '--page-size', '3'), '--json'];
    const child = spawn('node', args, { env: { ...process.env, DATABASE_URL: target.database.url, LOG_LEVEL: 'silent', ...env() } });
    let seen = 0;
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      for (const m of text.matchAll(/follow-ups (\d+)\//g)) seen = Math.max(seen, Number(m[1]));
      if (seen >= 9) child.kill('SIGKILL');
    });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, s) => resolve(s)));
    expect(signal).toBe('SIGKILL');
    const org = await orgId('resumed');
    const partial = (await rowCounts(target, org)).revisit_logs as number;
    expect(partial).toBeGreaterThanOrEqual(9);
    expect(partial).toBeLessThan(data.followUps);

    const result = await runGenjin(target.database.url, importArgs(baseUrl, '--as-corp-id', 'resumed', '--page-size', '3'), env());
    expect(result.json).toMatchObject({ users: data.users, entities: data.entities, follow_ups: data.followUps, attachments: data.attachments });
    const db = target.ctx.database.db;
    const perSource = await db
      .selectFrom('import_id_map')
      .innerJoin('revisit_logs', 'revisit_logs.id', 'import_id_map.local_id')
      .select((eb) => ['import_id_map.source_id', eb.fn.countAll<number>().as('n')])
      .where('import_id_map.organization_id', '=', org)
      .where('import_id_map.kind', '=', 'revisit_log')
      .groupBy('import_id_map.source_id')
      .execute();
    expect(perSource).toHaveLength(data.followUps);
    expect(perSource.every((r) => Number(r.n) === 1)).toBe(true);
    expect(await rowCounts(target, org)).toMatchObject({ revisit_logs: data.followUps, revisit_log_comments: 28, attachments: data.attachments, users: data.users });
    await expectFaithful('resumed');
  }, 120_000);

  it('--since brings only follow-ups happening or updated from that day; a corp_id held by another organization is refused', async () => {
    const db = source.ctx.database.db;
    const times = await db.selectFrom('revisit_logs').select('real_revisit_at').where('organization_id', '=', data.org.id).orderBy('real_revisit_at').execute();
    // The follow-ups span a little over a day: the last one's day starts after the first ones.
    const last = times.at(-1)!.real_revisit_at;
    const day = DateTime.fromMillis(last, { zone: 'Asia/Shanghai' }).toISODate()!;
    const since = DateTime.fromISO(day, { zone: 'Asia/Shanghai' }).toMillis();
    const expected = await db
      .selectFrom('revisit_logs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', data.org.id)
      .where('is_draft', '=', 0)
      .where('deleted_at', 'is', null)
      .where((eb) => eb.or([eb('real_revisit_at', '>=', since), eb('updated_at', '>=', since)]))
      .executeTakeFirstOrThrow();
    expect(Number(expected.n)).toBeGreaterThan(0);
    expect(Number(expected.n)).toBeLessThan(data.followUps);
    const result = await runGenjin(target.database.url, importArgs(baseUrl, '--as-corp-id', 'since-copy', '--since', day), env());
    expect(result.json).toMatchObject({ corp_id: 'since-copy', follow_ups: Number(expected.n) });
    expect((await rowCounts(target, await orgId('since-copy'))).revisit_logs).toBe(Number(expected.n));

    const before = await rowCounts(target, bystander.id);
    const refused = await runGenjin(target.database.url, importArgs(baseUrl, '--as-corp-id', bystander.corpId), env());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`corp_id ${bystander.corpId}`);
    expect(await rowCounts(target, bystander.id)).toEqual(before);

    const organizations = await target.ctx.database.db.selectFrom('organizations').select('corp_id').orderBy('id').execute();
    const badCorp = await runGenjin(target.database.url, importArgs(baseUrl, '--as-corp-id', 'x'), env());
    expect([badCorp.code, badCorp.stderr]).toEqual([1, 'genjin: Invalid parameter: as_corp_id is invalid; accepted: letters, digits, - and _ (2-64)\n']);
    const badSince = await runGenjin(target.database.url, importArgs(baseUrl, '--as-corp-id', 'later', '--since', '2026-13-45'), env());
    expect([badSince.code, badSince.stderr]).toEqual([1, 'genjin: Invalid parameter: since is invalid; accepted: YYYY-MM-DD\n']);
    expect(await target.ctx.database.db.selectFrom('organizations').select('corp_id').orderBy('id').execute()).toEqual(organizations);
  }, 120_000);
});
