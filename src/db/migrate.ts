import { Migrator, type Migration, type MigrationResult } from 'kysely';
import type { Db } from './database.ts';
import * as initial from './migrations/2026-11-30T10-00-00-initial.ts';
import * as idempotencyKeys from './migrations/2026-12-01T09-00-00-idempotency-keys.ts';
import * as instanceSettings from './migrations/2026-12-01T10-00-00-instance-settings.ts';
import * as liveIndex from './migrations/2026-12-01T11-00-00-revisit-logs-live-index.ts';
import * as atUsersByLog from './migrations/2026-12-01T12-00-00-at-users-by-log.ts';
import * as liveUserTime from './migrations/2026-12-02T04-00-00-revisit-logs-live-user-time.ts';
import * as changeFeed from './migrations/2026-12-02T05-00-00-change-feed.ts';
import * as webhooks from './migrations/2026-12-02T05-10-00-webhooks.ts';
import * as notifications from './migrations/2026-12-02T05-20-00-notifications.ts';
import * as revisitLogsSearch from './migrations/2026-12-02T06-00-00-revisit-logs-search.ts';
import * as entityAddress from './migrations/2026-12-02T07-00-00-entity-address-and-customer-fields.ts';
import * as customFields from './migrations/2026-12-02T07-10-00-custom-fields.ts';
import * as tokenWritePositions from './migrations/2026-12-02T09-00-00-token-write-positions.ts';
import * as checkins from './migrations/2026-12-03T01-00-00-checkins.ts';
import * as importIdMap from './migrations/2026-12-03T02-00-00-import-id-map.ts';
import * as liveCovering from './migrations/2026-12-03T03-00-00-revisit-logs-live-covering.ts';
import * as revisitLogDayCounts from './migrations/2026-12-03T04-00-00-revisit-log-day-counts.ts';

/** Every migration, in order. A static list (not a folder scan) so it works the same under tsx and bundlers. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-30T10-00-00-initial': initial,
  '2026-12-01T09-00-00-idempotency-keys': idempotencyKeys,
  '2026-12-01T10-00-00-instance-settings': instanceSettings,
  '2026-12-01T11-00-00-revisit-logs-live-index': liveIndex,
  '2026-12-01T12-00-00-at-users-by-log': atUsersByLog,
  '2026-12-02T04-00-00-revisit-logs-live-user-time': liveUserTime,
  '2026-12-02T05-00-00-change-feed': changeFeed,
  '2026-12-02T05-10-00-webhooks': webhooks,
  '2026-12-02T05-20-00-notifications': notifications,
  '2026-12-02T06-00-00-revisit-logs-search': revisitLogsSearch,
  '2026-12-02T07-00-00-entity-address-and-customer-fields': entityAddress,
  '2026-12-02T07-10-00-custom-fields': customFields,
  '2026-12-02T09-00-00-token-write-positions': tokenWritePositions,
  '2026-12-03T01-00-00-checkins': checkins,
  '2026-12-03T02-00-00-import-id-map': importIdMap,
  '2026-12-03T03-00-00-revisit-logs-live-covering': liveCovering,
  '2026-12-03T04-00-00-revisit-log-day-counts': revisitLogDayCounts,
};

export function registeredMigrations(): string[] {
  return Object.keys(MIGRATIONS);
}

function migratorOf(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) } });
}

/**
 * Migrations this code knows that the database has not run. A database ahead of the code (a newer instance
 * migrated it during a rolling upgrade) is not behind: migrations only add before use.
 */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const infos = await migratorOf(db).getMigrations();
  return infos.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

/** Brings the schema to the latest version; a second run is a no-op. Throws on the first failure. */
export async function migrateToLatest(db: Db): Promise<MigrationResult[]> {
  const migrator = migratorOf(db);
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results;
}
