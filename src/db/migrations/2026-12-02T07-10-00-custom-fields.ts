import type { Kysely } from 'kysely';
import { withId } from './schema-helpers.ts';

// Frozen: never edit a migration that has shipped; add a new one.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

/**
 * Per-organization custom fields of follow-ups and entities, and their values per record. A value lives in
 * the column of its type (text, number, instant) so filters compare natively and use an index; a
 * multi_select has one row per chosen option.
 */
export async function up(db: Db): Promise<void> {
  await withId(db, db.schema.createTable('custom_fields'))
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('deleted_at', 'bigint')
    .addUniqueConstraint('custom_fields_org_key', ['organization_id', 'key'])
    .execute();
  await db.schema.createIndex('custom_fields_org_entity').on('custom_fields').columns(['organization_id', 'entity', 'position']).execute();

  await withId(db, db.schema.createTable('custom_field_values'))
    .addColumn('organization_id', 'bigint', (c) => c.notNull().references('organizations.id'))
    .addColumn('field_id', 'bigint', (c) => c.notNull().references('custom_fields.id'))
    .addColumn('record_id', 'bigint', (c) => c.notNull())
    .addColumn('value_text', 'text')
    .addColumn('value_number', 'double precision')
    .addColumn('value_time', 'bigint')
    .execute();
  // Loading a page's values: by field set and record ids.
  await db.schema.createIndex('custom_field_values_record').on('custom_field_values').columns(['record_id', 'field_id']).execute();
  // Filters: equality or range on one field's values, then the record.
  for (const column of ['value_text', 'value_number', 'value_time']) {
    await db.schema.createIndex(`custom_field_values_${column}`).on('custom_field_values').columns(['field_id', column, 'record_id']).execute();
  }
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('custom_field_values').execute();
  await db.schema.dropTable('custom_fields').execute();
}
