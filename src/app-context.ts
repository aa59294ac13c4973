import { openDatabase, type DatabaseHandle, type OpenOptions } from './db/database.ts';
import type { Config } from './config.ts';
import { createUrlSigner, type UrlSigner } from './features/attachments/signed-urls.ts';
import { createLocalStorage } from './storage/local-storage.ts';
import { createS3Storage } from './storage/s3-storage.ts';
import type { Storage } from './storage/storage.ts';
import { createTracing, type Tracing } from './features/observability/tracing.ts';

export type Clock = () => number;

/**
 * Everything a service needs from the outside world, built once per process. Tests and the CLI swap parts
 * (clock, database) through overrides instead of a DI framework.
 */
export interface AppContext {
  readonly config: Config;
  readonly database: DatabaseHandle;
  readonly clock: Clock;
  readonly storage: Storage;
  readonly urlSigner: UrlSigner;
  /** Present when OpenTelemetry tracing is configured. */
  readonly tracing: Tracing | undefined;
}

export interface AppContextOverrides {
  database?: DatabaseHandle;
  clock?: Clock;
  storage?: Storage;
  dbOptions?: OpenOptions;
  /** Tests that open their own database wire its statements to this tracing themselves. */
  tracing?: Tracing;
}

export function createAppContext(config: Config, overrides: AppContextOverrides = {}): AppContext {
  const tracing = overrides.tracing ?? (config.tracing ? createTracing(config.tracing) : undefined);
  const onQuery = overrides.dbOptions?.onQuery;
  const database =
    overrides.database ??
    openDatabase(config.databaseUrl, {
      poolSize: config.dbPoolSize,
      connectTimeoutMs: config.dbConnectTimeoutMs,
      replicaUrls: config.databaseReplicaUrls,
      replicaMaxLagSeconds: config.replicaMaxLagSeconds,
      ...overrides.dbOptions,
      ...(tracing
        ? {
            onQuery: (event) => {
              onQuery?.(event);
              tracing.onQuery(event);
            },
          }
        : {}),
    });
  tracing?.describeDatabase(database.ops.telemetryName);
  return {
    config,
    database,
    clock: overrides.clock ?? Date.now,
    storage: overrides.storage ?? (config.s3 ? createS3Storage(config.s3) : createLocalStorage(config.storageDir)),
    urlSigner: createUrlSigner(config.signingSecret),
    tracing,
  };
}

export async function closeAppContext(app: AppContext): Promise<void> {
  await app.database.close();
  await app.tracing?.shutdown();
}
