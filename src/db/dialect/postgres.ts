import pg from 'pg';
import { PostgresDialect, sql } from 'kysely';
import type { ReplicaSet } from '../replicas.ts';
import { escapeLike, type DialectSetup } from './types.ts';

// int8 (ids, counts, epoch-ms times) as JavaScript numbers: every value we store fits in 2^53.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
// numeric (aggregates like sum/avg) as numbers too.
pg.types.setTypeParser(1700, (value) => Number.parseFloat(value));

export function createPostgresDialect(url: string, poolSize: number, replicas?: ReplicaSet): DialectSetup {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const safe = url.replace(/\/\/[^@/]*@/, '//***@');
  return {
    kyselyDialect: new PostgresDialect({ pool: replicas ? replicas.routingPool(pool) : pool }),
    describe: `postgres ${safe}`,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    ops: {
      name: 'postgres',
      containsInsensitive: (column, value) => sql<boolean>`${column} ilike ${'%' + escapeLike(value) + '%'}`,
      isUniqueViolation: (error) =>
        typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === '23505',
      forUpdate: (query) => query.forUpdate(),
    },
  };
}
