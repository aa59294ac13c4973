import type { Db } from '../../db/database.ts';
import type { ChangeAction } from '../../db/schema/index.ts';
import { enqueueOutboxEvents } from '../webhooks/outbox.repository.ts';
import { allocateChangeNumbers, findUsersInSubtree, touchChangesOfAuthors, upsertChangeRows } from './changes.repository.ts';

/**
 * The one call a write makes to appear in the change feed: inside its transaction, as its last write (the
 * organization's counter lock is held from here to the commit, see allocateChangeNumbers).
 */
export async function recordRevisitLogChange(
  trx: Db,
  change: { organizationId: number; revisitLogId: number; action: ChangeAction; at: number; commentId?: number },
): Promise<void> {
  // The webhook event rides in the same transaction (transactional outbox); a new comment is its own event.
  const event = change.commentId !== undefined ? 'comment.created' : (`revisit_log.${change.action}` as const);
  await enqueueOutboxEvents(trx, [{ organizationId: change.organizationId, event, revisitLogId: change.revisitLogId, commentId: change.commentId, at: change.at }]);
  await recordRevisitLogChanges(trx, { organizationId: change.organizationId, revisitLogIds: [change.revisitLogId], action: change.action, at: change.at });
}

/** The same for many follow-ups at once (seeding, import). */
export async function recordRevisitLogChanges(
  trx: Db,
  change: { organizationId: number; revisitLogIds: number[]; action: ChangeAction; at: number },
): Promise<void> {
  if (change.revisitLogIds.length === 0) return;
  const ids = [...new Set(change.revisitLogIds)].sort((a, b) => a - b);
  const first = await allocateChangeNumbers(trx, change.organizationId, ids.length);
  await upsertChangeRows(trx, change.organizationId, first, ids.map((revisitLogId) => ({ revisitLogId, action: change.action })), change.at);
}

/**
 * A user moved to another department (or their department moved): who may see their follow-ups changed
 * without the follow-ups changing, so each one takes a new change number and readers re-evaluate it (one
 * that left a reader's scope then reaches that reader as `deleted`).
 */
export async function recordAuthorsVisibilityChange(trx: Db, change: { organizationId: number; authorIds: number[]; at: number }): Promise<void> {
  if (change.authorIds.length === 0) return;
  const number = await allocateChangeNumbers(trx, change.organizationId, 1);
  await touchChangesOfAuthors(trx, change.organizationId, change.authorIds, number, change.at);
}

/** A department moved: its members' follow-ups change hands the same way (`departmentPath` before or after). */
export async function recordDepartmentVisibilityChange(trx: Db, change: { organizationId: number; departmentPath: string; at: number }): Promise<void> {
  const authorIds = await findUsersInSubtree(trx, change.organizationId, change.departmentPath);
  await recordAuthorsVisibilityChange(trx, { organizationId: change.organizationId, authorIds, at: change.at });
}
