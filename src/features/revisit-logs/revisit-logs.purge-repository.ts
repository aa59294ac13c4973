import type { Db } from '../../db/database.ts';

/** The attachable type follow-ups' attachments carry (IKCRM's model name). */
const REVISIT_LOG_ATTACHABLE = 'RevisitLog';

export async function findPurgeableRevisitLogIds(db: Db, deletedBefore: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('revisit_logs')
    .select('id')
    .where('deleted_at', 'is not', null)
    .where('deleted_at', '<', deletedBefore)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Inside a transaction: removes those of `ids` that are still soft-deleted before the cutoff, with their
 * link rows and attachment rows, and returns the attachments' storage keys (their bytes go after commit).
 * The first statement is a no-op update so PostgreSQL locks the rows: a follow-up restored meanwhile is
 * either kept (restored first) or waits for the purge to finish.
 */
export async function deleteRevisitLogsWithLinks(
  trx: Db,
  ids: readonly number[],
  deletedBefore: number,
): Promise<{ revisitLogs: number; storageKeys: string[] }> {
  if (ids.length === 0) return { revisitLogs: 0, storageKeys: [] };
  const locked = await trx
    .updateTable('revisit_logs')
    .set((eb) => ({ deleted_at: eb.ref('deleted_at') }))
    .where('id', 'in', [...ids])
    .where('deleted_at', 'is not', null)
    .where('deleted_at', '<', deletedBefore)
    .returning('id')
    .execute();
  const purge = locked.map((r) => r.id);
  if (purge.length === 0) return { revisitLogs: 0, storageKeys: [] };
  const attachments = await trx
    .deleteFrom('attachments')
    .where('attachmentable_type', '=', REVISIT_LOG_ATTACHABLE)
    .where('attachmentable_id', 'in', purge)
    .returning('storage_key')
    .execute();
  await trx.deleteFrom('revisit_log_at_users').where('revisit_log_id', 'in', purge).execute();
  await trx.deleteFrom('revisit_log_contacts').where('revisit_log_id', 'in', purge).execute();
  await trx.deleteFrom('revisit_log_comments').where('revisit_log_id', 'in', purge).execute();
  await trx.deleteFrom('revisit_logs').where('id', 'in', purge).execute();
  return { revisitLogs: purge.length, storageKeys: attachments.map((a) => a.storage_key) };
}
