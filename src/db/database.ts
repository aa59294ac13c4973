import { Kysely, type LogEvent } from 'kysely';
import { createPostgresDialect } from './dialect/postgres.ts';
import { createSqliteDialect } from './dialect/sqlite.ts';
import type { DialectOps } from './dialect/types.ts';
import type { Database } from './schema/index.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  readonly db: Db;
  readonly ops: DialectOps;
  readonly describe: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Called after every query (tests count queries with it; the server logs slow ones). */
  onQuery?: (event: LogEvent) => void;
  poolSize?: number;
  /** PostgreSQL: how long to wait for a connection (default 5 s; 0 waits without limit). */
  connectTimeoutMs?: number;
  /** PostgreSQL: told of connection errors no query sees (the process must survive them). */
  onConnectionError?: (error: Error) => void;
}

export function openDatabase(url: string, options: OpenOptions = {}): DatabaseHandle {
  const setup = /^postgres(ql)?:\/\//.test(url)
    ? createPostgresDialect(url, {
        poolSize: options.poolSize ?? 10,
        connectTimeoutMs: options.connectTimeoutMs ?? 5000,
        onConnectionError: options.onConnectionError ?? (() => undefined),
      })
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
    close: () => db.destroy(),
  };
}
