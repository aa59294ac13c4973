import type { Dialect, Expression, Kysely, SqlBool } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** The few operations whose SQL differs between the engines. Nothing outside src/db asks which one runs. */
export interface DialectOps {
  readonly name: DialectName;
  /** The engine as OpenTelemetry names it (`db.system.name` on statement spans). */
  readonly telemetryName: 'postgresql' | 'sqlite';
  /** Case-insensitive "contains" on a text column (value is matched literally, not as a pattern). */
  containsInsensitive(column: Expression<string | null>, value: string): Expression<SqlBool>;
  /**
   * A subquery of the ids of follow-ups (any organization, the caller narrows) whose content contains `term`
   * (three characters or more; case-insensitive for Latin, matched literally), served by the engine's trigram
   * index (migration 2026-12-02T06-00-00): SQLite's FTS5 trigram table, PostgreSQL's pg_trgm GIN index.
   */
  followUpIdsContaining(term: string): Expression<unknown>;
  /** True when an error is a unique-constraint violation. */
  isUniqueViolation(error: unknown): boolean;
  /**
   * True when an error means the database cannot be reached or is not taking work right now (connection
   * refused or cut, server shutting down, SQLite locked past its busy timeout): the request is answered
   * 100503 and may be retried, rather than 100500.
   */
  isUnavailable(error: unknown): boolean;
  /**
   * Locks the selected rows until the transaction ends (`FOR UPDATE`) where the engine has row locks; SQLite
   * has none and needs none (its write transactions are serialized), so there the query is unchanged.
   */
  forUpdate<Q extends { forUpdate(): Q }>(query: Q): Q;
  /**
   * Inside a transaction: keeps every other writer of these tables waiting until it ends (plain reads go on),
   * for a rebuild that replaces their rows from a snapshot. PostgreSQL `LOCK … IN EXCLUSIVE MODE`; nothing on
   * SQLite, whose write transactions are serialized already.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any schema
  lockTablesForRebuild(db: Kysely<any>, tables: readonly string[]): Promise<void>;
  /**
   * SQL text for a set-based statement over the integers from..to (bulk generation): `prefix` goes before the
   * statement, `source` is the table to select from, named bench_series with one column `i` (PostgreSQL:
   * generate_series; SQLite: a recursive CTE). Integers only, so the text is safe to splice.
   */
  series(from: number, to: number): { prefix: string; source: string };
  /**
   * Settings of a bulk load on one connection (on: referential checks off, relaxed commit durability — the
   * loader writes consistent data or the whole load is redone), and back. Run every statement of the load on
   * that same connection.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any schema
  bulkLoadSession(db: Kysely<any>, on: boolean): Promise<void>;
  /**
   * After a bulk load, outside any transaction: planner statistics, and on PostgreSQL also the visibility map
   * (VACUUM), without which no index-only scan is possible until autovacuum comes by — a count over the
   * covering index then reads every row from the table.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any schema
  afterBulkLoad(db: Kysely<any>): Promise<void>;
  /** CREATE INDEX statements of a table's droppable secondary indexes (not those backing a constraint). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any schema
  secondaryIndexes(db: Kysely<any>, table: string): Promise<{ name: string; definition: string }[]>;
}

export interface DialectSetup {
  readonly ops: DialectOps;
  readonly kyselyDialect: Dialect;
  /** Anything to release beyond what Kysely's destroy() closes. */
  readonly describe: string;
  /** Connection pool counters where there is a pool (PostgreSQL); SQLite has one connection and none. */
  readonly poolStats?: () => PoolStats;
}

export interface PoolStats {
  readonly total: number;
  readonly idle: number;
  readonly waiting: number;
}

/** Escapes LIKE wildcards so user input matches literally (with ESCAPE '\'). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Node's network error codes for a connection that could not be made or was cut. */
export const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export function integerOf(n: number): number {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return n;
}
