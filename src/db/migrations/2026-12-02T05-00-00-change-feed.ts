import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

/**
 * The change feed (GET /api/v2/revisit_logs/changes). `change_counters` holds one row per organization: a
 * writing transaction increments it (and so holds its row lock until it commits), which is what makes change
 * numbers commit in order. `revisit_log_changes` keeps one row per follow-up at its latest change number, so
 * the feed never grows beyond the follow-ups themselves and needs no retention window. No foreign key to
 * revisit_logs: a purged follow-up keeps its tombstone.
 *
 * Existing follow-ups are numbered here, by id within each organization, so a client starting from the
 * beginning receives everything stored before the feed existed.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('change_counters')
    .addColumn('organization_id', 'bigint', (c) => c.primaryKey().references('organizations.id'))
    .addColumn('last_change_id', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('revisit_log_changes')
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('revisit_log_id', 'bigint', (c) => c.notNull())
    .addColumn('change_id', 'bigint', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('revisit_log_changes_pk', ['organization_id', 'revisit_log_id'])
    .execute();
  await db.schema
    .createIndex('revisit_log_changes_feed')
    .on('revisit_log_changes')
    .columns(['organization_id', 'change_id', 'revisit_log_id'])
    .execute();
  await sql`
    insert into revisit_log_changes (organization_id, revisit_log_id, change_id, action, changed_at)
    select organization_id, id, row_number() over (partition by organization_id order by id),
           case when deleted_at is null then 'created' else 'deleted' end, updated_at
    from revisit_logs`.execute(db);
  await sql`
    insert into change_counters (organization_id, last_change_id)
    select organization_id, count(*) from revisit_log_changes group by organization_id`.execute(db);
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('revisit_log_changes').execute();
  await db.schema.dropTable('change_counters').execute();
}
