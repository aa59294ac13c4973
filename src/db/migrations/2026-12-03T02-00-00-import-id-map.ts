import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

/**
 * `genjin import`: which source record each imported row came from. A row is written in the same
 * transaction as the record it maps, so after an interruption a record exists exactly when its mapping
 * does, and a rerun skips what is mapped. `source_id` is text: most are numeric ids, the organization's own
 * entry is keyed by the source's corp_id.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('import_id_map')
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('local_id', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_id_map_pk', ['organization_id', 'kind', 'source_id'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('import_id_map').execute();
}
