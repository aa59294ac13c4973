import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { AttachmentsTable } from '../../db/schema/index.ts';
import type { Reader } from '../../domain/visibility.ts';
import { attachmentIsReadable } from '../shared/visible-records.sql.ts';

export type AttachmentRecord = Selectable<AttachmentsTable>;

export async function insertAttachment(db: Db, row: Insertable<AttachmentsTable>): Promise<AttachmentRecord> {
  return db.insertInto('attachments').values(row).returningAll().executeTakeFirstOrThrow();
}

/**
 * By id alone: a signed link is the authorization to read these bytes (the signature names the id), so
 * the file routes do not know an organization.
 */
export async function findAttachmentById(db: Db, id: number): Promise<AttachmentRecord | undefined> {
  return db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** One attachment the reader may open (see `Reader`); another tenant's, a stranger's draft's and a missing one alike are absent. */
export async function findReadableAttachment(db: Db, reader: Reader, id: number): Promise<AttachmentRecord | undefined> {
  return db
    .selectFrom('attachments as a')
    .selectAll('a')
    .where('a.organization_id', '=', reader.organizationId)
    .where('a.id', '=', id)
    .where(attachmentIsReadable('a', reader))
    .executeTakeFirst();
}

/**
 * Unattached uploads untouched since `cutoff`. `updated_at` is the upload time or, for an attachment a
 * follow-up let go of, the time it was detached: both get the full grace period.
 */
export async function findUnattachedIdsIdleSince(db: Db, cutoff: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('attachments')
    .select('id')
    .where('attachmentable_id', 'is', null)
    .where('updated_at', '<', cutoff)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Deletes those of `ids` that are still unattached and returns their storage keys. The condition is
 * re-checked in the delete itself, so an upload attached meanwhile by a follow-up survives, and when two
 * instances sweep at once only the one whose delete returned a row removes its bytes.
 */
export async function deleteUnattached(db: Db, ids: readonly number[], cutoff: number): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .deleteFrom('attachments')
    .where('id', 'in', [...ids])
    .where('attachmentable_id', 'is', null)
    .where('updated_at', '<', cutoff)
    .returning('storage_key')
    .execute();
  return rows.map((r) => r.storage_key);
}

/** Every attachment's storage key, all organizations (storage verification compares them with the bytes). */
export async function listAllStorageKeys(db: Db): Promise<{ id: number; storage_key: string }[]> {
  return db.selectFrom('attachments').select(['id', 'storage_key']).orderBy('id').execute();
}
