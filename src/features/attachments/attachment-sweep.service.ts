import type { AppContext } from '../../app-context.ts';
import { deleteAttachmentBytes } from './attachment-bytes.ts';
import { deleteUnattached, findUnattachedIdsIdleSince } from './attachments.repository.ts';

/** An upload no follow-up has claimed within this long is abandoned. */
export const UNATTACHED_TTL_MS = 24 * 3_600_000;
const BATCH = 500;

export interface SweepResult {
  removed: number;
  files_failed: number;
}

/**
 * Removes unattached uploads older than 24 h in every organization: the row first (its delete is the claim,
 * so concurrent sweeps never race), then the bytes.
 */
export async function sweepUnattachedUploads(app: AppContext): Promise<SweepResult> {
  const cutoff = app.clock() - UNATTACHED_TTL_MS;
  const result: SweepResult = { removed: 0, files_failed: 0 };
  for (;;) {
    const ids = await findUnattachedIdsIdleSince(app.database.db, cutoff, BATCH);
    if (ids.length === 0) break;
    const keys = await deleteUnattached(app.database.db, ids, cutoff);
    const bytes = await deleteAttachmentBytes(app.storage, keys);
    result.removed += keys.length;
    result.files_failed += bytes.failed;
    if (ids.length < BATCH) break;
  }
  return result;
}
