import { sql } from 'kysely';
import type { Db } from './database.ts';

/**
 * Refreshes the planner's statistics (`ANALYZE`, the same statement on both engines). After a bulk load,
 * PostgreSQL planned the department-subtree list with stale statistics at 500 ms a page instead of ~5 ms.
 */
export async function refreshPlannerStatistics(db: Db): Promise<void> {
  await sql`analyze`.execute(db);
}

/** One round trip to the database; throws when it cannot be reached (health and readiness checks). */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
