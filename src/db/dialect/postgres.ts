import pg from 'pg';
import { PostgresDialect, sql } from 'kysely';
import { escapeLike, type DialectSetup } from './types.ts';

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
      // Only the content condition, so nothing but the GIN index can serve it; the caller drops deleted rows.
      followUpIdsContaining: (term) => sql`select r.id from revisit_logs r where r.content ilike ${'%' + escapeLike(term) + '%'}`,
      isUniqueViolation: (error) =>
        typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === '23505',
      forUpdate: (query) => query.forUpdate(),
    },
  };
}
