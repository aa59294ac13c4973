import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ChangeAction } from '../../db/schema/index.ts';
import type { VisibleAuthors } from '../../domain/visibility.ts';
import type { RevisitLogRow } from '../revisit-logs/revisit-logs.repository.ts';
import { authorIsVisible, usersInSubtree } from '../shared/visible-authors.sql.ts';

/**
 * Hands out `count` consecutive change numbers of an organization and returns the first.
 *
 * Why this makes the feed gap-free in commit order: the upsert takes the organization's counter row lock
 * and keeps it until the transaction ends. A second writer of the same organization waits at this statement
 * until the first commits (or rolls back, which also undoes its numbers), so whoever gets number n+1 does so
 * after n is committed. Hence numbers become visible in increasing order: any snapshot that shows n+1 also
 * shows every number below it, and a reader who has passed n can never later find a smaller number appear.
 * A plain sequence lacks exactly this property (a transaction can take 7, commit after 8, and a reader that
 * saw 8 skips 7). SQLite serializes write transactions altogether, which gives the same order.
 * Callers take the numbers as the last write of their transaction, so the lock is held briefly.
 */
export async function allocateChangeNumbers(db: Db, organizationId: number, count: number): Promise<number> {
  const row = await db
    .insertInto('change_counters')
    .values({ organization_id: organizationId, last_change_id: count })
    .onConflict((oc) => oc.column('organization_id').doUpdateSet({ last_change_id: sql<number>`change_counters.last_change_id + ${count}` }))
    .returning('last_change_id')
    .executeTakeFirstOrThrow();
  return Number(row.last_change_id) - count + 1;
}

export interface ChangeEntry {
  revisitLogId: number;
  action: ChangeAction;
}

/** Moves each follow-up's feed row to its new number (one row per follow-up: the feed shows the latest state). */
export async function upsertChangeRows(db: Db, organizationId: number, firstNumber: number, entries: ChangeEntry[], at: number): Promise<void> {
  // Chunks keep a large seed or import under SQLite's bound-parameter limit.
  for (let start = 0; start < entries.length; start += 500) await upsertChunk(db, organizationId, firstNumber + start, entries.slice(start, start + 500), at);
}

async function upsertChunk(db: Db, organizationId: number, firstNumber: number, entries: ChangeEntry[], at: number): Promise<void> {
  await db
    .insertInto('revisit_log_changes')
    .values(
      entries.map((e, i) => ({
        organization_id: organizationId,
        revisit_log_id: e.revisitLogId,
        change_id: firstNumber + i,
        action: e.action,
        changed_at: at,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['organization_id', 'revisit_log_id']).doUpdateSet((eb) => ({
        change_id: eb.ref('excluded.change_id'),
        action: eb.ref('excluded.action'),
        changed_at: eb.ref('excluded.changed_at'),
      })),
    )
    .execute();
}

/**
 * Every follow-up of these authors takes one new change number (their visibility moved with the author):
 * a single number for many rows keeps it one statement; the feed orders by (number, follow-up id).
 */
export async function touchChangesOfAuthors(db: Db, organizationId: number, authorIds: number[], changeNumber: number, at: number): Promise<void> {
  if (authorIds.length === 0) return;
  await db
    .updateTable('revisit_log_changes')
    .set({
      change_id: changeNumber,
      changed_at: at,
      action: sql<ChangeAction>`case when action = 'deleted' then 'deleted' else 'updated' end`,
    })
    .where('organization_id', '=', organizationId)
    .where('revisit_log_id', 'in', (eb) =>
      eb.selectFrom('revisit_logs').select('id').where('organization_id', '=', organizationId).where('user_id', 'in', authorIds),
    )
    .execute();
}

/** Users whose department is at or below the department with this path (before or after a move). */
export async function findUsersInSubtree(db: Db, organizationId: number, pathPrefix: string): Promise<number[]> {
  const rows = await db
    .selectFrom('users')
    .select('users.id')
    .where('users.organization_id', '=', organizationId)
    .where((eb) => usersInSubtree(eb.ref('users.id'), organizationId, pathPrefix))
    .execute();
  return rows.map((r) => Number(r.id));
}

export interface FeedPosition {
  changeId: number;
  revisitLogId: number;
}

export interface ChangeRow {
  revisit_log_id: number;
  change_id: number;
  action: ChangeAction;
  changed_at: number;
}

/** The next `limit` feed rows after a position, in (change number, follow-up id) order. */
export async function findChangesAfter(db: Db, organizationId: number, after: FeedPosition, limit: number): Promise<ChangeRow[]> {
  const rows = await db
    .selectFrom('revisit_log_changes')
    .select(['revisit_log_id', 'change_id', 'action', 'changed_at'])
    .where('organization_id', '=', organizationId)
    .where((eb) =>
      eb.or([
        eb('change_id', '>', after.changeId),
        eb.and([eb('change_id', '=', after.changeId), eb('revisit_log_id', '>', after.revisitLogId)]),
      ]),
    )
    .orderBy('change_id')
    .orderBy('revisit_log_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, revisit_log_id: Number(r.revisit_log_id), change_id: Number(r.change_id) }));
}

/** Of these follow-ups, the ones a viewer may see in a list now: live, not someone else's draft, in scope. */
export async function findVisibleRevisitLogs(
  db: Db,
  scope: { organizationId: number; viewerId: number; visible: VisibleAuthors },
  ids: number[],
): Promise<RevisitLogRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('revisit_logs')
    .selectAll('revisit_logs')
    .where('revisit_logs.organization_id', '=', scope.organizationId)
    .where('revisit_logs.id', 'in', ids)
    .where('revisit_logs.deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('revisit_logs.is_draft', '=', 0), authorIsVisible(eb.ref('revisit_logs.user_id'), scope.organizationId, scope.visible)]),
        eb('revisit_logs.user_id', '=', scope.viewerId),
      ]),
    )
    .execute();
}
