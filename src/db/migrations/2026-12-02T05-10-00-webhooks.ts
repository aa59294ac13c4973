import type { Kysely } from 'kysely';
import { withId } from './schema-helpers.ts';

// Frozen: never edit a migration that has shipped; add a new one.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

/**
 * Webhooks. `outbox_events` is written in the same transaction as the change it announces (so an event
 * exists exactly when its change committed); a worker turns each into one delivery per subscribed endpoint
 * and delivers them. Deliveries are claimed with a conditional update (`claimed_until`, `claim_token`), so
 * several instances never send the same attempt twice, and only the claim holder may mark one done.
 */
export async function up(db: Db): Promise<void> {
  await withId(db, db.schema.createTable('webhook_endpoints'))
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('deleted_at', 'bigint')
    .execute();
  await db.schema.createIndex('webhook_endpoints_org').on('webhook_endpoints').columns(['organization_id', 'deleted_at']).execute();

  await withId(db, db.schema.createTable('outbox_events'))
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('revisit_log_id', 'bigint', (c) => c.notNull())
    .addColumn('comment_id', 'bigint')
    .addColumn('user_id', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('dispatched_at', 'bigint')
    .execute();
  await db.schema.createIndex('outbox_events_pending').on('outbox_events').columns(['dispatched_at', 'id']).execute();

  await withId(db, db.schema.createTable('webhook_deliveries'))
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('endpoint_id', 'bigint', (c) => c.notNull().references('webhook_endpoints.id'))
    .addColumn('public_id', 'text', (c) => c.notNull().unique())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
    .addColumn('claimed_until', 'bigint')
    .addColumn('claim_token', 'text')
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('finished_at', 'bigint')
    .execute();
  await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['status', 'next_attempt_at', 'id']).execute();
  await db.schema.createIndex('webhook_deliveries_endpoint').on('webhook_deliveries').columns(['endpoint_id', 'id']).execute();

  await withId(db, db.schema.createTable('webhook_attempts'))
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('delivery_id', 'bigint', (c) => c.notNull().references('webhook_deliveries.id'))
    .addColumn('attempted_at', 'bigint', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('error', 'text')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_attempts_delivery').on('webhook_attempts').columns(['delivery_id', 'id']).execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('webhook_attempts').execute();
  await db.schema.dropTable('webhook_deliveries').execute();
  await db.schema.dropTable('outbox_events').execute();
  await db.schema.dropTable('webhook_endpoints').execute();
}
