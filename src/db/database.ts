import { Kysely, type LogEvent } from 'kysely';
import { createPostgresDialect } from './dialect/postgres.ts';
import { createSqliteDialect } from './dialect/sqlite.ts';
import type { DialectOps, PoolStats } from './dialect/types.ts';
import type { Database } from './schema/index.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  readonly db: Db;
  readonly ops: DialectOps;
  readonly describe: string;
  /** Pool counters for metrics; undefined on SQLite, which has no pool. */
  poolStats(): PoolStats | undefined;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Called after every query (tests count queries with it; the server logs slow ones). */
  onQuery?: (event: LogEvent) => void;
  poolSize?: number;
}

export function openDatabase(url: string, options: OpenOptions = {}): DatabaseHandle {
  const setup = /^postgres(ql)?:\/\//.test(url)
    ? createPostgresDialect(url, options.poolSize ?? 10)
    : /^sqlite:/.test(url)
      ? createSqliteDialect(url)
      : undefined;
  if (!setup) throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got ${url.split(':')[0]}:)`);
  const db = new Kysely<Database>({
    dialect: setup.kyselyDialect,
    ...(options.onQuery ? { log: options.onQuery } : {}),
  });
  return {
    db,
    ops: setup.ops,
    describe: setup.describe,
    poolStats: () => setup.poolStats?.(),
    close: () => db.destroy(),
  };
}
