import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DialectOps } from '../../db/dialect/types.ts';
import { DAY_MS } from '../../domain/utc-days.ts';

// The daily roll-ups of the list's count (migration 2026-12-03T04-00-00): triggers keep them in every
// write's transaction; these rebuild them after a load that bypassed the triggers, and check them.

const DAY_COUNT_TABLES = ['revisit_log_day_counts', 'revisit_log_org_day_counts'] as const;

const dayOf = sql`cast(real_revisit_at / ${sql.lit(DAY_MS)} as integer)`;
const counted = (organizationId: number | undefined) =>
  sql`deleted_at is null and is_draft = 0${organizationId !== undefined ? sql` and organization_id = ${organizationId}` : sql``}`;
const ofOrganization = (organizationId: number | undefined) =>
  organizationId !== undefined ? sql`where organization_id = ${organizationId}` : sql``;

/**
 * Replaces the roll-ups (of one organization, or all) with what revisit_logs holds. Exact while others
 * write: concurrent writers' triggers wait for this transaction (their rows are then counted by their own
 * trigger, not by this snapshot), and those that wrote before it are in its snapshot.
 */
export async function rebuildDayCounts(db: Db, ops: DialectOps, organizationId?: number): Promise<void> {
  const run = async (trx: Db) => {
    await ops.lockTablesForRebuild(trx, DAY_COUNT_TABLES);
    await sql`delete from revisit_log_day_counts ${ofOrganization(organizationId)}`.execute(trx);
    await sql`delete from revisit_log_org_day_counts ${ofOrganization(organizationId)}`.execute(trx);
    await sql`insert into revisit_log_day_counts (organization_id, user_id, day, count)
      select organization_id, user_id, ${dayOf}, count(*) from revisit_logs where ${counted(organizationId)}
      group by organization_id, user_id, ${dayOf}`.execute(trx);
    await sql`insert into revisit_log_org_day_counts (organization_id, day, count)
      select organization_id, day, sum("count") from revisit_log_day_counts ${ofOrganization(organizationId)}
      group by organization_id, day`.execute(trx);
  };
  if (db.isTransaction) await run(db);
  else await db.transaction().execute(run);
}

export interface DayCountMismatch {
  organization_id: number;
  /** null for the organization's total row. */
  user_id: number | null;
  day: number;
  /** Rows counted in revisit_logs minus the roll-up's count. */
  difference: number;
}

function differences(organizationId: number | undefined, perAuthor: boolean): RawBuilder<DayCountMismatch> {
  const author = perAuthor ? sql`user_id` : sql`cast(null as bigint)`;
  const table = perAuthor ? sql`revisit_log_day_counts` : sql`revisit_log_org_day_counts`;
  const key = perAuthor ? sql`organization_id, user_id, day` : sql`organization_id, day`;
  return sql<DayCountMismatch>`select organization_id, ${author} as user_id, day, sum(n) as difference from (
      select organization_id, ${perAuthor ? sql`user_id, ` : sql``}${dayOf} as day, count(*) as n from revisit_logs
        where ${counted(organizationId)} group by organization_id, ${perAuthor ? sql`user_id, ` : sql``}${dayOf}
      union all
      select organization_id, ${perAuthor ? sql`user_id, ` : sql``}day, -"count" as n from ${table} ${ofOrganization(organizationId)}
    ) d group by ${key} having sum(n) <> 0`;
}

/** Every roll-up row that disagrees with COUNT(*) over revisit_logs, in one snapshot per table. */
export async function findDayCountMismatches(db: Db, organizationId?: number): Promise<DayCountMismatch[]> {
  const found: DayCountMismatch[] = [];
  for (const perAuthor of [true, false]) {
    const { rows } = await sql<DayCountMismatch>`select * from (${differences(organizationId, perAuthor)}) m order by organization_id, day`.execute(db);
    found.push(...rows.map((r) => ({ organization_id: Number(r.organization_id), user_id: r.user_id === null ? null : Number(r.user_id), day: Number(r.day), difference: Number(r.difference) })));
  }
  return found;
}
