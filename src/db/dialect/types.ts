import type { Dialect, Expression, Kysely, SqlBool } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** The few operations whose SQL differs between the engines. Nothing outside src/db asks which one runs. */
export interface DialectOps {
  readonly name: DialectName;
  /** Case-insensitive "contains" on a text column (value is matched literally, not as a pattern). */
  containsInsensitive(column: Expression<string | null>, value: string): Expression<SqlBool>;
  /** True when an error is a unique-constraint violation. */
  isUniqueViolation(error: unknown): boolean;
  /**
   * Locks the selected rows until the transaction ends (`FOR UPDATE`) where the engine has row locks; SQLite
   * has none and needs none (its write transactions are serialized), so there the query is unchanged.
   */
  forUpdate<Q extends { forUpdate(): Q }>(query: Q): Q;
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
}

/** Escapes LIKE wildcards so user input matches literally (with ESCAPE '\'). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function integerOf(n: number): number {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return n;
}
