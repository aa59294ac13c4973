import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
// Loading a page's @-users filters on (organization_id, revisit_log_id); without this (covering) index SQLite walked
// every @-user of the organization through (organization_id, user_id, …).

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createIndex('revisit_log_at_users_org_log')
    .on('revisit_log_at_users')
    .columns(['organization_id', 'revisit_log_id', 'user_id'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex('revisit_log_at_users_org_log').execute();
}
