import { Kysely, type LogEvent } from 'kysely';
import { createPostgresDialect } from './dialect/postgres.ts';
import { createSqliteDialect } from './dialect/sqlite.ts';
import type { DialectOps, PoolStats } from './dialect/types.ts';
import { NO_READ_ROUTING, replicaRouting, type ReadRouting } from './read-routing.ts';
import { ReplicaSet } from './replicas.ts';
import type { Database } from './schema/index.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  readonly db: Db;
  readonly ops: DialectOps;
  readonly describe: string;
  /** Where read-only requests read (replicas when configured, else always the primary). */
  readonly reads: ReadRouting;
  /** Pool counters for metrics; undefined on SQLite, which has no pool. */
  poolStats(): PoolStats | undefined;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Streaming replicas of a PostgreSQL primary that read-only requests may use. */
  replicaUrls?: readonly string[];
  replicaMaxLagSeconds?: number;
  /** Called after every query (tests count queries with it; the server logs slow ones). */
  onQuery?: (event: LogEvent) => void;
  poolSize?: number;
  /** PostgreSQL: how long to wait for a connection (default 5 s; 0 waits without limit). */
  connectTimeoutMs?: number;
  /** PostgreSQL: told of connection errors no query sees (the process must survive them). */
  onConnectionError?: (error: Error) => void;
}

export function openDatabase(url: string, options: OpenOptions = {}): DatabaseHandle {
  const postgres = /^postgres(ql)?:\/\//.test(url);
  const replicaUrls = options.replicaUrls ?? [];
  if (replicaUrls.length > 0 && !postgres) throw new Error('DATABASE_REPLICA_URLS needs a PostgreSQL DATABASE_URL');
  if (replicaUrls.some((u) => !/^postgres(ql)?:\/\//.test(u))) throw new Error('DATABASE_REPLICA_URLS must be postgres:// URLs');
  const replicas = replicaUrls.length
    ? new ReplicaSet(replicaUrls, { maxLagSeconds: options.replicaMaxLagSeconds ?? 10, poolSize: options.poolSize ?? 10 })
    : undefined;
  const setup = postgres
    ? createPostgresDialect(url, {
        poolSize: options.poolSize ?? 10,
        connectTimeoutMs: options.connectTimeoutMs ?? 5000,
        onConnectionError: options.onConnectionError ?? (() => undefined),
        replicas,
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
    describe: replicas ? `${setup.describe} with ${replicas.size} replica(s)` : setup.describe,
    reads: replicas ? replicaRouting(db, replicas) : NO_READ_ROUTING,
    poolStats: () => setup.poolStats?.(),
    close: () => db.destroy(),
  };
}
