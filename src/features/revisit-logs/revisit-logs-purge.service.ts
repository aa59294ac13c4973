import type { AppContext } from '../../app-context.ts';
import { invalidParameter } from '../../domain/errors.ts';
import { deleteAttachmentBytes } from '../attachments/attachment-bytes.ts';
import { deleteRevisitLogsWithLinks, findPurgeableRevisitLogIds } from './revisit-logs.purge-repository.ts';

const DAY_MS = 86_400_000;
const BATCH = 200;

export interface PurgeResult {
  revisit_logs: number;
  attachments: number;
  files_failed: number;
}

/**
 * Deleting a follow-up only marks it; this removes those marked more than `olderThanDays` ago for good, with
 * their @-mentions, contacts, comments and attachments. Rows go in one transaction per batch; bytes are
 * deleted after it commits, so a rolled-back batch never loses files.
 */
export async function purgeDeletedRevisitLogs(app: AppContext, input: { olderThanDays: number }): Promise<PurgeResult> {
  if (!Number.isInteger(input.olderThanDays) || input.olderThanDays < 0) throw invalidParameter('older_than_days');
  const cutoff = app.clock() - input.olderThanDays * DAY_MS;
  const db = app.database.db;
  const result: PurgeResult = { revisit_logs: 0, attachments: 0, files_failed: 0 };
  for (;;) {
    const ids = await findPurgeableRevisitLogIds(db, cutoff, BATCH);
    if (ids.length === 0) break;
    const removed = await db.transaction().execute((trx) => deleteRevisitLogsWithLinks(trx, ids, cutoff));
    const bytes = await deleteAttachmentBytes(app.storage, removed.storageKeys);
    result.revisit_logs += removed.revisitLogs;
    result.attachments += removed.storageKeys.length;
    result.files_failed += bytes.failed;
    if (ids.length < BATCH) break;
  }
  return result;
}
