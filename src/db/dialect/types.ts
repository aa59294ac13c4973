import type { Dialect, Expression, SqlBool } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** The few operations whose SQL differs between the engines. Nothing outside src/db asks which one runs. */
export interface DialectOps {
  readonly name: DialectName;
  /** Case-insensitive "contains" on a text column (value is matched literally, not as a pattern). */
  containsInsensitive(column: Expression<string | null>, value: string): Expression<SqlBool>;
  /** True when an error is a unique-constraint violation. */
  isUniqueViolation(error: unknown): boolean;
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
