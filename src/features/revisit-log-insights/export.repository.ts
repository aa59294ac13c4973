import type { Db } from '../../db/database.ts';
import { whereOf, type RevisitLogCriteria, type RevisitLogRow, type RevisitLogScope } from '../revisit-logs/revisit-logs.repository.ts';

/** Where the previous batch ended, in the list's order (newest first by real_revisit_at, then id). */
export interface ExportCursor {
  at: number;
  id: number;
}

/**
 * The next batch of the list's follow-ups after a cursor: keyset paging walks the timeline index once, where
 * OFFSET would re-read every earlier row for each batch of a million-row export.
 */
export async function findRevisitLogBatch(
  db: Db,
  scope: RevisitLogScope,
  criteria: RevisitLogCriteria,
  after: ExportCursor | undefined,
  limit: number,
): Promise<RevisitLogRow[]> {
  let query = db
    .selectFrom('revisit_logs')
    .selectAll('revisit_logs')
    .where((eb) => whereOf(eb, scope, criteria));
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('revisit_logs.real_revisit_at', '<', after.at),
        eb.and([eb('revisit_logs.real_revisit_at', '=', after.at), eb('revisit_logs.id', '<', after.id)]),
      ]),
    );
  }
  return query.orderBy('revisit_logs.real_revisit_at', 'desc').orderBy('revisit_logs.id', 'desc').limit(limit).execute();
}
