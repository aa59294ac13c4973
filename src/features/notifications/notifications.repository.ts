import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { NotificationKind, NotificationsTable, PendingRemindersTable } from '../../db/schema/index.ts';

export type NotificationRow = Selectable<NotificationsTable>;
export type PendingReminderRow = Selectable<PendingRemindersTable>;

/** Inserts notifications; one whose dedupe key exists already is skipped. Returns the keys inserted. */
export async function insertNotifications(
  db: Db,
  rows: { organizationId: number; userId: number; kind: NotificationKind; revisitLogId: number; dedupeKey: string; at: number }[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('notifications')
    .values(
      rows.map((r) => ({
        organization_id: r.organizationId,
        user_id: r.userId,
        kind: r.kind,
        revisit_log_id: r.revisitLogId,
        dedupe_key: r.dedupeKey,
        created_at: r.at,
        read_at: null,
      })),
    )
    .onConflict((oc) => oc.columns(['organization_id', 'dedupe_key']).doNothing())
    .returning('dedupe_key')
    .execute();
  return inserted.map((r) => r.dedupe_key);
}

/** Keeps a follow-up's schedule in step with its `remind_at` (none when absent or not in the future). */
export async function setPendingReminder(db: Db, row: PendingReminderRow | { organization_id: number; revisit_log_id: number; remove: true }): Promise<void> {
  if ('remove' in row) {
    await db.deleteFrom('pending_reminders').where('organization_id', '=', row.organization_id).where('revisit_log_id', '=', row.revisit_log_id).execute();
    return;
  }
  await db
    .insertInto('pending_reminders')
    .values(row)
    .onConflict((oc) => oc.columns(['organization_id', 'revisit_log_id']).doUpdateSet({ remind_at: row.remind_at, user_id: row.user_id }))
    .execute();
}

export async function insertPendingReminders(db: Db, rows: PendingReminderRow[]): Promise<void> {
  // Chunks keep a large seed under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('pending_reminders').values(rows.slice(i, i + 500)).execute();
}

/** Due reminders of every organization, soonest first (the scanner serves the whole instance). */
export async function findDueReminders(db: Db, now: number, limit: number): Promise<PendingReminderRow[]> {
  return db.selectFrom('pending_reminders').selectAll().where('remind_at', '<=', now).orderBy('remind_at').limit(limit).execute();
}

/**
 * The claim: deleting the exact row that was due. Of several instances one delete matches; an edit that
 * moved the reminder meanwhile changed `remind_at`, so the stale one matches nothing.
 */
export async function claimReminder(db: Db, row: PendingReminderRow): Promise<boolean> {
  const result = await db
    .deleteFrom('pending_reminders')
    .where('organization_id', '=', row.organization_id)
    .where('revisit_log_id', '=', row.revisit_log_id)
    .where('remind_at', '=', row.remind_at)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function findNotificationPage(db: Db, organizationId: number, userId: number, page: { limit: number; offset: number }): Promise<NotificationRow[]> {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    // Unread first, then newest.
    .orderBy((eb) => eb.case().when('read_at', 'is', null).then(0).else(1).end())
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countNotifications(db: Db, organizationId: number, userId: number): Promise<{ total: number; unread: number }> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.count<number>('id').filterWhere('read_at', 'is', null).as('unread')])
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), unread: Number(row.unread) };
}

export async function findNotification(db: Db, organizationId: number, userId: number, id: number): Promise<NotificationRow | undefined> {
  return db.selectFrom('notifications').selectAll().where('organization_id', '=', organizationId).where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}

export async function markRead(db: Db, organizationId: number, userId: number, ids: number[] | 'all', now: number): Promise<number> {
  let query = db.updateTable('notifications').set({ read_at: now }).where('organization_id', '=', organizationId).where('user_id', '=', userId).where('read_at', 'is', null);
  if (ids !== 'all') query = query.where('id', 'in', ids);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Reminders past their time that no instance has fired yet (for /metrics): how many, and the oldest. */
export async function readOverdueReminders(db: Db, now: number): Promise<{ count: number; oldestAt: number | undefined }> {
  const row = await db
    .selectFrom('pending_reminders')
    .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min<number | string | null>('remind_at').as('oldest')])
    .where('remind_at', '<=', now)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), oldestAt: row.oldest === null ? undefined : Number(row.oldest) };
}
