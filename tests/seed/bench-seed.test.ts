import { sql } from 'kysely';
import { DateTime } from 'luxon';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../src/app-context.ts';
import { testConfig } from '../../src/config.ts';
import { verifyPassword } from '../../src/features/auth/passwords.ts';
import { findDayCountMismatches } from '../../src/features/revisit-logs/day-counts.repository.ts';
import { seedBench, type BenchSeedResult } from '../../src/seed/bench-seed.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const N = 3000;
const DAY = 86_400_000;

describeEachDialect('bench seed', (dialect) => {
  let database: TestDatabase;
  let ctx: AppContext;
  let result: BenchSeedResult;
  let indexesBefore: string[];
  const now = DateTime.fromISO('2026-11-30T10:30:00', { zone: 'Asia/Shanghai' }).toMillis();
  const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-bench-seed-'));
  const progress: number[] = [];

  const count = async (query: string) => Number((await sql.raw<{ n: number }>(query).execute(ctx.database.db)).rows[0]!.n);
  const indexNames = async () =>
    (await Promise.all(['revisit_logs', 'attachments', 'revisit_log_at_users', 'revisit_log_contacts'].map((t) => ctx.database.ops.secondaryIndexes(ctx.database.db, t))))
      .flat()
      .map((i) => i.name)
      .sort();

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    ctx = createAppContext(testConfig({ databaseUrl: database.url, storageDir }), { database: database.handle, clock: () => now });
    indexesBefore = await indexNames();
    result = await seedBench(ctx, { followUps: N, users: 60, departments: 12, organizations: 3, randomSeed: 5, onProgress: (done) => progress.push(done) });
  }, 120_000);
  afterAll(async () => {
    await database.drop();
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  it('writes exactly N follow-ups, most of them in the first organization, and reports them', async () => {
    expect(result.follow_ups).toBe(N);
    expect(await count('select count(*) as n from revisit_logs')).toBe(N);
    expect(result.organizations.map((o) => o.corp_id)).toEqual(['bench-5-1', 'bench-5-2', 'bench-5-3']);
    const perOrg = await sql<{ organization_id: number; n: number }>`select organization_id, count(*) as n from revisit_logs group by organization_id order by organization_id`.execute(ctx.database.db);
    expect(perOrg.rows.map((r) => [Number(r.organization_id), Number(r.n)])).toEqual([
      [result.organizations[0]!.id, 2700],
      [result.organizations[1]!.id, 150],
      [result.organizations[2]!.id, 150],
    ]);
    expect(progress.at(-1)).toBe(N);
  });

  it('leaves the daily count roll-ups equal to COUNT(*) (PostgreSQL loads with the triggers off, then rebuilds)', async () => {
    expect(await findDayCountMismatches(ctx.database.db)).toEqual([]);
    expect(await count('select sum(count) as n from revisit_log_org_day_counts')).toBe(await count('select count(*) as n from revisit_logs where deleted_at is null and is_draft = 0'));
  });

  it("gives the large organization's admin scope all and a password that verifies", async () => {
    const admin = await ctx.database.db
      .selectFrom('users')
      .innerJoin('roles', 'roles.id', 'users.role_id')
      .select(['users.password_hash', 'roles.data_scope', 'users.organization_id'])
      .where('users.login', '=', result.organizations[0]!.admin_login)
      .executeTakeFirstOrThrow();
    expect(admin.data_scope).toBe('all');
    expect(admin.organization_id).toBe(result.organizations[0]!.id);
    expect(await verifyPassword(admin.password_hash, result.organizations[0]!.admin_password)).toBe(true);
    expect(await count(`select count(*) as n from users where organization_id = ${result.organizations[0]!.id}`)).toBe(60);
    expect(await count(`select count(*) as n from departments where organization_id = ${result.organizations[0]!.id}`)).toBe(12);
    expect(await count(`select max(depth) as n from departments where organization_id = ${result.organizations[0]!.id}`)).toBe(3);
  });

  it('writes realistic content, times, drafts, deletions, reminders and links', async () => {
    expect(await count("select count(*) as n from revisit_logs where length(content) < 100 or length(content) > 600")).toBe(0);
    expect(await count(`select count(*) as n from revisit_logs where real_revisit_at > ${now} or real_revisit_at < ${now - 549 * DAY}`)).toBe(0);
    expect(await count(`select count(*) as n from revisit_logs where created_at < real_revisit_at or created_at > ${now}`)).toBe(0);
    const share = async (where: string) => (await count(`select count(*) as n from revisit_logs where ${where}`)) / N;
    expect(await share('is_draft = 1')).toBeGreaterThan(0.005);
    expect(await share('deleted_at is not null')).toBeGreaterThan(0.01);
    expect(await share('remind_at is not null')).toBeGreaterThan(0.04);
    expect(await share(`created_at - real_revisit_at > ${DAY}`)).toBeGreaterThan(0.08);
    const withFiles = (await count("select count(distinct attachmentable_id) as n from attachments where attachmentable_type = 'RevisitLog'")) / N;
    expect(withFiles).toBeGreaterThan(0.3);
    expect(withFiles).toBeLessThan(0.4);
    expect(await count('select count(*) as n from revisit_log_at_users')).toBeGreaterThan(N * 0.1);
    expect(await count('select count(*) as n from revisit_log_contacts')).toBeGreaterThan(N * 0.15);
    expect(await count('select count(distinct loggable_type) as n from revisit_logs')).toBe(5);
    // Office hours (9–18 in Asia/Shanghai, UTC+8) hold most of the follow-ups.
    expect(await share('((real_revisit_at / 3600000) + 8) % 24 between 9 and 17')).toBeGreaterThan(0.7);
  });

  it('keeps the derived counts exact and every link inside its organization', async () => {
    expect(await count('select count(*) as n from revisit_logs r where comments_count <> (select count(*) from revisit_log_comments c where c.revisit_log_id = r.id and c.deleted_at is null)')).toBe(0);
    expect(await count('select count(*) as n from revisit_logs where comments_count > 0')).toBeGreaterThan(N * 0.05);
    expect(
      await count(
        "select count(*) as n from customers e where revisit_logs_count <> (select count(*) from revisit_logs r where r.organization_id = e.organization_id and r.loggable_type = 'Customer' and r.loggable_id = e.id and r.deleted_at is null and r.is_draft = 0)",
      ),
    ).toBe(0);
    expect(await count('select count(*) as n from revisit_logs r join users u on u.id = r.user_id where u.organization_id <> r.organization_id')).toBe(0);
    expect(await count("select count(*) as n from revisit_logs r join customers c on c.id = r.loggable_id and r.loggable_type = 'Customer' where c.organization_id <> r.organization_id")).toBe(0);
    expect(await count('select count(*) as n from attachments a join revisit_logs r on r.id = a.attachmentable_id where a.organization_id <> r.organization_id')).toBe(0);
  });

  it('rebuilds every index it dropped and leaves no helper table', async () => {
    expect(await indexNames()).toEqual(indexesBefore);
    await expect(sql`select count(*) from bench_map`.execute(ctx.database.db)).rejects.toThrow();
  });
});
