import { sql, type Kysely } from 'kysely';
import { withId } from './schema-helpers.ts';

// Frozen: never edit a migration that has shipped; add a new one.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

/**
 * The inbox and the reminder schedule. `pending_reminders` holds one row per follow-up whose reminder is
 * still to fire; writes keep it in step with `remind_at` in their transaction, and the scanner claims a due
 * row by deleting it (only one instance's delete matches), so a reminder fires once, after downtime too.
 * `notifications.dedupe_key` is unique per organization: the same event can never notify twice.
 *
 * Reminders already due when this migration runs are not scheduled (they were due before events existed).
 */
export async function up(db: Db): Promise<void> {
  await withId(db, db.schema.createTable('notifications'))
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('revisit_log_id', 'bigint', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('read_at', 'bigint')
    .addUniqueConstraint('notifications_dedupe', ['organization_id', 'dedupe_key'])
    .execute();
  await db.schema.createIndex('notifications_inbox').on('notifications').columns(['organization_id', 'user_id', 'read_at', 'id']).execute();

  await db.schema
    .createTable('pending_reminders')
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('revisit_log_id', 'bigint', (c) => c.notNull())
    .addColumn('user_id', 'bigint', (c) => c.notNull())
    .addColumn('remind_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('pending_reminders_pk', ['organization_id', 'revisit_log_id'])
    .execute();
  await db.schema.createIndex('pending_reminders_due').on('pending_reminders').column('remind_at').execute();
  await sql`
    insert into pending_reminders (organization_id, revisit_log_id, user_id, remind_at)
    select organization_id, id, user_id, remind_at from revisit_logs
    where remind_at is not null and remind_at > ${Date.now()} and deleted_at is null`.execute(db);
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('pending_reminders').execute();
  await db.schema.dropTable('notifications').execute();
}
