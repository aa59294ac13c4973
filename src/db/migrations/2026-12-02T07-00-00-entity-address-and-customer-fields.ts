import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

const ADDRESSED = ['leads', 'customers', 'contacts'] as const;
const ADDRESS_TEXT = ['tel', 'phone', 'fax', 'email', 'qq', 'wechat', 'wangwang', 'url', 'zip', 'detail_address'] as const;

/**
 * IKCRM's `address` object of leads, customers and contacts, stored as columns of the record (one row, no
 * extra query per page), and the customer fields clients write (`company_name`, `source`, `note`). The phone
 * and name indexes serve `by_name` and `search_duplicates`.
 */
export async function up(db: Db): Promise<void> {
  for (const table of ADDRESSED) {
    for (const field of ADDRESS_TEXT) await db.schema.alterTable(table).addColumn(`address_${field}`, 'text').execute();
    await db.schema.alterTable(table).addColumn('address_lat', 'double precision').execute();
    await db.schema.alterTable(table).addColumn('address_lng', 'double precision').execute();
    await db.schema.createIndex(`${table}_org_address_phone`).on(table).columns(['organization_id', 'address_phone']).execute();
    await db.schema.createIndex(`${table}_org_address_tel`).on(table).columns(['organization_id', 'address_tel']).execute();
    await db.schema.createIndex(`${table}_org_name`).on(table).columns(['organization_id', 'name']).execute();
  }
  await db.schema.alterTable('customers').addColumn('company_name', 'text').execute();
  await db.schema.alterTable('customers').addColumn('source', 'text').execute();
  await db.schema.alterTable('customers').addColumn('note', 'text').execute();
}

export async function down(db: Db): Promise<void> {
  for (const column of ['note', 'source', 'company_name']) await db.schema.alterTable('customers').dropColumn(column).execute();
  for (const table of ADDRESSED) {
    for (const index of ['org_name', 'org_address_tel', 'org_address_phone']) await db.schema.dropIndex(`${table}_${index}`).execute();
    for (const field of [...ADDRESS_TEXT, 'lat', 'lng']) await db.schema.alterTable(table).dropColumn(`address_${field}`).execute();
  }
}
