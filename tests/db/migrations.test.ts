import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateToLatest, registeredMigrations } from '../../src/db/migrate.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const TABLES = [
  'api_tokens',
  'attachments',
  'change_counters',
  'checkins',
  'contacts',
  'contracts',
  'custom_field_values',
  'custom_fields',
  'customers',
  'departments',
  'field_options',
  'idempotency_keys',
  'import_id_map',
  'instance_settings',
  'leads',
  'notifications',
  'opportunities',
  'organizations',
  'outbox_events',
  'pending_reminders',
  'revisit_log_at_users',
  'revisit_log_changes',
  'revisit_log_comments',
  'revisit_log_contacts',
  'revisit_log_day_counts',
  'revisit_log_org_day_counts',
  'revisit_logs',
  'roles',
  'token_write_positions',
  'users',
  'webhook_attempts',
  'webhook_deliveries',
  'webhook_endpoints',
];

describeEachDialect('migrations', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database.drop());

  it('creates every table of the data model from empty', async () => {
    const tables = await database.handle.db.introspection.getTables();
    const names = tables.map((t) => t.name).filter((n) => !n.startsWith('kysely_') && !n.startsWith('revisit_logs_fts')).sort(); // FTS5 search index (SQLite)
    expect(names).toEqual(TABLES);
  });

  it('is a no-op the second time', async () => {
    expect(await migrateToLatest(database.handle.db)).toEqual([]);
    const { rows } = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(database.handle.db);
    expect(Number(rows[0]!.n)).toBe(registeredMigrations().length);
  });

  it('returns bigint ids and counts as JavaScript numbers', async () => {
    const db = database.handle.db;
    const org = await db
      .insertInto('organizations')
      .values({ name: 'n', corp_id: 'bigint-check', time_zone: 'Asia/Shanghai', created_at: 1_796_000_000_000, updated_at: 1 })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    expect(typeof org.id).toBe('number');
    expect(org.created_at).toBe(1_796_000_000_000);
    const count = await db.selectFrom('organizations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
  });

  it('enforces foreign keys', async () => {
    const db = database.handle.db;
    await expect(
      db
        .insertInto('departments')
        .values({ organization_id: 999_999, parent_id: null, name: 'x', path: '/x/', depth: 1, position: 0, created_at: 1, updated_at: 1 })
        .execute(),
    ).rejects.toThrow();
  });
});
