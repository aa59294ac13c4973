import type { Kysely } from 'kysely';
import { withId } from './schema-helpers.ts';

// Frozen: never edit a migration that has shipped; add a new one.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

/**
 * Check-ins (签到): a field rep's visit, where and when. Coordinates are `double precision` like the
 * follow-ups' (src/db/README.md). A check-in on an entity also wrote a follow-up; `revisit_log_id` names it.
 * The two indexes serve the list: the organization's check-ins by time, and one user's (a `self` scope, a
 * `user_id=` filter).
 */
export async function up(db: Db): Promise<void> {
  await withId(db, db.schema.createTable('checkins'))
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id'))
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lng', 'double precision', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('loggable_type', 'text')
    .addColumn('loggable_id', 'bigint')
    // No foreign key: `revisit-logs purge` removes long-deleted follow-ups for good, the check-in stays.
    .addColumn('revisit_log_id', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('deleted_at', 'bigint')
    .execute();
  await db.schema.createIndex('checkins_org_time').on('checkins').columns(['organization_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('checkins_org_user_time').on('checkins').columns(['organization_id', 'user_id', 'created_at', 'id']).execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('checkins').execute();
}
