import { PostgresAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

/**
 * The one column that needs different DDL per dialect: an auto-increment primary key. SQLite's AUTOINCREMENT
 * keeps ids from ever being reused, which sync clients rely on (an id never means two records).
 * Frozen like the migrations that use it: change it only by adding a new helper.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withId<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, never>) {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return postgres
    ? table.addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
