import pg from 'pg';
import { PostgresDialect, sql } from 'kysely';
import type { ReplicaSet } from '../replicas.ts';
import { errorCode, escapeLike, integerOf, NETWORK_ERROR_CODES, type DialectSetup } from './types.ts';

// int8 (ids, counts, epoch-ms times) as JavaScript numbers: every value we store fits in 2^53.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
// numeric (aggregates like sum/avg) as numbers too.
pg.types.setTypeParser(1700, (value) => Number.parseFloat(value));

/**
 * Connection exceptions (class 08), the server shutting down or restarting (57P01–57P03), too many
 * connections (53300); and what pg itself throws when a socket dies or a connect times out.
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
const UNAVAILABLE_MESSAGE = /connection terminated|timeout exceeded when trying to connect|not queryable|connection (error|ended)/i;

function isUnavailable(error: unknown): boolean {
  const code = errorCode(error);
  if (code !== undefined && (NETWORK_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  return error instanceof Error && UNAVAILABLE_MESSAGE.test(error.message);
}

export interface PostgresOptions {
  poolSize: number;
  /** How long a request waits for a connection before it is answered 100503. */
  connectTimeoutMs: number;
  /** Told of connection errors that reach no query (an idle or checked-out client whose server went away). */
  onConnectionError: (error: Error) => void;
  /** Streaming replicas that read-only requests may use. */
  replicas?: ReplicaSet;
}

export function createPostgresDialect(url: string, options: PostgresOptions): DialectSetup {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize,
    connectionTimeoutMillis: options.connectTimeoutMs,
    keepAlive: true,
  });
  // pg emits 'error' on an idle client whose server went away ("terminating connection due to administrator
  // command"), and on a checked-out client between queries; with no listener Node kills the process. The
  // broken client is dropped by the pool on release, and the next request opens a fresh connection.
  pool.on('error', (error) => options.onConnectionError(error));
  pool.on('connect', (client) => client.on('error', (error) => options.onConnectionError(error)));
  const safe = url.replace(/\/\/[^@/]*@/, '//***@');
  return {
    kyselyDialect: new PostgresDialect({ pool: options.replicas ? options.replicas.routingPool(pool) : pool }),
    describe: `postgres ${safe}`,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    ops: {
      name: 'postgres',
      telemetryName: 'postgresql',
      containsInsensitive: (column, value) => sql<boolean>`${column} ilike ${'%' + escapeLike(value) + '%'}`,
      // Only the content condition, so nothing but the GIN index can serve it; the caller drops deleted rows.
      followUpIdsContaining: (term) => sql`select r.id from revisit_logs r where r.content ilike ${'%' + escapeLike(term) + '%'}`,
      isUniqueViolation: (error) =>
        typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === '23505',
      forUpdate: (query) => query.forUpdate(),
      lockTablesForRebuild: async (db, tables) => {
        await sql`lock table ${sql.join(tables.map((t) => sql.table(t)))} in exclusive mode`.execute(db);
      },
      isUnavailable,
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
