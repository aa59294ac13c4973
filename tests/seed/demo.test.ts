import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../src/app-context.ts';
import { testConfig } from '../../src/config.ts';
import { verifyPassword } from '../../src/features/auth/passwords.ts';
import { seedDemo, type DemoSummary } from '../../src/seed/demo.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

describeEachDialect('demo seed', (dialect) => {
  let database: TestDatabase;
  let ctx: AppContext;
  let summary: DemoSummary;
  const now = DateTime.fromISO('2026-11-30T10:30:00', { zone: 'Asia/Shanghai' }).toMillis();
  const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-seed-'));

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    ctx = createAppContext(testConfig({ databaseUrl: database.url, storageDir }), { database: database.handle, clock: () => now });
    summary = await seedDemo(ctx, { randomSeed: 7 });
  }, 120_000);
  afterAll(async () => {
    await database.drop();
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  it('creates the demo organization with its admin', async () => {
    const db = ctx.database.db;
    const org = await db.selectFrom('organizations').selectAll().where('corp_id', '=', 'demo').executeTakeFirstOrThrow();
    expect(org.name).toBe('演示公司');
    expect(org.time_zone).toBe('Asia/Shanghai');
    const admin = await db
      .selectFrom('users')
      .innerJoin('roles', 'roles.id', 'users.role_id')
      .select(['users.name', 'users.password_hash', 'roles.data_scope', 'roles.is_admin'])
      .where('users.login', '=', '15800010002')
      .executeTakeFirstOrThrow();
    expect(admin.name).toBe('Admin');
    expect(admin.data_scope).toBe('all');
    expect(admin.is_admin).toBe(1);
    expect(await verifyPassword(admin.password_hash, 'genjin-demo')).toBe(true);
  });

  it('has a department tree at least three levels deep and every data scope', async () => {
    const db = ctx.database.db;
    const departments = await db.selectFrom('departments').select(['depth']).execute();
    expect(departments.length).toBeGreaterThanOrEqual(6);
    expect(Math.max(...departments.map((d) => d.depth))).toBeGreaterThanOrEqual(3);
    const users = await db.selectFrom('users').innerJoin('roles', 'roles.id', 'users.role_id').select(['roles.data_scope', 'users.department_id']).execute();
    expect(users.length).toBeGreaterThanOrEqual(20);
    expect(new Set(users.map((u) => u.data_scope))).toEqual(new Set(['self', 'department', 'department_and_below', 'all']));
    expect(new Set(users.map((u) => u.department_id)).size).toBeGreaterThanOrEqual(6);
  });

  it('has at least 50 of each entity and the default categories with English names', async () => {
    const db = ctx.database.db;
    for (const table of ['leads', 'customers', 'opportunities', 'contracts', 'contacts'] as const) {
      const { n } = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(n, table).toBeGreaterThanOrEqual(50);
    }
    const categories = await db.selectFrom('field_options').select(['name', 'name_en']).where('field_key', '=', 'revisit_log.category').orderBy('position').execute();
    expect(categories.map((c) => c.name)).toEqual(['电话', '微信', '拜访', '邮件', '短信', 'QQ', '其他']);
    expect(categories.every((c) => c.name_en)).toBe(true);
  });

  it('spreads at least 3,000 follow-ups over the last 120 days, with some today', async () => {
    const db = ctx.database.db;
    expect(summary.revisit_logs).toBeGreaterThanOrEqual(3000);
    const todayStart = DateTime.fromMillis(now, { zone: 'Asia/Shanghai' }).startOf('day').toMillis();
    const range = await db
      .selectFrom('revisit_logs')
      .select((eb) => [eb.fn.min<number>('real_revisit_at').as('min'), eb.fn.max<number>('real_revisit_at').as('max')])
      .executeTakeFirstOrThrow();
    expect(range.max).toBeLessThanOrEqual(now);
    expect(range.min).toBeGreaterThanOrEqual(todayStart - 120 * 86_400_000);
    const today = await db
      .selectFrom('revisit_logs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('real_revisit_at', '>=', todayStart)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(today.n).toBeGreaterThan(0);
  });

  it('attaches images, files, @-users, contacts, comments and past and future reminders', async () => {
    const db = ctx.database.db;
    const count = async (table: 'revisit_log_at_users' | 'revisit_log_contacts' | 'revisit_log_comments') =>
      (await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    expect(await count('revisit_log_at_users')).toBeGreaterThan(0);
    expect(await count('revisit_log_contacts')).toBeGreaterThan(0);
    expect(await count('revisit_log_comments')).toBeGreaterThan(0);
    const attachments = await db.selectFrom('attachments').select(['sub_type', 'storage_key', 'size']).execute();
    expect(new Set(attachments.map((a) => a.sub_type))).toEqual(new Set(['image', 'file']));
    const first = attachments[0]!;
    expect(fs.statSync(path.join(storageDir, first.storage_key)).size).toBe(first.size);
    const reminders = await db.selectFrom('revisit_logs').select('remind_at').where('remind_at', 'is not', null).execute();
    expect(reminders.some((r) => r.remind_at! < now)).toBe(true);
    expect(reminders.some((r) => r.remind_at! > now)).toBe(true);
  });

  it('refuses to seed twice', async () => {
    await expect(seedDemo(ctx, {})).rejects.toThrow(/already exists/);
  });
});

describe('demo seed determinism', () => {
  it('writes the same data for the same --random-seed and clock', async () => {
    const now = DateTime.fromISO('2026-11-30T10:30:00', { zone: 'Asia/Shanghai' }).toMillis();
    const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-seed-det-'));
    const contentOf = async (randomSeed: number) => {
      const database = await createTestDatabase('sqlite');
      try {
        const ctx = createAppContext(testConfig({ databaseUrl: database.url, storageDir }), { database: database.handle, clock: () => now });
        await seedDemo(ctx, { randomSeed, followUps: 150 });
        const db = database.handle.db;
        return JSON.stringify({
          users: await db.selectFrom('users').select(['name', 'login', 'department_id', 'role_id']).orderBy('id').execute(),
          logs: await db
            .selectFrom('revisit_logs')
            .select(['user_id', 'loggable_type', 'loggable_id', 'content', 'category', 'real_revisit_at', 'remind_at', 'is_draft', 'deleted_at'])
            .orderBy('id')
            .execute(),
          comments: await db.selectFrom('revisit_log_comments').select(['revisit_log_id', 'user_id', 'content']).orderBy('id').execute(),
        });
      } finally {
        await database.drop();
      }
    };
    const first = await contentOf(42);
    expect(await contentOf(42)).toBe(first);
    expect(await contentOf(43)).not.toBe(first);
    fs.rmSync(storageDir, { recursive: true, force: true });
  }, 60_000);
});
