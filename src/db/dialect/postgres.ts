import pg from 'pg';
import { PostgresDialect, sql } from 'kysely';
import { escapeLike, integerOf, type DialectSetup } from './types.ts';

// int8 (ids, counts, epoch-ms times) as JavaScript numbers: every value we store fits in 2^53.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
// numeric (aggregates like sum/avg) as numbers too.
pg.types.setTypeParser(1700, (value) => Number.parseFloat(value));

export function createPostgresDialect(url: string, poolSize: number): DialectSetup {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const safe = url.replace(/\/\/[^@/]*@/, '//***@');
  return {
    kyselyDialect: new PostgresDialect({ pool }),
    describe: `postgres ${safe}`,
    ops: {
      name: 'postgres',
      containsInsensitive: (column, value) => sql<boolean>`${column} ilike ${'%' + escapeLike(value) + '%'}`,
      isUniqueViolation: (error) =>
        typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === '23505',
      forUpdate: (query) => query.forUpdate(),
      series: (from, to) => ({ prefix: '', source: `generate_series(${integerOf(from)}::bigint, ${integerOf(to)}::bigint) as bench_series(i)` }),
      bulkLoadSession: async (db, on) => {
        // replica mode skips the foreign-key triggers (needs a superuser, as a bulk load usually has).
        await sql.raw(`set session_replication_role = ${on ? 'replica' : 'origin'}`).execute(db);
        await sql.raw(`set synchronous_commit = ${on ? 'off' : 'on'}`).execute(db);
        await sql.raw(`set maintenance_work_mem = '${on ? '1GB' : '64MB'}'`).execute(db);
      },
      afterBulkLoad: async (db) => {
        await sql`vacuum (analyze)`.execute(db);
      },
      secondaryIndexes: async (db, table) => {
        const { rows } = await sql<{ name: string; definition: string }>`
          select i.indexname as name, i.indexdef as definition from pg_indexes i
          where i.schemaname = current_schema() and i.tablename = ${table}
            and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`.execute(db);
        return rows;
      },
    },
  };
}
