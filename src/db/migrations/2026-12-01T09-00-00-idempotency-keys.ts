import type { Kysely } from 'kysely';
import { withId } from './schema-helpers.ts';

// Frozen: never edit a migration that has shipped; add a new one.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

/**
 * Idempotency keys of POST requests: sync scripts retry after timeouts, and the unique constraint is what
 * makes a concurrent double POST create one record (the second insert of the key fails).
 */
export async function up(db: Db): Promise<void> {
  await withId(db, db.schema.createTable('idempotency_keys'))
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('idempotency_keys_unique', ['organization_id', 'user_id', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').column('created_at').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('idempotency_keys').execute();
}
