import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
// Where in the primary's write-ahead log a token last wrote, so that token's reads go to a replica only once
// the replica has replayed past it (read-your-writes with read replicas).

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('token_write_positions')
    .addColumn('organization_id', 'bigint', (c) => c.notNull())
    .addColumn('token_id', 'bigint', (c) => c.notNull())
    .addColumn('lsn', 'text', (c) => c.notNull())
    .addColumn('written_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('token_write_positions_pkey', ['organization_id', 'token_id'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('token_write_positions').execute();
}
